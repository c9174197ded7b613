/**
 * The slice of the catalog the content script needs to find mentions: ids,
 * aliases and languages (one of the scorer's features). Names, texts, context
 * hints and figures stay in the background: the content script runs on every
 * page and its bundle has a size budget.
 */
import type { Alias, Framework } from './catalog-schema';

export interface MatchEntry {
  id: string;
  aliases: Alias[];
  /** Lowercase, e.g. "python". */
  languages: string[];
}

export type MatchIndex = MatchEntry[];

/**
 * How widely used an entry is, from its registry figures: npm downloads a month,
 * or a PyPI rank read as the downloads of its place (rank 1 ≈ 10⁹ a month).
 * Only an order matters: it decides between entries that share a name.
 */
function usage({ figures }: Framework): number {
  if (figures.monthlyDownloads) return figures.monthlyDownloads.count;
  if (figures.downloadRank) return 1e9 / figures.downloadRank.rank;
  return 0;
}

/**
 * Entries in order of use, most used first: where two share a name ("Babel" for
 * the JavaScript compiler and the Python library) and the text does not decide,
 * the disambiguator keeps the first.
 */
export function toMatchIndex(frameworks: Framework[]): MatchIndex {
  return [...frameworks]
    .sort((a, b) => usage(b) - usage(a))
    .map(({ id, aliases, languages }) => ({
      id,
      aliases,
      languages: languages.map((language) => language.toLowerCase()),
    }));
}

/**
 * `[id, aliases, languages]`, each list one newline-joined string (fewer
 * quotes and commas in the bundle). Each alias is one flag digit then its text:
 * bit 1 = exact case, bit 2 = ordinary word, bit 4 = shared.
 */
export type PackedEntry = [string, string, string];

const SEPARATOR = '\n';
const split = (list: string) => (list ? list.split(SEPARATOR) : []);

export function packMatchIndex(index: MatchIndex): PackedEntry[] {
  return index.map(({ id, aliases, languages }) => [
    id,
    aliases
      .map(
        (alias) =>
          `${(alias.case === 'exact' ? 1 : 0) | (alias.ordinaryWord ? 2 : 0) | (alias.shared ? 4 : 0)}${alias.text}`,
      )
      .join(SEPARATOR),
    languages.join(SEPARATOR),
  ]);
}

export function unpackMatchIndex(packed: PackedEntry[]): MatchIndex {
  return packed.map(([id, aliases, languages]) => ({
    id,
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
