/**
 * Keeps the marks in step with a changing page. One MutationObserver is the
 * source of truth; GitHub's Turbo and React navigations only tell us that the
 * page context (repository, tags) may have changed. Records are coalesced: a
 * node whose ancestor is already queued is dropped, and past a threshold the
 * whole page is rescanned instead.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Above this many changed subtrees in one batch, one full rescan is cheaper. */
export const RESCAN_THRESHOLD = 200;
const BATCH_DELAY_MS = 50;

/** Events GitHub fires after an in-page navigation (Turbo, then its React views). */
export const NAVIGATION_EVENTS = ['turbo:render', 'soft-nav:react-done', 'soft-nav:end', 'pjax:end'] as const;

export interface PageChanges {
  /** Subtrees (or text nodes) added or changed; none contains another. */
  changed(nodes: Node[]): void;
  /** Nodes left the page: drop their mentions. */
  removed(): void;
  /** Too much changed, or a navigation happened: start over. */
  rescan(reason: 'navigation' | 'bulk'): void;
}

/** Drops every node that has an ancestor in the set. */
export function outermostNodes(nodes: Set<Node>): Node[] {
  const result: Node[] = [];
  for (const node of nodes) {
    let ancestor = node.parentNode;
    while (ancestor && !nodes.has(ancestor)) ancestor = ancestor.parentNode;
    if (!ancestor && node.isConnected) result.push(node);
  }
  return result;
}

export function watchPage(
  ctx: ContentScriptContext,
  doc: Document,
  ignore: (node: Node) => boolean,
  handler: PageChanges,
): void {
  const queued = new Set<Node>();
  let sawRemoval = false;
  let timer: number | undefined;

  const flush = () => {
    timer = undefined;
    if (sawRemoval) handler.removed();
    sawRemoval = false;
    if (queued.size > RESCAN_THRESHOLD) handler.rescan('bulk');
    else if (queued.size > 0) handler.changed(outermostNodes(queued));
    queued.clear();
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (ignore(record.target)) continue;
      if (record.type === 'characterData') queued.add(record.target);
      for (const node of record.addedNodes) if (!ignore(node)) queued.add(node);
      if (record.removedNodes.length > 0) sawRemoval = true;
    }
    if ((queued.size > 0 || sawRemoval) && timer === undefined) timer = ctx.setTimeout(flush, BATCH_DELAY_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());

  for (const name of NAVIGATION_EVENTS) {
    ctx.addEventListener(doc, name as keyof DocumentEventMap, () => handler.rescan('navigation'));
  }
  ctx.addEventListener(window, 'wxt:locationchange', () => handler.rescan('navigation'));
}
