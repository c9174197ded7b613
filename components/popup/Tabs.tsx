import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface TabSpec<Id extends string> {
  id: Id;
  label: string;
  /** Rendered on first visit and then kept (hidden), so a panel keeps its state. */
  render(): ComponentChildren;
}

/**
 * Tabs after the WAI-ARIA Authoring Practices tabs pattern: one tab stop,
 * arrow keys (and Home/End) move and select, panels are labelled by their tab.
 * https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
export function Tabs<Id extends string>({
  tabs,
  selected,
  onSelect,
  label,
}: {
  tabs: TabSpec<Id>[];
  selected: Id;
  onSelect(id: Id): void;
  label: string;
}) {
  const [visited, setVisited] = useState<Set<Id>>(() => new Set([selected]));
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  if (!visited.has(selected)) setVisited(new Set([...visited, selected]));

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const wrapped = next > last ? 0 : next < 0 ? last : next;
    const tab = tabs[wrapped];
    if (!tab) return;
    onSelect(tab.id);
    buttons.current[wrapped]?.focus();
  };

  return (
    <div class="tabs">
      <div role="tablist" aria-label={label} class="tablist">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-controls={`panel-${tab.id}`}
            aria-selected={tab.id === selected}
            tabIndex={tab.id === selected ? 0 : -1}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) =>
        visited.has(tab.id) ? (
          <div
            key={tab.id}
            role="tabpanel"
            id={`panel-${tab.id}`}
            aria-labelledby={`tab-${tab.id}`}
            class="tabpanel"
            hidden={tab.id !== selected}
          >
            {tab.render()}
          </div>
        ) : null,
      )}
    </div>
  );
}
