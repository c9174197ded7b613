import { useMemo } from 'preact/hooks';
import type { Framework } from '../../data/catalog-schema';
import { CompareView } from '../framework/CompareView';
import { useCatalog } from '../framework/catalog-context';
import { FrameworkPicker } from '../framework/FrameworkPicker';
import { createFrameworkSearch } from '../framework/framework-search';

const SLOTS = ['First framework', 'Second framework', 'Third framework (optional)'] as const;

/**
 * "Compare": two or three pickers (comboboxes with Look up's search) and
 * the comparison of what they hold. The choice lives in the popup (it is
 * remembered in extension storage there).
 */
export function ComparePanel({ ids, onChange }: { ids: string[]; onChange(ids: string[]): void }) {
  const catalog = useCatalog();
  const search = useMemo(() => createFrameworkSearch(catalog.frameworks), [catalog]);
  const entries = ids.map((id) => catalog.byId.get(id)).filter((f): f is Framework => f !== undefined);
  const unknown = ids.filter((id) => !catalog.byId.has(id));
  const chosen = entries.map((entry) => entry.id);

  const choose = (slot: number, id: string) => {
    const next = [...chosen];
    next[slot] = id;
    // Empty slots and repeats drop out, so the list stays 0–3 distinct ids.
    onChange([...new Set(next.filter(Boolean))]);
  };

  return (
    <div class="compare">
      <div class="compare-pickers">
        {SLOTS.map((label, slot) => (
          <FrameworkPicker
            key={label}
            id={`compare-${slot}`}
            label={label}
            value={chosen[slot] ?? ''}
            search={search}
            exclude={chosen.filter((_, other) => other !== slot)}
            disabled={slot > chosen.length}
            placeholder={slot < 2 ? 'Type a name…' : 'None'}
            onChange={(id) => choose(slot, id)}
          />
        ))}
      </div>
      {unknown.length > 0 && <p role="alert">Stackpeek has no entry for {unknown.join(', ')}.</p>}
      {entries.length >= 2 ? (
        <CompareView entries={entries} />
      ) : (
        <p class="empty">Choose two or three frameworks to compare them side by side.</p>
      )}
    </div>
  );
}
