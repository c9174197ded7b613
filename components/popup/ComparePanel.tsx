import type { Framework } from '../../data/catalog-schema';
import { CompareView } from '../framework/CompareView';
import { useCatalog } from '../framework/catalog-context';

const SLOTS = ['First framework', 'Second framework', 'Third framework (optional)'] as const;

/**
 * "Compare": two or three pickers and the comparison of what they hold. The
 * choice lives in the popup (it is remembered in extension storage there).
 */
export function ComparePanel({ ids, onChange }: { ids: string[]; onChange(ids: string[]): void }) {
  const catalog = useCatalog();
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
          <div class="field" key={label}>
            <label for={`compare-${slot}`} class="field-label">
              {label}
            </label>
            <select
              id={`compare-${slot}`}
              value={chosen[slot] ?? ''}
              disabled={slot > chosen.length}
              onChange={(event) => choose(slot, event.currentTarget.value)}
            >
              <option value="">{slot < 2 ? 'Choose…' : 'None'}</option>
              {catalog.frameworks.map((framework) => (
                <option key={framework.id} value={framework.id}>
                  {framework.name}
                </option>
              ))}
            </select>
          </div>
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
