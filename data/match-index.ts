/**
 * The slice of the catalog the content script needs to find mentions: ids,
 * names, aliases and context hints. Everything else stays in the background.
 * It ships packed, because the content script runs on every page and its
 * bundle has a size budget.
 */
import type { Alias, Framework } from './catalog-schema';

export interface MatchEntry {
  id: string;
  name: string;
  aliases: Alias[];
  contextHints: string[];
}

export type MatchIndex = MatchEntry[];

/**
 * `[id, name, aliases, hints]`. Each alias is one flag digit then its text:
 * bit 1 = exact case, bit 2 = ordinary word, bit 4 = shared. Hints are kept
 * only for entries with an ordinary-word alias: other names need no evidence.
 */
export type PackedEntry = [string, string, string[], string[]];

export function toMatchIndex(frameworks: Framework[]): MatchIndex {
  return frameworks.map(({ id, name, aliases, contextHints }) => ({ id, name, aliases, contextHints }));
}

export function packMatchIndex(index: MatchIndex): PackedEntry[] {
  return index.map(({ id, name, aliases, contextHints }) => {
    const packed = aliases.map(
      (alias) =>
        `${(alias.case === 'exact' ? 1 : 0) | (alias.ordinaryWord ? 2 : 0) | (alias.shared ? 4 : 0)}${alias.text}`,
    );
    const needsHints = aliases.some((alias) => alias.ordinaryWord);
    return [id, name, packed, needsHints ? contextHints : []];
  });
}

export function unpackMatchIndex(packed: PackedEntry[]): MatchIndex {
  return packed.map(([id, name, aliases, contextHints]) => ({
    id,
    name,
    contextHints,
    aliases: aliases.map((flagged) => {
      const flags = Number(flagged[0]);
      const alias: Alias = { text: flagged.slice(1), case: flags & 1 ? 'exact' : 'any', ordinaryWord: (flags & 2) !== 0 };
      if (flags & 4) alias.shared = true;
      return alias;
    }),
  }));
}
