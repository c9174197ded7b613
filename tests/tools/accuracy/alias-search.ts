/**
 * Finds catalog aliases in a piece of text the simple way: any case, bounded
 * by anything but a letter, digit or underscore (a hyphen is a boundary, so
 * `flask-cors` holds "flask"). This is how the scoring decides which annotated
 * entities name a catalog framework; it is deliberately not the matcher.
 */
import type { MatchIndex } from '../../../data/match-index';

export interface AliasSearch {
  /** Ids of the frameworks whose aliases occur in `text`. */
  idsIn(text: string): string[];
  /** Where an alias of `id` first occurs in `text`. */
  firstAt(text: string, id: string): { start: number; end: number } | undefined;
  /**
   * The framework an annotated name is: an alias starts it, alone or glued to a
   * package name after it (`flask-cors`, `@angular/cli`), with at most a version
   * after ("angular 2"). "apache math" or "angular NVD3" name other things.
   */
  namedFramework(text: string): string | undefined;
}

export function aliasSearch(index: MatchIndex): AliasSearch {
  const owners = new Map<string, Set<string>>();
  for (const entry of index) {
    for (const alias of entry.aliases) {
      const key = alias.text.toLowerCase();
      const ids = owners.get(key) ?? new Set<string>();
      ids.add(entry.id);
      owners.set(key, ids);
    }
  }
  const keys = [...owners.keys()].sort((a, b) => b.length - a.length);
  const escaped = keys.map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  return {
    idsIn(text) {
      const ids = new Set<string>();
      for (const match of text.matchAll(pattern))
        for (const id of owners.get(match[0].toLowerCase()) ?? []) ids.add(id);
      return [...ids];
    },
    namedFramework(text) {
      const bare = text.replace(/^@/, '').replace(/\s+v?\d[\w.]*$/i, '');
      for (const id of this.idsIn(bare)) {
        const first = this.firstAt(bare, id);
        if (first && first.start === 0 && (first.end === bare.length || /^[-/._]/.test(bare.slice(first.end))))
          return id;
      }
      return undefined;
    },
    firstAt(text, id) {
      for (const match of text.matchAll(pattern)) {
        if (owners.get(match[0].toLowerCase())?.has(id))
          return { start: match.index, end: match.index + match[0].length };
      }
      return undefined;
    },
  };
}
