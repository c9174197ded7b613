/**
 * Which mention is under the pointer: caret position → text node and offset
 * → mention, confirmed against the mention's client rects (a caret position
 * is also reported for points beside the text, e.g. past a line's end).
 */
import { type Mention, rangeOf } from './mention';

export type MentionLookup = (node: Text, offset: number) => Mention | undefined;

interface Caret {
  node: Node;
  offset: number;
}

/** `caretPositionFromPoint` (standard; Chrome 128+, Firefox) else `caretRangeFromPoint` (WebKit, older Chrome). */
export function caretAt(doc: Document, x: number, y: number): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

export function rectsOf(mention: Mention): DOMRect[] {
  return [...rangeOf(mention).getClientRects()];
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

export function mentionAtPoint(doc: Document, x: number, y: number, lookup: MentionLookup): Mention | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  const text = caret.node as Text;
  // Over the right half of a character the caret sits after it: try both sides.
  const mention = lookup(text, caret.offset) ?? (caret.offset > 0 ? lookup(text, caret.offset - 1) : undefined);
  if (!mention) return undefined;
  return rectsOf(mention).some((rect) => contains(rect, x, y)) ? mention : undefined;
}
