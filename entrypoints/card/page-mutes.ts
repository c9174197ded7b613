/**
 * "Not a framework here" at its two narrow scopes, for this page only (kept
 * in memory: a reload forgets them; the wider scopes live in the settings):
 * one mention, or one word everywhere on this page. A mention is known by its
 * text node and offsets, so it stays muted when a rescan makes it anew. Each
 * change repaints the marks at once. Part of the card bundle: nothing can be
 * muted before the first card loads, and the content script stays small.
 */
import type { PageMutesSummary } from '../../data/page-messages';
import type { Mention } from '../stackpeek.content/mention';
import type { PageMarks } from './card-api';

const keyOf = (mention: Mention) => `${mention.start}:${mention.end}:${mention.frameworkId}`;

export class PageMutes implements PageMarks {
  private mentions = new WeakMap<Text, Set<string>>();
  private readonly words = new Set<string>();
  private count = 0;

  constructor(private readonly repaint: () => void = () => undefined) {}

  isMuted = (mention: Mention): boolean =>
    this.words.has(mention.text.toLowerCase()) || (this.mentions.get(mention.node)?.has(keyOf(mention)) ?? false);

  muteMention = (mention: Mention): void => {
    const keys = this.mentions.get(mention.node) ?? new Set();
    this.mentions.set(mention.node, keys);
    if (!keys.has(keyOf(mention))) this.count++;
    keys.add(keyOf(mention));
    this.repaint();
  };

  unmuteMention = (mention: Mention): void => {
    if (this.mentions.get(mention.node)?.delete(keyOf(mention))) this.count--;
    this.repaint();
  };

  muteWord = (word: string): void => {
    this.words.add(word.toLowerCase());
    this.repaint();
  };

  unmuteWord = (word: string): void => {
    this.words.delete(word.toLowerCase());
    this.repaint();
  };

  /** What the popup lists: words muted on this page, and how many single mentions. */
  summary(): PageMutesSummary {
    return { words: [...this.words].sort(), mentions: this.count };
  }

  /** The popup's Restore: a word, or (no word) every single mention. */
  restore(word?: string): PageMutesSummary {
    if (word === undefined) {
      this.mentions = new WeakMap();
      this.count = 0;
      this.repaint();
    } else this.unmuteWord(word);
    return this.summary();
  }
}
