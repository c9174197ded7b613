/**
 * Walks the text nodes under a set of roots, in document order and in
 * slices, visiting only those where something worth a visit may start.
 *
 * A content script pays for every DOM node it touches (each needs a wrapper
 * in the isolated world), and most of a page names no framework. So:
 * - each root's text is read once (one native `textContent`) and searched once
 *   (`findStarts`, one RegExp pass): a root where nothing may start is never walked;
 * - a long text is narrowed to the children that hold a start, by their text
 *   lengths alone (no second search), a few levels deep;
 * - what is left is walked with a bare native TreeWalker (SHOW_TEXT, no JS
 *   filter) that sums the nodes' lengths, copies no text, visits only the nodes
 *   where a start falls and stops after the last one.
 * A visitor must judge the node's own text (a start is only a hint: "tornado"
 * may begin in one node and end in the next). Which text is excluded (scripts,
 * editors, navigation…) is decided only for the few nodes visited: see `isExcluded`.
 */
import { SLICE_MS, yieldToMain } from './yield-to-main';

/** Never scanned on any site: code, styles, form fields, editors, graphics, our own card host. */
export const ALWAYS_SKIP = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'svg',
  'math',
  'iframe',
  '[contenteditable]:not([contenteditable="false"])',
  '.CodeMirror',
  '.cm-editor',
  '.monaco-editor',
  '[data-stackpeek-host]',
].join(', ');

// Node types and NodeFilter flags spelled out so this also runs in Node (jsdom has no global NodeFilter).
const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
/** SHOW_TEXT | SHOW_CDATA_SECTION: every node `textContent` counts (CDATA only exists in XML pages). */
const SHOW_TEXTS = 0x4 | 0x8;
/** Units of work (nodes walked or measured) between clock reads: `performance.now()` is not free. */
const CLOCK_EVERY = 64;
/** A part with less text than this is walked at once rather than narrowed to its children. */
const LEAF_CHARS = 1024;
/** How many levels below a root a part may be narrowed: each level measures its children's text once more. */
const MAX_SPLIT_DEPTH = 6;

export type TextVisitor = (text: Text) => void;
/**
 * Ascending offsets in `text` where something worth a visit may start. It may
 * say too much, never too little: a text node holding a true start must hold one of these.
 */
export type StartFinder = (text: string) => number[];

/** Every offset: visits every non-empty text node. */
export const EVERY_START: StartFinder = (text) => Array.from({ length: text.length }, (_, i) => i);

export function skipSelectorWith(adapterSkip: string): string {
  return adapterSkip ? `${ALWAYS_SKIP}, ${adapterSkip}` : ALWAYS_SKIP;
}

/** Whether a text node sits in a subtree that is never scanned. */
export function isExcluded(text: Text, skipSelector: string): boolean {
  return text.parentElement?.closest(skipSelector) != null;
}

/** A subtree, its text as `textContent` gives it, and the starts found in that text. */
interface Part {
  node: Node;
  text: string;
  starts: number[];
}

function isText(node: Node): node is Text {
  return node.nodeType === TEXT || node.nodeType === CDATA;
}

function textOf(node: Node): string {
  return (isText(node) ? node.data : node.textContent) ?? '';
}

/** A child's share of its parent's `textContent`: comments and processing instructions have none. */
function lengthOf(node: Node): number {
  if (isText(node)) return node.length;
  return node.nodeType === ELEMENT ? (node.textContent?.length ?? 0) : 0;
}

function partOf(node: Node, findStarts: StartFinder): Part {
  const text = textOf(node);
  return { node, text, starts: text ? findStarts(text) : [] };
}

/** The deepest last descendant: the node a walk has passed once it leaves `node`. */
function lastDescendant(node: Node): Node {
  let last = node;
  while (last.lastChild) last = last.lastChild;
  return last;
}

export interface WalkOptions {
  /** Where a visit is worth it; every node by default. */
  findStarts?: StartFinder;
  /** Subtrees never visited, as a selector; checked for the children a walk narrows to (see `isExcluded`). */
  skip?: string;
}

/** Counts the pauses the driver made: after one, the page may have changed. */
interface PauseCount {
  pauses: number;
}

/**
 * The whole walk as a generator: it yields where the driver may pause (every
 * CLOCK_EVERY units of work and after each visit) and checks on resuming
 * whether the page changed meanwhile. The sync driver never pauses.
 */
function* walk(roots: Node[], visit: TextVisitor, options: WalkOptions, count: PauseCount): Generator<void> {
  const { findStarts = EVERY_START, skip } = options;
  const skipped = (node: Node) => skip !== undefined && node.nodeType === ELEMENT && (node as Element).matches(skip);
  let steps = 0;

  function* walkPart(part: Part, depth: number): Generator<void> {
    if (part.starts.length === 0) return;
    if (isText(part.node)) {
      visit(part.node);
      yield;
    } else if (part.text.length > LEAF_CHARS && depth < MAX_SPLIT_DEPTH) yield* narrow(part, depth);
    else yield* walkLeaf(part);
  }

  /** Goes on with the children that hold a start, each with its slice of the text and starts. */
  function* narrow(part: Part, depth: number): Generator<void> {
    const { node, text, starts } = part;
    // While true, offsets in `text` describe the page; after a change the remaining children are read afresh.
    let exact = true;
    let checked = count.pauses;
    let offset = 0;
    let next = 0;
    // A snapshot: the page may remove a child while we pause, which would cut a `nextSibling` chain.
    // Nodes added meanwhile reach the scanner through the MutationObserver.
    for (const child of [...node.childNodes]) {
      if (++steps % CLOCK_EVERY === 0) yield;
      if (count.pauses !== checked) {
        // We paused (here or deeper): these offsets hold only if the page kept this text.
        checked = count.pauses;
        if (exact && (child.parentNode !== node || textOf(node) !== text)) exact = false;
      }
      if (!exact) {
        if (node.contains(child) && !skipped(child)) yield* walkPart(partOf(child, findStarts), depth + 1);
        continue;
      }
      // Past the last start nothing is left to visit.
      if (next === starts.length) return;
      const end = offset + lengthOf(child);
      if ((starts[next] ?? end) < end) {
        const first = next;
        while (next < starts.length && (starts[next] ?? 0) < end) next++;
        if (!skipped(child)) {
          const childStarts = starts.slice(first, next).map((start) => start - offset);
          yield* walkPart({ node: child, text: text.slice(offset, end), starts: childStarts }, depth + 1);
        }
      }
      offset = end;
    }
  }

  /** Walks a part's text nodes, summing their lengths, and visits those where a start falls. */
  function* walkLeaf(part: Part): Generator<void> {
    const { node: root, text, starts } = part;
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, SHOW_TEXTS);
    // While true, offsets in `text` describe the page; after a change, every remaining node is visited.
    let exact = true;
    let offset = 0;
    let next = 0;
    // Where the walk stands, as a live boundary point: if the page removes the
    // current node while we pause, the point moves to where it was.
    let marker: Range | undefined;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let visited = false;
      if (exact) {
        const end = offset + (node as Text).length;
        if ((starts[next] ?? Number.POSITIVE_INFINITY) < end) {
          visit(node as Text);
          visited = true;
          while (next < starts.length && (starts[next] ?? 0) < end) next++;
        }
        offset = end;
      } else {
        visit(node as Text);
        visited = true;
      }
      const done = exact && next === starts.length;
      if (!visited && ++steps % CLOCK_EVERY !== 0) continue;
      if (done) {
        yield;
        return;
      }
      marker ??= doc.createRange();
      marker.setStartAfter(node);
      const pausesBefore = count.pauses;
      yield;
      if (count.pauses === pausesBefore) continue;
      if (exact && textOf(root) !== text) exact = false;
      if (!root.contains(node)) {
        // From a detached node `nextNode()` never comes back into `root`
        // (https://dom.spec.whatwg.org/#interface-treewalker): resume right
        // after the point where it was, which visits nothing twice.
        exact = false;
        const container = marker.startContainer;
        if (!root.contains(container)) return;
        const after = container.childNodes[marker.startOffset];
        if (after && isText(after)) {
          walker.currentNode = after;
          visit(after);
        } else {
          // An element is entered by the next `nextNode()`; past the last child, leave the container.
          walker.currentNode = after ?? lastDescendant(container);
        }
      }
    }
  }

  for (const root of roots) {
    steps++;
    yield* walkPart(partOf(root, findStarts), 0);
  }
}

/** Visits, at once, the text nodes under the roots where a start falls (mutations, Node tools). */
export function collectTextSync(roots: Node[], visit: TextVisitor, options: WalkOptions = {}): void {
  for (const _ of walk(roots, visit, options, { pauses: 0 })) {
    // Never pauses.
  }
}

/**
 * The same in slices of ~4 ms (the visitor's work included) with one clock for
 * the whole scan, yielding to the main thread between slices. Stops quietly
 * when `signal` aborts.
 */
export async function collectText(
  roots: Node[],
  visit: TextVisitor,
  options: WalkOptions & { signal?: AbortSignal } = {},
): Promise<void> {
  const { signal } = options;
  const count: PauseCount = { pauses: 0 };
  let sliceStart = performance.now();
  for (const _ of walk(roots, visit, options, count)) {
    if (signal?.aborted) return;
    if (performance.now() - sliceStart <= SLICE_MS) continue;
    await yieldToMain();
    count.pauses++;
    if (signal?.aborted) return;
    sliceStart = performance.now();
  }
}
