/**
 * The targets of the mention, card and popup issues (#4, #5, #6) and the size
 * budget, checked against one run's figures. The bench reports; it does not
 * fail the build (sizes are enforced by tests/e2e/bundle-size.e2e.ts).
 */
import type { BundleSize } from './bundle-sizes';
import type { CardLatency } from './card-latency';
import type { PageCost } from './page-cost';
import type { PopupLatency } from './popup-latency';

export interface TargetCheck {
  target: string;
  measured: string;
  pass: boolean;
}

export interface Figures {
  pages?: PageCost[];
  card?: CardLatency;
  popup?: PopupLatency;
  bundles?: BundleSize[];
}

const worst = <T>(items: T[], by: (item: T) => number) => items.reduce((a, b) => (by(b) > by(a) ? b : a));
const short = (page: string) => page.replace(/^.*\//, '').replace(/\.html$/, '');

export function checkTargets({ pages, card, popup, bundles }: Figures): TargetCheck[] {
  const checks: TargetCheck[] = [];
  if (pages && pages.length > 0) {
    const named = pages.filter((page) => page.target);
    if (named.length > 0) {
      const slowest = worst(named, (page) => page.ratioToFloor);
      checks.push({
        target: 'content script main-thread time ≤ 1.5× the floor (the largest shared pages)',
        measured: `worst ${slowest.ratioToFloor}× on ${short(slowest.page)} (${slowest.contentScriptCpuMs} ms vs ${slowest.floorMs} ms; ${slowest.ratioToMainWorldFloor}× the main world's ${slowest.floorMainWorldMs} ms)`,
        pass: named.every((page) => page.ratioToFloor <= 1.5),
      });
    }
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
