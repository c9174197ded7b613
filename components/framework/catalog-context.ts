/**
 * The catalog as the popup and options page see it. Entry points pass the
 * built catalog (virtual:stackpeek/catalog); tests pass a few records.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Comparison, Framework } from '../../data/catalog-schema';

export interface Catalog {
  frameworks: readonly Framework[];
  comparisons: readonly Comparison[];
  byId: ReadonlyMap<string, Framework>;
}

export function makeCatalog(frameworks: readonly Framework[], comparisons: readonly Comparison[] = []): Catalog {
  const sorted = [...frameworks].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  return { frameworks: sorted, comparisons, byId: new Map(sorted.map((f) => [f.id, f])) };
}

export const CatalogContext = createContext<Catalog>(makeCatalog([]));

export function useCatalog(): Catalog {
  return useContext(CatalogContext);
}
