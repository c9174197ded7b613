/**
 * The floor, run inside the page: what any extension reading the same text
 * must pay at least. The site adapter's own roots, then a bare TreeWalker
 * over their text nodes (no filter, no matching), reading each node's text.
 * Bundled for the page by floor-script.ts.
 */
import { adapterFor } from '../../../entrypoints/stackpeek.content/sites';

function floorWalk(): { ms: number; nodes: number; chars: number; roots: number } {
  const start = performance.now();
  const roots = adapterFor(new URL(location.href)).roots(document);
  let nodes = 0;
  let chars = 0;
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes++;
      chars += (node as Text).data.length;
    }
  }
  return { ms: performance.now() - start, nodes, chars, roots: roots.length };
}

Object.defineProperty(globalThis, '__stackpeekFloorWalk', { value: floorWalk, configurable: true });
