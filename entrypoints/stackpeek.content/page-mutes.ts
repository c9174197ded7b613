/**
 * "Not a framework here" at its two narrow scopes, for this page only (kept
 * in memory: a reload forgets them; the wider scopes live in the settings):
 * one mention, or one word everywhere on this page. A mention is known by its
 * text node and offsets, so it stays muted when a rescan makes it anew.
 */
import type { Mention } from './mention';

export class PageMutes {
  private mentions = new WeakMap<Text, Set<string>>();
  private readonly words = new Set<string>();
  private mentionCount = 0;

  private static keyOf(mention: Mention): string {
    return `${mention.start}:${mention.end}:${mention.frameworkId}`;
  }

  isMuted(mention: Mention): boolean {
    return (
      this.words.has(mention.text.toLowerCase()) ||
      (this.mentions.get(mention.node)?.has(PageMutes.keyOf(mention)) ?? false)
    );
  }

  muteMention(mention: Mention): void {
    let keys = this.mentions.get(mention.node);
    if (!keys) {
      keys = new Set();
      this.mentions.set(mention.node, keys);
    }
    if (!keys.has(PageMutes.keyOf(mention))) this.mentionCount++;
    keys.add(PageMutes.keyOf(mention));
  }

  unmuteMention(mention: Mention): void {
    if (this.mentions.get(mention.node)?.delete(PageMutes.keyOf(mention))) this.mentionCount--;
  }

  muteWord(word: string): void {
    this.words.add(word.toLowerCase());
  }

  unmuteWord(word: string): void {
    this.words.delete(word.toLowerCase());
  }

  /** What the popup lists: words muted on this page, and how many single mentions. */
  summary(): { words: string[]; mentions: number } {
    return { words: [...this.words].sort(), mentions: this.mentionCount };
  }

  /** Restores every single mention (the popup's "Restore"). */
  clearMentions(): void {
    this.mentions = new WeakMap();
    this.mentionCount = 0;
  }
}
