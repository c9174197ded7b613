/**
 * Finding a catalog entry from what the reader typed, shared by Look up and
 * the Compare pickers. Ranked in tiers, then by how much the entry is used:
 *   0. the exact name or alias ("node.js", "nodejs" and "Node JS" are one);
 *   1. the start of a name ("tornad");
 *   2. the start of an alias, or the name with a typo ("djnago", "twistd":
 *      a swap of two neighbouring letters is one edit);
 *   3. an alias with a typo, or the start of a later word ("native");
 *   4. every word of a multi-word query matches some word of the entry;
 *   5. anything Fuse.js finds in names, aliases and summaries.
 * An empty query gives the most used entries.
 */
import Fuse from 'fuse.js';
import type { Framework } from '../../data/catalog-schema';
import { editDistance } from './edit-distance';
import { byPopularity } from './popularity';

export interface FrameworkSearch {
  /** The best matches first; an empty query gives the most used entries. */
  search(query: string, limit?: number): Framework[];
  /** How many entries there are to search. */
  readonly size: number;
}

interface Key {
  /** Lowercase words separated by single spaces. */
  words: string;
  /** The same without spaces: "node js" → "nodejs". */
  compact: string;
  isName: boolean;
}

/** "Node.js" → "node js"; diacritics dropped; + and # kept (C++, C#). */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

/**
 * How many edits two words of these lengths may differ by and still be a
 * typo: none for short words, one up to six letters, two beyond ("reactor"
 * is not a typo of "react").
 */
function allowedEdits(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

function isTypo(typed: string, word: string): boolean {
  const edits = allowedEdits(typed, word);
  return edits > 0 && editDistance(typed, word, edits) <= edits;
}

function keyTier(key: Key, words: string, compact: string): number {
  if (key.words === words || key.compact === compact) return 0;
  if (key.words.startsWith(words) || key.compact.startsWith(compact)) return key.isName ? 1 : 2;
  if (isTypo(compact, key.compact)) return key.isName ? 2 : 3;
  const keyWords = key.words.split(' ');
  const queryWords = words.split(' ');
  if (queryWords.length === 1 && keyWords.slice(1).some((word) => word.startsWith(words))) return 3;
  if (queryWords.length > 1 && queryWords.every((q) => keyWords.some((word) => word.startsWith(q) || isTypo(q, word))))
    return 4;
  return Number.POSITIVE_INFINITY;
}

export function createFrameworkSearch(frameworks: readonly Framework[]): FrameworkSearch {
  const popular = byPopularity(frameworks);
  const place = new Map(popular.map((framework, index) => [framework.id, index]));
  const keys = new Map(
    frameworks.map((framework) => {
      const texts = [framework.name, ...framework.aliases.map((alias) => alias.text)];
      const list = [...new Set(texts.map(normalize))].filter(Boolean).map((words, index) => ({
        words,
        compact: words.replaceAll(' ', ''),
        isName: index === 0,
      }));
      return [framework.id, list];
    }),
  );
  // Built on first use: an empty box or a name match never needs it.
  let fuse: Fuse<Framework> | undefined;
  const fuzzy = () =>
    (fuse ??= new Fuse(frameworks, {
      keys: [
        { name: 'name', weight: 3 },
        { name: 'aliases.text', weight: 2 },
        { name: 'summary', weight: 0.5 },
      ],
      threshold: 0.3,
      ignoreLocation: true,
      ignoreDiacritics: true,
    }));

  return {
    size: frameworks.length,
    search(query, limit = 50) {
      const words = normalize(query);
      if (!words) return popular.slice(0, limit);
      const compact = words.replaceAll(' ', '');
      const ranked = frameworks
        .map((framework) => ({
          framework,
          tier: Math.min(...(keys.get(framework.id) ?? []).map((key) => keyTier(key, words, compact))),
        }))
        .filter((hit) => Number.isFinite(hit.tier))
        .sort((a, b) => a.tier - b.tier || (place.get(a.framework.id) ?? 0) - (place.get(b.framework.id) ?? 0))
        .map((hit) => hit.framework);
      if (ranked.length >= limit) return ranked.slice(0, limit);
      const found = new Set(ranked);
      const more = fuzzy()
        .search(query.trim(), { limit })
        .map((result) => result.item)
        .filter((framework) => !found.has(framework));
      return [...ranked, ...more].slice(0, limit);
    },
  };
}
