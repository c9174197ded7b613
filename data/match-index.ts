/**
 * The slice of the catalog the content script needs to find mentions: ids,
 * aliases, and — for names that are also everyday words — the evidence the
 * disambiguator weighs (context hints, languages). A name that is never an
 * everyday word needs no evidence, so its entry carries none. Names, texts and
 * figures stay in the background: the content script runs on every page and
 * its bundle has a size budget.
 */
import type { Alias, Framework } from './catalog-schema';

export interface MatchEntry {
  id: string;
  aliases: Alias[];
  contextHints: string[];
  /** Lowercase, e.g. "python". */
  languages: string[];
}

export type MatchIndex = MatchEntry[];

export function toMatchIndex(frameworks: Framework[]): MatchIndex {
  return frameworks.map(({ id, aliases, contextHints, languages }) => {
    const needsEvidence = aliases.some((alias) => alias.ordinaryWord);
    return {
      id,
      aliases,
      contextHints: needsEvidence ? contextHints : [],
      languages: needsEvidence ? languages.map((language) => language.toLowerCase()) : [],
    };
  });
}

/**
 * `[id, aliases, hints, languages]`, each list one newline-joined string (fewer
 * quotes and commas in the bundle). Each alias is one flag digit then its text:
 * bit 1 = exact case, bit 2 = ordinary word, bit 4 = shared.
 */
export type PackedEntry = [string, string, string, string];

const SEPARATOR = '\n';
const split = (list: string) => (list ? list.split(SEPARATOR) : []);

export function packMatchIndex(index: MatchIndex): PackedEntry[] {
  return index.map(({ id, aliases, contextHints, languages }) => [
    id,
    aliases
      .map(
        (alias) =>
          `${(alias.case === 'exact' ? 1 : 0) | (alias.ordinaryWord ? 2 : 0) | (alias.shared ? 4 : 0)}${alias.text}`,
      )
      .join(SEPARATOR),
    contextHints.join(SEPARATOR),
    languages.join(SEPARATOR),
  ]);
}

export function unpackMatchIndex(packed: PackedEntry[]): MatchIndex {
  return packed.map(([id, aliases, contextHints, languages]) => ({
    id,
    contextHints: split(contextHints),
    languages: split(languages),
    aliases: split(aliases).map((flagged) => {
      const flags = Number(flagged[0]);
      const alias: Alias = {
        text: flagged.slice(1),
        case: flags & 1 ? 'exact' : 'any',
        ordinaryWord: (flags & 2) !== 0,
      };
      if (flags & 4) alias.shared = true;
      return alias;
    }),
  }));
}
