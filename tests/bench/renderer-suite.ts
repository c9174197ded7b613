/**
 * The whole-renderer suite of `npm run bench`: four browsers (the page alone,
 * Stackpeek, the mark.js peer, the minimal content script), each page measured
 * in all four in turn (renderer-cost.ts); then the start-up page, where
 * Stackpeek has nothing to scan or paint, in the page alone, Stackpeek and
 * the minimal content script, many times.
 */
import { withExtension, withUnpackedExtension } from './browsers';
import type { PageSpec } from './page-cost';
import { markJsPeer, PEER_DONE, STARTUP_FLOOR_DONE, startupFloor } from './peer-extensions';
import { measureRendererCost, type RendererCost, type VariantBrowser } from './renderer-cost';

/** A Stack Overflow question with one sentence and no framework in it: what Stackpeek adds there is its start-up. */
export const STARTUP_PAGE: PageSpec = {
  name: 'generated-start-up-page.html',
  url: 'https://stackoverflow.com/questions/1/stackpeek-bench-start-up-page',
  html: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Start-up page</title></head><body><div id="question" class="question"><div class="s-prose js-post-body"><p>No name of any software here.</p></div></div></body></html>',
  target: false,
};

export interface RendererSuite {
  pages: RendererCost[];
  startup: RendererCost;
  /** How many aliases the peer marks (the catalog's). */
  peerAliases: number;
}

export async function measureRendererSuite(
  extensionDir: string,
  specs: PageSpec[],
  options: { runs: number; startupRuns: number; idleRuns: number; idleMs: number; log: (message: string) => void },
): Promise<RendererSuite> {
  const peer = markJsPeer();
  const floor = startupFloor();
  const targets: VariantBrowser[] = [];
  try {
    targets.push(
      { variant: 'alone', browser: await withUnpackedExtension(null), idle: true },
      { variant: 'stackpeek', browser: await withExtension(extensionDir), doneMeasure: 'stackpeek:scan', idle: true },
      { variant: 'markjs', browser: await withUnpackedExtension(peer.dir), doneMeasure: PEER_DONE, idle: true },
      {
        variant: 'startupFloor',
        browser: await withUnpackedExtension(floor.dir),
        doneMeasure: STARTUP_FLOOR_DONE,
        idle: false,
      },
    );
    const pages: RendererCost[] = [];
    for (const spec of specs) {
      options.log(`whole renderer: ${spec.name}…`);
      pages.push(await measureRendererCost(targets, spec, options));
    }
    options.log('whole renderer: the start-up page…');
    const startupTargets = targets.filter((target) => target.variant !== 'markjs');
    const startup = await measureRendererCost(startupTargets, STARTUP_PAGE, {
      runs: options.startupRuns,
      idleRuns: 0,
      idleMs: 0,
    });
    return { pages, startup, peerAliases: peer.aliases };
  } finally {
    for (const target of targets) await target.browser.close().catch(() => undefined);
    peer.dispose();
    floor.dispose();
  }
}
