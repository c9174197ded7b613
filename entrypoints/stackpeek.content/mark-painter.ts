/**
 * Between the page annotator and the highlighter: decides which of the
 * page's mentions carry a mark. Every mention stays in the annotator's index
 * (the popup's "On this page" lists them all); only those the density setting
 * picks, and that the reader has not muted on this page, are painted. Hover
 * opens cards on painted mentions only.
 *
 * Density: with "the first in each post or comment" a group is one framework
 * in one post (question, answer, comment, README, file); with "the first on
 * the page", one framework on the page; with "every mention", each mention is
 * a group of its own. Only a group's first eligible mention is painted. Kept
 * incrementally, so a changed subtree costs its own mentions.
 */
import type { MarkDensity } from '../../data/settings-model';
import type { Mention } from './mention';

/** What the painter hands its choice to: the highlighter (or a fake in tests). */
export interface MarkSink {
  add(mentions: Mention[]): void;
  remove(mentions: Iterable<Mention>): void;
  setActive(mention: Mention | null): void;
  clear(): void;
  dispose(): void;
}

type Group = Set<Mention>;

/** A comment is a post of its own, inside the answer it hangs under. */
const COMMENT = '.comment,.js-comment';
// Node.DOCUMENT_POSITION_FOLLOWING, spelled out for Node tools without DOM globals.
const FOLLOWING = 4;

const precedes = (a: Mention, b: Mention) =>
  a.node === b.node ? a.start < b.start : !!(a.node.compareDocumentPosition(b.node) & FOLLOWING);

export class MarkPainter implements MarkSink {
  private readonly marked = new Set<Mention>();
  private readonly firsts = new Map<Group, Mention>();
  private readonly groupOf = new Map<Mention, Group>();
  private readonly groups = new Map<Node, Map<string, Group>>();
  /** The density of the current scan: a change of setting rescans, which clears. */
  private density: MarkDensity;
  private readonly eligible = (mention: Mention) => !this.isMuted(mention);

  constructor(
    private readonly sink: MarkSink,
    private readonly isMuted: (mention: Mention) => boolean,
    private readonly rootSelector: string,
    private readonly densityNow: () => MarkDensity,
  ) {
    this.density = densityNow();
  }

  /** The mention, if it carries a mark (hover opens cards on marked mentions only). */
  painted(mention: Mention | undefined): Mention | undefined {
    return mention && this.marked.has(mention) ? mention : undefined;
  }

  add(mentions: Mention[]): void {
    this.elect(new Set(mentions.map((mention) => this.join(mention))));
  }

  remove(mentions: Iterable<Mention>): void {
    const gone = [...mentions];
    const touched = new Set<Group>();
    for (const mention of gone) {
      this.marked.delete(mention);
      const group = this.groupOf.get(mention);
      this.groupOf.delete(mention);
      if (group?.delete(mention)) touched.add(group);
    }
    this.sink.remove(gone);
    this.elect(touched);
  }

  /** Paints again after the reader muted or restored something on this page. */
  refresh(): void {
    this.elect(new Set(this.groupOf.values()));
  }

  /** The open card's mention; one the density leaves unmarked shows no mark (its card still opens). */
  setActive(mention: Mention | null): void {
    this.sink.setActive(mention);
  }

  clear(): void {
    this.marked.clear();
    this.firsts.clear();
    this.groupOf.clear();
    this.groups.clear();
    this.density = this.densityNow();
    this.sink.clear();
  }

  dispose(): void {
    this.clear();
    this.sink.dispose();
  }

  /** Puts the mention in its group (post × framework) and returns the group. */
  private join(mention: Mention): Group {
    if (this.density === 'every') {
      const own = new Set([mention]);
      this.groupOf.set(mention, own);
      return own;
    }
    const element = mention.node.parentElement;
    const post =
      (this.density === 'first-per-post' && (element?.closest(COMMENT) ?? element?.closest(this.rootSelector))) ||
      mention.node.ownerDocument;
    const byFramework = this.groups.get(post) ?? new Map<string, Group>();
    this.groups.set(post, byFramework);
    const group = byFramework.get(mention.frameworkId) ?? new Set<Mention>();
    byFramework.set(mention.frameworkId, group);
    group.add(mention);
    this.groupOf.set(mention, group);
    return group;
  }

  /** Marks each group's first eligible mention in document order, and only that one. */
  private elect(groups: Set<Group>): void {
    const paint: Mention[] = [];
    const unpaint: Mention[] = [];
    for (const group of groups) {
      let first: Mention | undefined;
      for (const mention of group) if (this.eligible(mention) && (!first || precedes(mention, first))) first = mention;
      const before = this.firsts.get(group);
      if (before === first) continue;
      if (before && this.marked.has(before)) unpaint.push(before);
      if (first) {
        paint.push(first);
        this.firsts.set(group, first);
      } else this.firsts.delete(group);
    }
    this.unpaint(unpaint);
    this.paint(paint);
  }

  private paint(mentions: Mention[]): void {
    for (const mention of mentions) this.marked.add(mention);
    this.sink.add(mentions);
  }

  private unpaint(mentions: Mention[]): void {
    for (const mention of mentions) this.marked.delete(mention);
    this.sink.remove(mentions);
  }
}
