/**
 * Walks the text of a subtree with a TreeWalker, pruning excluded subtrees
 * with FILTER_REJECT so their descendants are never visited. The skip set is
 * found once per walk with one native `querySelectorAll`, so the filter is a
 * Set lookup rather than a `matches()` call per element.
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

// NodeFilter constants, spelled out so this also runs in Node (jsdom has no global NodeFilter).
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;
/** How many nodes between clock reads: `performance.now()` is not free. */
const CLOCK_EVERY = 64;

export type TextVisitor = (text: Text) => void;

export function skipSelectorWith(adapterSkip: string): string {
  return adapterSkip ? `${ALWAYS_SKIP}, ${adapterSkip}` : ALWAYS_SKIP;
}

function createWalker(root: Node, skipSelector: string): TreeWalker | undefined {
  if (root.nodeType === 1 && (root as Element).matches(skipSelector)) return undefined;
  const doc = root.ownerDocument ?? (root as Document);
  const skipped = new Set<Node>('querySelectorAll' in root ? (root as ParentNode).querySelectorAll(skipSelector) : []);
  return doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType !== 3) return skipped.has(node) ? FILTER_REJECT : FILTER_SKIP;
      // Whitespace between tags is most text nodes on these pages; no alias is one character.
      return (node as Text).data.trim().length > 1 ? FILTER_ACCEPT : FILTER_SKIP;
    },
  });
}

/** Visits every scannable text node under `root` at once (mutations, small subtrees, Node tools). */
export function collectTextSync(root: Node, skipSelector: string, visit: TextVisitor): void {
  if (root.nodeType === 3) return visit(root as Text);
  const walker = createWalker(root, skipSelector);
  if (!walker) return;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) visit(node as Text);
}

/**
 * Visits every scannable text node in slices of ~4 ms (the visitor's work
 * included), yielding to the main thread between slices. Stops quietly when
 * `signal` aborts; the nodes visited so far stay visited.
 */
export async function collectText(
  root: Node,
  skipSelector: string,
  visit: TextVisitor,
  signal?: AbortSignal,
): Promise<void> {
  if (root.nodeType === 3) return visit(root as Text);
  const walker = createWalker(root, skipSelector);
  if (!walker) return;
  let sliceStart = performance.now();
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (signal?.aborted) return;
    visit(node as Text);
    if (++count % CLOCK_EVERY === 0 && performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
}
