import { useMemo, useState } from 'preact/hooks';
import type { Framework } from '../../data/catalog-schema';
import { useCatalog } from './catalog-context';
import type { FrameworkSearch } from './framework-search';
import { ResultOption } from './ResultOption';
import { useOptionKeys } from './use-option-keys';

/** Options shown under the box: enough to choose from, short enough to read. */
const SHOWN = 8;

export interface FrameworkPickerProps {
  id: string;
  label: string;
  /** The chosen entry's id, or "". */
  value: string;
  search: FrameworkSearch;
  /** Ids that may not be chosen here (already in another slot). */
  exclude?: readonly string[];
  disabled?: boolean;
  placeholder?: string;
  onChange(id: string): void;
}

/**
 * Picks one catalog entry: an ARIA combobox over the same search as Look up.
 * The box shows the chosen name; typing lists the best matches, arrows move,
 * Enter or a click chooses, Esc puts the chosen name back. Emptying the box
 * clears the choice.
 */
export function FrameworkPicker({
  id,
  label,
  value,
  search,
  exclude = [],
  disabled,
  placeholder,
  onChange,
}: FrameworkPickerProps) {
  const catalog = useCatalog();
  const chosen = catalog.byId.get(value);
  const [text, setText] = useState<string | null>(null);
  const open = text !== null;
  const options = useMemo(
    () =>
      open
        ? search
            .search(text, SHOWN + exclude.length)
            .filter((f) => !exclude.includes(f.id))
            .slice(0, SHOWN)
        : [],
    [search, text, exclude.join()],
  );
  const optionId = (framework: Framework) => `${id}-option-${framework.id}`;
  const { activeOption, setActive, onKey } = useOptionKeys(options, optionId);
  const listId = `${id}-options`;

  const choose = (framework: Framework) => {
    setText(null);
    onChange(framework.id);
  };

  return (
    <div class="field picker">
      <label for={id} class="field-label">
        {label}
      </label>
      <input
        id={id}
        type="text"
        // biome-ignore lint/a11y/noRedundantRoles: an ARIA 1.2 combobox; Preact's types want `list` with it
        role="combobox"
        list={undefined}
        aria-autocomplete="list"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && activeOption ? optionId(activeOption) : undefined}
        autocomplete="off"
        spellcheck={false}
        disabled={disabled}
        placeholder={placeholder}
        value={text ?? chosen?.name ?? ''}
        onInput={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          setActive(0);
          if (!next.trim() && value) onChange('');
        }}
        onFocus={(event) => event.currentTarget.select()}
        onBlur={() => setText(null)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.preventDefault();
            event.stopPropagation();
            setText(null);
            return;
          }
          if (!open && event.key === 'ArrowDown') {
            setText('');
            return;
          }
          if (open) onKey(event, choose);
        }}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={`${label}: matches`}
        class="picker-options"
        hidden={!open || options.length === 0}
      >
        {options.map((framework) => (
          <ResultOption
            key={framework.id}
            id={optionId(framework)}
            framework={framework}
            active={framework === activeOption}
            compact
            onChoose={() => choose(framework)}
          />
        ))}
      </div>
    </div>
  );
}
