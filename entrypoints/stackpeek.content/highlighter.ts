/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` per
 * style, filled with `StaticRange`s, so no page node is split, wrapped or
 * moved (https://drafts.csswg.org/css-highlight-api-1/). The styles live in
 * `stackpeek-marks.content.css`, injected by the manifest.
 *
 * Where the API is missing (Firefox before 140, old Safari) nothing is painted;
 * mentions are still found, so the popup's "On this page" list keeps working.
 * Wrapping text in elements instead would break pages rendered by React.
 */
import type { Mention } from './mention';

export const HIGHLIGHT_NAMES = { mention: 'stackpeek-mention', active: 'stackpeek-active' } as const;

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function rangeOf(mention: Mention): StaticRange {
  return new StaticRange({
    startContainer: mention.node,
    startOffset: mention.start,
    endContainer: mention.node,
    endOffset: mention.end,
  });
}

export class Highlighter {
  private readonly ranges = new Map<Mention, StaticRange>();
  private marks: Highlight | undefined;
  /** Registered only while a card is open: an idle page keeps one highlight in its registry. */
  private active: Highlight | undefined;

  /** Registers the marks with the first mention: a page with none gets no registry entry. */
  private register(): Highlight | undefined {
    if (this.marks || !highlightApiAvailable()) return this.marks;
    this.marks = new Highlight();
    CSS.highlights.set(HIGHLIGHT_NAMES.mention, this.marks);
    return this.marks;
  }

  add(mentions: Mention[]): void {
    if (mentions.length === 0) return;
    const marks = this.register();
    if (!marks) return;
    for (const mention of mentions) {
      const range = rangeOf(mention);
      this.ranges.set(mention, range);
      marks.add(range);
    }
  }

  remove(mentions: Iterable<Mention>): void {
    for (const mention of mentions) {
      const range = this.ranges.get(mention);
      if (!range) continue;
      this.marks?.delete(range);
      if (this.active?.has(range)) this.setActive(null);
      this.ranges.delete(mention);
    }
  }

  /** Shows which mention the open card belongs to (`null`: no card). */
  setActive(mention: Mention | null): void {
    const range = mention && this.ranges.get(mention);
    if (!range) {
      if (this.active) CSS.highlights.delete(HIGHLIGHT_NAMES.active);
      this.active = undefined;
      return;
    }
    if (!this.active) {
      this.active = new Highlight();
      // Above the page's own highlights (e.g. GitHub's search marks): ours are subtle.
      this.active.priority = 1;
      CSS.highlights.set(HIGHLIGHT_NAMES.active, this.active);
    }
    this.active.clear();
    this.active.add(range);
  }

  clear(): void {
    this.ranges.clear();
    this.marks?.clear();
    this.setActive(null);
  }

  dispose(): void {
    this.ranges.clear();
    this.setActive(null);
    if (this.marks) CSS.highlights.delete(HIGHLIGHT_NAMES.mention);
    this.marks = undefined;
  }
}
