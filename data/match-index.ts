/**
 * The slice of the catalog the content script needs to find mentions: ids,
 * names, aliases and context hints. Everything else stays in the background.
 */
import type { Alias, Framework } from './catalog-schema';

export interface MatchEntry {
  id: string;
  name: string;
  aliases: Alias[];
  contextHints: string[];
}

export type MatchIndex = MatchEntry[];

export function toMatchIndex(frameworks: Framework[]): MatchIndex {
  return frameworks.map(({ id, name, aliases, contextHints }) => ({ id, name, aliases, contextHints }));
}
