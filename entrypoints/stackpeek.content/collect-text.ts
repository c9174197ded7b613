/**
 * Walks the text nodes under a set of roots, in document order, in slices.
 *
 * Most of a page names no framework, and a content script pays for every
 * node it touches (each needs a wrapper in the isolated world). So subtrees
 * are first tested as a whole: one native `textContent` and one RegExp test,
 * and a subtree whose text cannot hold an alias is never walked. What is left
 * is walked with a bare native TreeWalker (SHOW_TEXT, no JS filter callback).
 * Which text is excluded (scripts, editors, navigation…) is decided only for
 * the few text nodes where an alias matched: see `isExcluded`.
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

// NodeFilter.SHOW_TEXT, spelled out so this also runs in Node (jsdom has no global NodeFilter).
const SHOW_TEXT = 0x4;
/** How many nodes between clock reads: `performance.now()` is not free. */
const CLOCK_EVERY = 64;
/** A subtree with less text than this is walked at once rather than split into its children. */
const LEAF_CHARS = 4096;

export type TextVisitor = (text: Text) => void;
/** Whether a subtree's whole text may hold something worth a visit. */
export type TextTest = (text: string) => boolean;

/** How many levels below a root a subtree may be split: each level reads its text once more. */
const MAX_SPLIT_DEPTH = 4;

/**
 * The subtrees of `root` worth walking, in document order: `root` itself when
 * its text is short, else its children that pass the test, recursively, a
 * few levels deep at most (deeply nested pages would otherwise rebuild the
 * same text at every level).
 */
function* worthWalking(root: Node, worth: TextTest, depth = 0): Generator<Node> {
  if (root.nodeType === 3) {
    if (worth((root as Text).data)) yield root;
    return;
  }
  const text = root.textContent ?? '';
  if (!worth(text)) return;
  if (text.length <= LEAF_CHARS || depth >= MAX_SPLIT_DEPTH) {
    yield root;
    return;
  }
  // A snapshot: the page may remove a child while we yield, which would cut a `nextSibling` chain.
  // Nodes added meanwhile reach the scanner through the MutationObserver.
  for (const child of [...root.childNodes]) if (child.isConnected) yield* worthWalking(child, worth, depth + 1);
}

export function skipSelectorWith(adapterSkip: string): string {
  return adapterSkip ? `${ALWAYS_SKIP}, ${adapterSkip}` : ALWAYS_SKIP;
}

/** Whether a text node sits in a subtree that is never scanned. */
export function isExcluded(text: Text, skipSelector: string): boolean {
  return text.parentElement?.closest(skipSelector) != null;
}

function walkerFor(root: Node): TreeWalker {
  return (root.ownerDocument ?? (root as Document)).createTreeWalker(root, SHOW_TEXT);
}

/** Visits every text node under the roots that `worth` does not rule out, at once (mutations, Node tools). */
export function collectTextSync(roots: Node[], visit: TextVisitor, worth: TextTest = () => true): void {
  for (const root of roots) {
    for (const part of worthWalking(root, worth)) {
      if (part.nodeType === 3) {
        visit(part as Text);
        continue;
      }
      const walker = walkerFor(part);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) visit(node as Text);
    }
  }
}

/** The deepest last descendant: the node a walk has passed once it leaves `node`. */
function lastDescendant(node: Node): Node {
  let last = node;
  while (last.lastChild) last = last.lastChild;
  return last;
}

/**
 * Visits every text node under the roots in slices of ~4 ms (the visitor's
 * work included) with one clock for the whole scan, yielding to the main
 * thread between slices. Stops quietly when `signal` aborts.
 */
export async function collectText(
  roots: Node[],
  visit: TextVisitor,
  signal?: AbortSignal,
  worth: TextTest = () => true,
): Promise<void> {
  let sliceStart = performance.now();
  let count = 0;
  const pause = async () => {
    await yieldToMain();
    sliceStart = performance.now();
  };

  const parts = function* () {
    for (const root of roots) yield* worthWalking(root, worth);
  };
  for (const root of parts()) {
    if (signal?.aborted) return;
    if (root.nodeType === 3) {
      visit(root as Text);
      continue;
    }
    const walker = walkerFor(root);
    // Where the walk stands, as a live boundary point: if the page removes the
    // current node while we yield, the point moves to where it was.
    const marker = (root.ownerDocument ?? (root as Document)).createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      visit(node as Text);
      if (++count % CLOCK_EVERY !== 0 || performance.now() - sliceStart <= SLICE_MS) continue;
      marker.setStartAfter(node);
      await pause();
      if (signal?.aborted) return;
      if (!root.contains(node)) {
        // From a detached node `nextNode()` never comes back into `root`
        // (https://dom.spec.whatwg.org/#interface-treewalker): resume right
        // after the point where it was, which visits nothing twice.
        const container = marker.startContainer;
        if (!root.contains(container)) break;
        const next = container.childNodes[marker.startOffset];
        if (next?.nodeType === 3) {
          walker.currentNode = next;
          visit(next as Text);
        } else {
          // An element is entered by the next `nextNode()`; past the last child, leave the container.
          walker.currentNode = next ?? lastDescendant(container);
        }
      }
    }
    if (performance.now() - sliceStart > SLICE_MS) await pause();
  }
}
