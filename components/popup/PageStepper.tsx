import { useState } from 'preact/hooks';

/**
 * Steps through one framework's mentions on the page, opening the card on
 * each in turn; the popup stays open, and says where it is ("2 of 5").
 */
export function PageStepper({
  name,
  count,
  reveal,
}: {
  name: string;
  count: number;
  reveal(index: number): Promise<boolean>;
}) {
  const [at, setAt] = useState<number | null>(null);
  if (count < 2) return null;
  const go = async (step: 1 | -1) => {
    const next = at === null ? (step === 1 ? 0 : count - 1) : (at + step + count) % count;
    if (await reveal(next)) setAt(next);
  };
  return (
    <span class="stepper">
      <button type="button" aria-label={`Previous mention of ${name}`} onClick={() => void go(-1)}>
        ‹
      </button>
      <span class="stepper-at" aria-live="polite">
        {at === null ? '' : `${at + 1} of ${count}`}
      </span>
      <button type="button" aria-label={`Next mention of ${name}`} onClick={() => void go(1)}>
        ›
      </button>
    </span>
  );
}
