/**
 * Owns the marks of one page: scans, keeps the mention index and the
 * highlights in step, and starts over when the page or the settings change.
 */
import type { MatchIndex } from '../../data/match-index';
import { createScanner, type Scanner } from './find-mentions';
import { Highlighter } from './highlighter';
import type { MarkSink } from './mark-painter';
import type { Mention, ScanSettings } from './mention';
import { MentionIndex } from './mention-index';
import type { SiteAdapter } from './sites';

export class PageAnnotator {
  readonly mentions = new MentionIndex();
  /** Made by the first scan: building it reads the page context. */
  private scanner?: Scanner;
  private full = new AbortController();

  constructor(
    private readonly matchIndex: MatchIndex,
    private readonly adapter: SiteAdapter,
    private readonly doc: Document,
    private settings: ScanSettings,
    /** Mentions that are gone: a card open on one must close. */
    private readonly onRemoved: (mentions: Mention[]) => void,
    private readonly onReset: () => void,
    /** Paints the marks: the highlighter itself, or the mark painter that picks which (mark-painter.ts). */
    private readonly highlighter: MarkSink = new Highlighter(),
  ) {}

  setActive(mention: Mention | null): void {
    this.highlighter.setActive(mention);
  }

  /** Scans every root afresh (first load, navigation, new settings). */
  async scanAll(): Promise<void> {
    this.full.abort();
    const controller = new AbortController();
    this.full = controller;
    this.mentions.clear();
    this.highlighter.clear();
    this.onReset();
    // The page context (tags, repository language) may differ after a navigation.
    const scanner = this.newScanner();
    this.scanner = scanner;
    performance.mark('stackpeek:scan-start');
    const found = await scanner.scan(this.doc, controller.signal);
    if (controller.signal.aborted) return;
    this.keep(found);
    performance.measure('stackpeek:scan', 'stackpeek:scan-start');
  }

  /** Rescans subtrees that were added or whose text changed. */
  async scanNodes(nodes: Node[]): Promise<void> {
    for (const node of nodes) {
      this.scanner ??= this.newScanner();
      this.drop(this.mentions.removeWithin(node));
      this.keep(await this.scanner.scan(node, this.full.signal));
    }
  }

  /** Drops the mentions whose text left the page. */
  pruneDetached(): void {
    this.drop(this.mentions.removeDisconnected());
  }

  updateSettings(settings: ScanSettings): Promise<void> {
    this.settings = settings;
    return this.scanAll();
  }

  dispose(): void {
    this.full.abort();
    this.mentions.clear();
    this.highlighter.dispose();
  }

  private newScanner(): Scanner {
    return createScanner(this.matchIndex, this.adapter, this.doc, new URL(this.doc.URL), this.settings);
  }

  private keep(found: Mention[]): void {
    const fresh = found.filter((mention) => mention.node.isConnected);
    this.mentions.add(fresh);
    this.highlighter.add(fresh);
  }

  private drop(removed: Mention[]): void {
    if (removed.length === 0) return;
    this.highlighter.remove(removed);
    this.onRemoved(removed);
  }
}
