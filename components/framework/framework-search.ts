/**
 * Fuzzy search over the catalog's names, aliases and summaries, with Fuse.js.
 * Names weigh most, so "tornado" finds Tornado before an entry that only
 * mentions it.
 */
import Fuse from 'fuse.js';
import type { Framework } from '../../data/catalog-schema';

export interface FrameworkSearch {
  search(query: string, limit?: number): Framework[];
}

export function createFrameworkSearch(frameworks: readonly Framework[]): FrameworkSearch {
  const fuse = new Fuse(frameworks, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'aliases.text', weight: 2 },
      { name: 'summary', weight: 0.5 },
    ],
    threshold: 0.35,
    // Summaries are long: a word may match anywhere in them.
    ignoreLocation: true,
    ignoreDiacritics: true,
  });
  return {
    search(query, limit = 50) {
      const text = query.trim();
      if (!text) return frameworks.slice(0, limit);
      return fuse.search(text, { limit }).map((result) => result.item);
    },
  };
}
