/** Prints the bench's figures as plain-text tables and writes bench-results.json. */
import { writeFileSync } from 'node:fs';
import type { BundleSize } from './bundle-sizes';
import type { CardLatency } from './card-latency';
import type { MatcherThroughput } from './matcher-throughput';
import type { PageCost } from './page-cost';
import type { PopupLatency } from './popup-latency';
import type { RendererCost } from './renderer-cost';
import { rendererTables } from './report-renderer';
import type { TargetCheck } from './targets';
import { table } from './text-table';

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  chromium: string;
}

export interface BenchResults {
  machine: Machine;
  runs: number;
  durationSeconds: number;
  bundles?: BundleSize[];
  matcher?: MatcherThroughput;
  pages?: PageCost[];
  renderer?: RendererCost[];
  /** The start-up page: Stackpeek and the minimal content script with nothing to scan or paint. */
  startup?: RendererCost;
  /** How many aliases the mark.js peer marks. */
  peerAliases?: number;
  card?: CardLatency;
  popup?: PopupLatency;
  targets: TargetCheck[];
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const short = (page: string) => page.replace(/^.*\//, '').replace(/\.html$/, '');

export function formatResults(results: BenchResults): string {
  const out: string[] = [];
  const { machine } = results;
  out.push(
    `Stackpeek bench · ${machine.date} · ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB · ${machine.os} · Node ${machine.node} · Chromium ${machine.chromium} · median of ${results.runs} runs · ${results.durationSeconds} s`,
  );
  if (results.pages) {
    out.push(
      table(
        'Page cost (extension vs none; floor = bare TreeWalker over the same roots, isolated world / main world; * = a target page)',
        [
          'page',
          'HTML kB',
          'marks',
          'floor ms (main)',
          'CS CPU ms',
          '×floor (main)',
          'scan CPU ms',
          '×floor',
          'scan wall ms',
          'DCL→marked ms',
          'longest task ms (ext)',
          'CLS after start (whole load with/without)',
          'heap +MB',
        ],
        results.pages.map((page) => [
          `${page.target ? '* ' : ''}${short(page.page)}`,
          kB(page.htmlBytes),
          page.marks,
          `${page.floorMs} (${page.floorMainWorldMs})`,
          page.contentScriptCpuMs,
          `${page.ratioToFloor} (${page.ratioToMainWorldFloor})`,
          page.scanCpuMs,
          page.scanCpuRatioToFloor,
          page.scanWallMs,
          page.dclToMarkedMs,
          `${page.longestExtensionTaskMs} (${page.longestExtensionTaskShareMs})`,
          `${page.layoutShiftAfterStart} (${page.layoutShiftWith}/${page.layoutShiftWithout})`,
          page.heapAddedMB,
        ]),
      ),
    );
    out.push(
      table(
        'Where the content script time goes (median ms per load, by running frame)',
        ['page', 'tasks ≥50 ms', 'breakdown'],
        results.pages.map((page) => [
          short(page.page),
          page.extensionLongTasks,
          Object.entries(page.hotspots)
            .slice(0, 5)
            .map(([name, ms]) => `${name} ${ms}`)
            .join(' · '),
        ]),
      ),
    );
  }
  if (results.renderer) out.push(...rendererTables(results.renderer, results.peerAliases ?? 0, results.startup));
  if (results.matcher) {
    const m = results.matcher;
    const rows = (list: typeof m.byCatalogSize) =>
      list.map((row) => [
        row.aliases,
        row.patternKB,
        `${row.scale}×`,
        row.megabytes,
        row.compileMs,
        row.passMs,
        row.mbPerSecond,
      ]);
    const headers = ['aliases', 'pattern kB', 'text', 'MB', 'compile ms', 'pass ms', 'MB/s'];
    out.push(
      table(
        `Matcher throughput in Node, by catalog size (corpus: ${m.corpusTextNodes} text nodes, ${m.corpusMB} MB; real catalog ${m.realAliases} aliases first)`,
        headers,
        rows(m.byCatalogSize),
      ),
    );
    out.push(table('Matcher throughput, by page size (real catalog)', headers, rows(m.byPageSize)));
  }
  if (results.card) {
    const c = results.card;
    out.push(
      table(
        `Card latency on ${short(c.page)} (hover delay ${c.hoverDelayMs} ms)`,
        ['hover', 'word', 'delay end → in DOM ms', 'delay end → painted ms'],
        c.samples.map((sample, i) => [
          sample.first ? 'first (loads card.js)' : `#${i}`,
          sample.text,
          sample.inDomMs,
          sample.ms,
        ]),
      ),
    );
  }
  if (results.popup) {
    const p = results.popup;
    out.push(
      table(
        'Popup, Notes view: first render',
        [
          'notes',
          'DOMContentLoaded ms',
          'list in DOM ms',
          'first frame ms',
          'notes/list round trip ms',
          'same payload, messaging only ms',
        ],
        p.firstRender.map((size) => [
          size.notes,
          size.domContentLoadedMs,
          size.renderMs,
          size.frameMs,
          size.listRoundTripMs,
          size.messagingRoundTripMs,
        ]),
      ),
    );
    out.push(
      table(
        `Notes search at ${p.search.notes} notes (${p.search.queries.length} queries)`,
        ['measure', 'median ms', 'max ms'],
        [
          ['input → list updated in DOM', p.search.updateMs, p.search.maxUpdateMs],
          ['input → next frame', p.search.frameMs, ''],
        ],
      ),
    );
  }
  if (results.bundles) {
    out.push(
      table(
        'Bundle sizes',
        ['file', 'role', 'raw kB', 'gzip kB'],
        results.bundles.map((bundle) => [bundle.file, bundle.role, kB(bundle.raw), kB(bundle.gzip)]),
      ),
    );
  }
  out.push(
    table(
      'Targets',
      ['', 'target', 'measured'],
      results.targets.map((check) => [check.pass ? 'PASS' : 'FAIL', check.target, check.measured]),
    ),
  );
  return out.join('\n');
}

export function writeResults(path: string, results: BenchResults): void {
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
