import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Framework } from '../../data/catalog-schema';
import { useCatalog } from '../framework/catalog-context';
import { FrameworkDetail } from '../framework/FrameworkDetail';
import { createFrameworkSearch } from '../framework/framework-search';
import { kindLabel } from '../framework/labels';

/**
 * "Look up": a search box over the catalog, keyboard first (type, arrows,
 * Enter) as an ARIA combobox with a listbox, and a detail view per entry.
 */
export function LookupPanel({ onCompare }: { onCompare(ids: string[]): void }) {
  const catalog = useCatalog();
  const search = useMemo(() => createFrameworkSearch(catalog.frameworks), [catalog]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<Framework | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const results = useMemo(() => search.search(query), [search, query]);
  const activeItem = results[Math.min(active, results.length - 1)];

  // Keep the active option visible as the arrows move through a long list.
  useEffect(() => {
    if (activeItem) document.getElementById(`lookup-option-${activeItem.id}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeItem]);

  const open = (framework: Framework | undefined) => framework && setShown(framework);
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

  const onKeyDown = (event: KeyboardEvent) => {
    const last = results.length - 1;
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, last));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Home' && event.ctrlKey) setActive(0);
    else if (event.key === 'End' && event.ctrlKey) setActive(last);
    else if (event.key === 'Enter') open(activeItem);
    else return;
    event.preventDefault();
  };

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
        aria-activedescendant={activeItem ? `lookup-option-${activeItem.id}` : undefined}
        autocomplete="off"
        spellcheck={false}
        placeholder="Tornado, gevent, asyncio…"
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p class="visually-hidden" role="status">
        {results.length === 0 ? 'No frameworks match.' : `${results.length} frameworks.`}
      </p>
      <div id="lookup-results" role="listbox" aria-label="Frameworks" class="results">
        {results.map((framework) => (
          // Options are chosen with the keyboard through the combobox; the click is for pointers.
          // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard handled by the combobox above
          <div
            key={framework.id}
            id={`lookup-option-${framework.id}`}
            role="option"
            tabIndex={-1}
            aria-selected={framework === activeItem}
            class={framework === activeItem ? 'result active' : 'result'}
            onClick={() => open(framework)}
          >
            <span class="result-name">{framework.name}</span>
            <span class="result-meta">
              {kindLabel(framework.kind)} · {framework.languages.join(', ')}
            </span>
            <span class="result-summary">{framework.summary}</span>
          </div>
        ))}
      </div>
      {results.length === 0 && <p class="empty">No frameworks match “{query}”.</p>}
    </div>
  );
}
