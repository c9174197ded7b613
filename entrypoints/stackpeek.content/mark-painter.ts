/**
 * Between the page annotator and the highlighter: decides which of the
 * page's mentions carry a mark. Every mention stays in the annotator's index
 * (the popup's "On this page" lists them all); only those the density setting
 * picks, and that the reader has not muted on this page, are painted. Hover
 * opens cards on painted mentions only.
 */
import type { MarkDensity } from '../../data/settings-model';
import { DensityGroups, firstOf, type Group } from './mark-density';
import type { Mention } from './mention';
import type { PageMutes } from './page-mutes';

/** What the painter hands its choice to: the highlighter (or a fake in tests). */
export interface MarkSink {
  add(mentions: Mention[]): void;
  remove(mentions: Iterable<Mention>): void;
  setActive(mention: Mention | null): void;
  clear(): void;
  dispose(): void;
}

export class MarkPainter implements MarkSink {
  private readonly all = new Set<Mention>();
  private readonly marked = new Set<Mention>();
  private readonly firsts = new Map<Group, Mention>();
  private groups: DensityGroups | null = null;
  /** The open card's mention when the density leaves it unmarked: marked while its card is open. */
  private lent: Mention | null = null;
  private readonly eligible = (mention: Mention) => !this.mutes.isMuted(mention);

  constructor(
    private readonly sink: MarkSink,
    private readonly mutes: PageMutes,
    private readonly rootSelector: string,
    density: MarkDensity,
  ) {
    this.setDensity(density);
  }

  /** The mention, if it carries a mark (hover opens cards on marked mentions only). */
  painted(mention: Mention | undefined): Mention | undefined {
    return mention && (this.marked.has(mention) || this.lent === mention) ? mention : undefined;
  }

  setDensity(density: MarkDensity): void {
    if ((this.groups?.density ?? 'every') === density) return;
    this.groups = density === 'every' ? null : new DensityGroups(density, this.rootSelector);
    this.firsts.clear();
    const all = [...this.all];
    this.all.clear();
    this.unpaint([...this.marked]);
    this.add(all);
  }

  add(mentions: Mention[]): void {
    const paint: Mention[] = [];
    const touched = new Set<Group>();
    for (const mention of mentions) {
      this.all.add(mention);
      if (this.groups) touched.add(this.groups.add(mention));
      else if (this.eligible(mention)) paint.push(mention);
    }
    this.paint(paint);
    this.elect(touched);
  }

  remove(mentions: Iterable<Mention>): void {
    const gone: Mention[] = [];
    const touched = new Set<Group>();
    for (const mention of mentions) {
      this.all.delete(mention);
      if (this.lent === mention) this.lent = null;
      gone.push(mention);
      const group = this.groups?.remove(mention);
      if (group) touched.add(group);
    }
    this.sink.remove(gone);
    for (const mention of gone) this.marked.delete(mention);
    this.elect(touched);
  }

  /** Paints again after the reader muted or restored something on this page. */
  refresh(): void {
    if (this.groups) {
      this.elect(new Set(this.groups.groups()));
      return;
    }
    const unpaint = [...this.marked].filter((mention) => !this.eligible(mention));
    const paint = [...this.all].filter((mention) => !this.marked.has(mention) && this.eligible(mention));
    this.unpaint(unpaint);
    this.paint(paint);
  }

  setActive(mention: Mention | null): void {
    if (this.lent && this.lent !== mention) {
      this.sink.remove([this.lent]);
      this.lent = null;
    }
    if (mention && !this.marked.has(mention) && this.all.has(mention) && this.eligible(mention)) {
      this.lent = mention;
      this.sink.add([mention]);
    }
    this.sink.setActive(mention);
  }

  clear(): void {
    this.all.clear();
    this.marked.clear();
    this.firsts.clear();
    this.groups?.clear();
    this.lent = null;
    this.sink.clear();
  }

  dispose(): void {
    this.clear();
    this.sink.dispose();
  }

  private elect(groups: Set<Group>): void {
    const paint: Mention[] = [];
    const unpaint: Mention[] = [];
    for (const group of groups) {
      const before = this.firsts.get(group);
      const first = firstOf(group, this.eligible);
      if (before === first) continue;
      if (before && this.marked.has(before)) unpaint.push(before);
      if (first) {
        this.firsts.set(group, first);
        paint.push(first);
      } else this.firsts.delete(group);
    }
    this.unpaint(unpaint);
    this.paint(paint);
  }

  private paint(mentions: Mention[]): void {
    if (mentions.length === 0) return;
    for (const mention of mentions) this.marked.add(mention);
    this.sink.add(mentions);
  }

  private unpaint(mentions: Mention[]): void {
    if (mentions.length === 0) return;
    for (const mention of mentions) this.marked.delete(mention);
    this.sink.remove(mentions);
  }
}
