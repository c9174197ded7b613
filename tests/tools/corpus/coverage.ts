/**
 * How much of what people name the catalog knows: the share of the entities
 * annotated as Library in a StackOverflowNER file whose text names a catalog
 * framework (an alias, in any case, alone or starting a package name).
 */
import type { MatchIndex } from '../../../data/match-index';
import { aliasSearch } from '../accuracy/alias-search';
import { renderThread } from './corpus-page';
import { readThreads } from './read-conll';

export interface Coverage {
  libraryMentions: number;
  covered: number;
  share: number;
  /** The most frequent Library names the catalog does not know, with counts. */
  missing: [string, number][];
}

export function libraryCoverage(conll: string, index: MatchIndex): Coverage {
  const search = aliasSearch(index);
  let libraryMentions = 0;
  let covered = 0;
  const missing = new Map<string, number>();
  for (const page of readThreads(conll).map(renderThread)) {
    for (const entity of page.entities) {
      if (entity.type !== 'Library') continue;
      libraryMentions++;
      if (search.namedFramework(entity.text)) covered++;
      else missing.set(entity.text.toLowerCase(), (missing.get(entity.text.toLowerCase()) ?? 0) + 1);
    }
  }
  return {
    libraryMentions,
    covered,
    share: libraryMentions === 0 ? 0 : covered / libraryMentions,
    missing: [...missing].sort((a, b) => b[1] - a[1]).slice(0, 15),
  };
}
