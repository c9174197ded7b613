import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Framework } from '../../data/catalog-schema';
import { useCatalog } from '../framework/catalog-context';
import { FrameworkDetail } from '../framework/FrameworkDetail';
import { createFrameworkSearch } from '../framework/framework-search';
import { hasDownloads } from '../framework/popularity';
import { ResultOption } from '../framework/ResultOption';
import { useOptionKeys } from '../framework/use-option-keys';
import { loadRecentlyViewed, rememberViewed } from './recently-viewed';

/** Entries the empty box offers as "most downloaded". */
const POPULAR_COUNT = 20;

interface Group {
  label: string;
  entries: Framework[];
}

const optionId = (framework: Framework) => `lookup-option-${framework.id}`;

/**
 * "Look up": a search box over the catalog, keyboard first (type, arrows,
 * Enter) as an ARIA combobox with a listbox, and a detail view per entry.
 * The empty box offers the recently viewed and the most downloaded entries.
 */
export function LookupPanel({ onCompare }: { onCompare(ids: string[]): void }) {
  const catalog = useCatalog();
  const search = useMemo(() => createFrameworkSearch(catalog.frameworks), [catalog]);
  const [query, setQuery] = useState('');
  const [recent, setRecent] = useState<string[]>([]);
  const [shown, setShown] = useState<Framework | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void loadRecentlyViewed().then(setRecent);
  }, []);

  const groups = useMemo<Group[]>(() => {
    if (query.trim()) return [{ label: 'Matches', entries: search.search(query) }];
    // Viewed entries first, then the most downloaded that are not among them.
    const recentEntries = recent.flatMap((id) => catalog.byId.get(id) ?? []);
    const popular = search
      .search('', search.size)
      .filter((entry) => hasDownloads(entry) && !recent.includes(entry.id))
      .slice(0, POPULAR_COUNT);
    return [
      { label: 'Recently viewed', entries: recentEntries },
      { label: 'Most downloaded (npm and PyPI)', entries: popular },
    ].filter((group) => group.entries.length > 0);
  }, [search, query, recent, catalog]);
  const results = useMemo(() => groups.flatMap((group) => group.entries), [groups]);
  const { activeOption, setActive, onKey } = useOptionKeys(results, optionId);

  const open = (framework: Framework) => {
    setShown(framework);
    void rememberViewed([framework.id]).then(setRecent);
  };
  const back = () => {
    setShown(null);
    // Back where the reader was: in the box, on the same result.
    requestAnimationFrame(() => input.current?.focus());
  };

  if (shown) {
    const alternatives = shown.alternatives.flatMap((id) => {
      const other = catalog.byId.get(id);
      return other ? [{ id, name: other.name }] : [];
    });
    return (
      <div class="lookup-detail">
        {/* biome-ignore lint/a11y/noAutofocus: the reader just chose this entry; focus follows */}
        <button type="button" class="back" onClick={back} autoFocus>
          ← Back to results
        </button>
        <FrameworkDetail
          framework={shown}
          alternatives={alternatives}
          onCompare={(otherId) => onCompare([shown.id, otherId])}
        />
      </div>
    );
  }

  const empty = !query.trim();
  const option = (framework: Framework) => (
    <ResultOption
      key={framework.id}
      id={optionId(framework)}
      framework={framework}
      active={framework === activeOption}
      onChoose={() => open(framework)}
    />
  );
  return (
    <div class="lookup">
      <label for="lookup-query" class="field-label">
        Search frameworks
      </label>
      <input
        id="lookup-query"
        ref={input}
        type="text"
        // biome-ignore lint/a11y/noRedundantRoles: an ARIA 1.2 combobox; Preact's types want `list` with it
        role="combobox"
        list={undefined}
        aria-autocomplete="list"
        aria-expanded={results.length > 0}
        aria-controls="lookup-results"
        aria-describedby="lookup-count"
        aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
        autocomplete="off"
        spellcheck={false}
        placeholder="Tornado, gevent, asyncio…"
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={(event) => onKey(event, open)}
      />
      <p id="lookup-count" class="muted lookup-count" role="status">
        {empty
          ? `${search.size} entries in the catalog.`
          : results.length === 0
            ? 'No frameworks match.'
            : `${results.length === 50 ? 'The best 50' : results.length} of ${search.size} entries match, best first.`}
      </p>
      <div id="lookup-results" role="listbox" aria-label="Frameworks" class="results">
        {empty
          ? groups.map((group, index) => (
              // biome-ignore lint/a11y/useSemanticElements: a group of options inside a listbox (ARIA listbox pattern), not a form fieldset
              <div role="group" key={group.label} aria-labelledby={`lookup-group-${index}`}>
                <div role="presentation" class="results-heading" id={`lookup-group-${index}`}>
                  {group.label}
                </div>
                {group.entries.map(option)}
              </div>
            ))
          : results.map(option)}
      </div>
      {!empty && results.length === 0 && <p class="empty">No frameworks match “{query}”.</p>}
    </div>
  );
}
