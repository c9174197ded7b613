/**
 * Arrow keys over a list of options while focus stays in a text box (the
 * ARIA combobox pattern with aria-activedescendant), shared by Look up and
 * the Compare pickers. https://www.w3.org/WAI/ARIA/apg/patterns/combobox/
 */
import { useEffect, useState } from 'preact/hooks';

export function useOptionKeys<T>(options: readonly T[], optionId: (option: T) => string) {
  const [active, setActive] = useState(0);
  const activeOption = options.length > 0 ? options[Math.min(active, options.length - 1)] : undefined;

  // Keep the active option visible as the arrows move through a long list.
  useEffect(() => {
    if (activeOption !== undefined)
      document.getElementById(optionId(activeOption))?.scrollIntoView?.({ block: 'nearest' });
  }, [activeOption]);

  /** Handles the list keys; Enter calls `choose` with the active option. Returns whether the key was used. */
  const onKey = (event: KeyboardEvent, choose: (option: T) => void): boolean => {
    const last = options.length - 1;
    if (event.key === 'ArrowDown') setActive((i) => Math.min(Math.min(i, last) + 1, last));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(Math.min(i, last) - 1, 0));
    else if (event.key === 'Home' && event.ctrlKey) setActive(0);
    else if (event.key === 'End' && event.ctrlKey) setActive(last);
    else if (event.key === 'Enter' && activeOption !== undefined) choose(activeOption);
    else return false;
    event.preventDefault();
    return true;
  };

  return { activeOption, setActive, onKey };
}
