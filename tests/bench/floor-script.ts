/**
 * Bundles in-page/floor-walk.ts (with the real site adapters) into a script a
 * page can run, and runs it in one of the page's worlds.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';

let bundled: Promise<string> | undefined;

function floorScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [resolve(import.meta.dirname, 'in-page/floor-walk.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bundled;
}

export interface FloorWalk {
  ms: number;
  nodes: number;
  chars: number;
  roots: number;
}

/**
 * Where the walk runs. A content script runs in an isolated world, where every
 * node it touches needs a wrapper of that world: a walk there is what any
 * content script reading the same text pays at least. The page's main world is
 * cheaper still (its scripts made many of the wrappers already); it is reported beside it.
 */
export type World = 'isolated' | 'main';

const CALL = '__stackpeekFloorWalk()';

/** Walks the page's scan roots once, cold in that world (the first walk is what the content script pays too). */
export async function runFloorWalk(page: Page, world: World): Promise<FloorWalk> {
  const script = await floorScript();
  if (world === 'main') {
    await page.evaluate(script);
    return page.evaluate(CALL) as Promise<FloorWalk>;
  }
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'stackpeek-bench-floor',
    })) as { executionContextId: number };
    await cdp.send('Runtime.evaluate', { expression: script, contextId: executionContextId });
    const { result } = (await cdp.send('Runtime.evaluate', {
      expression: CALL,
      contextId: executionContextId,
      returnByValue: true,
    })) as { result: { value: FloorWalk } };
    return result.value;
  } finally {
    await cdp.detach();
  }
}
