/**
 * The targets of the page-cost, card and popup issues (#16, #5, #6) and the
 * size budget, checked against one run's figures. The bench reports; it does
 * not fail the build (sizes are enforced by tests/e2e/bundle-size.e2e.ts).
 */
import type { BundleSize } from './bundle-sizes';
import type { CardLatency } from './card-latency';
import type { PageCost } from './page-cost';
import type { PopupLatency } from './popup-latency';
import type { RendererCost } from './renderer-cost';
import { rendererFigures, startupFigures } from './renderer-figures';

export interface TargetCheck {
  target: string;
  measured: string;
  pass: boolean;
}

export interface Figures {
  pages?: PageCost[];
  renderer?: RendererCost[];
  startup?: RendererCost;
  card?: CardLatency;
  popup?: PopupLatency;
  bundles?: BundleSize[];
}

const worst = <T>(items: T[], by: (item: T) => number) => items.reduce((a, b) => (by(b) > by(a) ? b : a));
const short = (page: string) => page.replace(/^.*\//, '').replace(/\.html$/, '');

/** Issue 16: the whole renderer's cost against the peer, idle cost, and start-up against the minimal content script. */
function rendererChecks(renderer: RendererCost[], startup: RendererCost | undefined): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const figures = renderer.map(rendererFigures);
  const dearest = worst(figures, (row) => row.ratioToPeer);
  checks.push({
    target: 'whole-renderer time added by Stackpeek ≤ 1/5 of mark.js’s, on every bench page',
    measured: `worst ${dearest.ratioToPeer} on ${short(dearest.page)} (+${dearest.stackpeekMs} ms vs +${dearest.markJsMs} ms); ${figures.map((row) => `${short(row.page)} ${row.ratioToPeer}`).join(', ')}`,
    pass: figures.every((row) => row.ratioToPeer <= 0.2),
  });
  const idle = figures.flatMap((row) => (row.idle ? [{ page: row.page, ...row.idle }] : []));
  if (idle.length > 0) {
    const busiest = worst(idle, (row) => row.stackpeekMsPerS - row.noiseMsPerS);
    checks.push({
      target: 'zero extra main-thread time per second of idle with marks registered (within noise, ≥ 3 s)',
      measured: `worst +${busiest.stackpeekMsPerS} ms/s on ${short(busiest.page)} (noise ${busiest.noiseMsPerS} ms/s, page alone ${busiest.aloneMsPerS} ms/s)`,
      pass: idle.every((row) => row.stackpeekMsPerS <= row.noiseMsPerS),
    });
  }
  const start = startup && startupFigures(startup);
  if (start) {
    checks.push({
      target: 'fixed start-up ≤ 1.5× the minimal content script’s (whole renderer, the start-up page)',
      measured: `+${start.stackpeekMs} ms vs +${start.startupFloorMs} ms (${start.ratio}×; page alone ${start.aloneMs} ms, ${startup.runs} loads)`,
      pass: start.stackpeekMs <= 1.5 * start.startupFloorMs,
    });
  }
  return checks;
}

export function checkTargets({ pages, renderer, startup, card, popup, bundles }: Figures): TargetCheck[] {
  const checks: TargetCheck[] = [];
  if (renderer && renderer.length > 0) checks.push(...rendererChecks(renderer, startup));
  if (pages && pages.length > 0) {
    const slowest = worst(pages, (page) => page.scanCpuRatioToFloor);
    checks.push({
      target:
        'the scan ≤ 1.5× the bare walk (CPU inside stackpeek:scan vs the walk in an isolated world), every bench page',
      measured: `worst ${slowest.scanCpuRatioToFloor}× on ${short(slowest.page)} (${slowest.scanCpuMs} ms vs ${slowest.floorMs} ms); ${pages.map((page) => `${short(page.page)} ${page.scanCpuRatioToFloor}×`).join(', ')}`,
      pass: pages.every((page) => page.scanCpuRatioToFloor <= 1.5),
    });
    const longest = worst(pages, (page) => page.longestExtensionTaskMs);
    checks.push({
      target: 'no task over 50 ms caused by the extension',
      measured: `longest ${longest.longestExtensionTaskMs} ms on ${short(longest.page)} (${longest.longestExtensionTaskShareMs} ms of it extension code)`,
      pass: pages.every((page) => page.longestExtensionTaskMs <= 50),
    });
    const shifted = worst(pages, (page) => page.layoutShiftAfterStart);
    checks.push({
      target: 'zero layout shift after the content script starts',
      measured: `worst ${shifted.layoutShiftAfterStart} on ${short(shifted.page)} (whole load: ${shifted.layoutShiftWith} with, ${shifted.layoutShiftWithout} without)`,
      pass: pages.every((page) => page.layoutShiftAfterStart === 0),
    });
  }
  if (card) {
    checks.push({
      target: 'card painted ≤ 50 ms after the hover delay',
      measured: `median ${card.medianMs} ms (max ${card.maxMs}) over ${card.hovers} hovers; first hover ${card.firstHoverMs} ms`,
      pass: card.medianMs <= 50 && card.firstHoverMs <= 50,
    });
  }
  if (popup) {
    const tenK = popup.firstRender.find((size) => size.notes === 10_000);
    if (tenK) {
      checks.push({
        target: 'popup first render ≤ 150 ms at 10,000 notes',
        measured: `${tenK.frameMs} ms to the first frame with the list (${tenK.renderMs} ms in the DOM)`,
        pass: tenK.frameMs <= 150,
      });
    }
    checks.push({
      target: 'notes search ≤ 16 ms at 10,000 notes',
      measured: `median ${popup.search.updateMs} ms input → list updated (max ${popup.search.maxUpdateMs}; ${popup.search.frameMs} ms to the next frame)`,
      pass: popup.search.updateMs <= 16,
    });
  }
  const content = bundles?.find((bundle) => bundle.file === 'content-scripts/stackpeek.js');
  if (content) {
    checks.push({
      target: 'content script ≤ 20 kB gzip',
      measured: `${(content.gzip / 1000).toFixed(1)} kB gzip (${(content.raw / 1000).toFixed(1)} kB raw)`,
      pass: content.gzip <= 20_000,
    });
  }
  return checks;
}
