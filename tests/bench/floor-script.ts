/** Bundles in-page/floor-walk.ts (with the real site adapters) into a script a page can run. */
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

/** Walks the page's scan roots once, cold (the first walk is what the content script pays too). */
export async function runFloorWalk(page: Page): Promise<FloorWalk> {
  await page.evaluate(await floorScript());
  return page.evaluate(() => (globalThis as unknown as { __stackpeekFloorWalk(): FloorWalk }).__stackpeekFloorWalk());
}
