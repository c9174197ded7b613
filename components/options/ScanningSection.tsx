import { HOVER_DELAY_RANGE, MARK_DENSITIES, SENSITIVITIES, THEMES } from '../../data/settings';
import type { SectionProps } from './use-settings';

const SENSITIVITY_HINTS: Record<(typeof SENSITIVITIES)[number], string> = {
  strict: 'Only unmistakable mentions; everyday words like “flask” need strong evidence.',
  balanced: 'Marks a name when the page around it backs it up.',
  eager: 'Marks more, including likely everyday words; expect a few false marks.',
};

const DENSITY_LABELS: Record<(typeof MARK_DENSITIES)[number], { label: string; hint: string }> = {
  every: { label: 'Every mention', hint: 'Every mention found gets a mark.' },
  'first-per-post': {
    label: 'The first in each post or comment',
    hint: 'One mark per framework in each question, answer, comment, README or file.',
  },
  'first-on-page': { label: 'The first on the page', hint: 'One mark per framework on the whole page.' },
};

const THEME_LABELS: Record<(typeof THEMES)[number], string> = {
  auto: 'Auto (follow the site or system)',
  light: 'Light',
  dark: 'Dark',
};

/** How eagerly and how densely mentions are marked, how long a hover waits, and the card's theme. */
export function ScanningSection({ settings, update }: SectionProps) {
  return (
    <section aria-labelledby="scanning-heading">
      <h2 id="scanning-heading">Marks and card</h2>
      <fieldset>
        <legend>Sensitivity</legend>
        {SENSITIVITIES.map((value) => (
          <div class="radio" key={value}>
            <input
              type="radio"
              id={`sensitivity-${value}`}
              name="sensitivity"
              value={value}
              checked={settings.sensitivity === value}
              aria-describedby={`sensitivity-${value}-hint`}
              onChange={() => void update((s) => ({ ...s, sensitivity: value }))}
            />
            <label for={`sensitivity-${value}`}>{value[0]?.toUpperCase() + value.slice(1)}</label>
            <span id={`sensitivity-${value}-hint`} class="hint">
              {SENSITIVITY_HINTS[value]}
            </span>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>Mark density</legend>
        <p class="hint">The popup’s “On this page” lists every mention, whichever you choose.</p>
        {MARK_DENSITIES.map((value) => (
          <div class="radio" key={value}>
            <input
              type="radio"
              id={`density-${value}`}
              name="mark-density"
              value={value}
              checked={settings.markDensity === value}
              aria-describedby={`density-${value}-hint`}
              onChange={() => void update((s) => ({ ...s, markDensity: value }))}
            />
            <label for={`density-${value}`}>{DENSITY_LABELS[value].label}</label>
            <span id={`density-${value}-hint`} class="hint">
              {DENSITY_LABELS[value].hint}
            </span>
          </div>
        ))}
      </fieldset>
      <div class="field">
        <label for="hover-delay">Hover delay before the card opens</label>
        <div class="range-row">
          <input
            id="hover-delay"
            type="range"
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={50}
            value={settings.hoverDelayMs}
            aria-valuetext={`${settings.hoverDelayMs} milliseconds`}
            onChange={(event) => {
              const hoverDelayMs = Number(event.currentTarget.value);
              void update((s) => ({ ...s, hoverDelayMs }));
            }}
          />
          <output for="hover-delay">{settings.hoverDelayMs} ms</output>
        </div>
      </div>
      <fieldset>
        <legend>Theme</legend>
        {THEMES.map((value) => (
          <div class="radio" key={value}>
            <input
              type="radio"
              id={`theme-${value}`}
              name="theme"
              value={value}
              checked={settings.theme === value}
              onChange={() => void update((s) => ({ ...s, theme: value }))}
            />
            <label for={`theme-${value}`}>{THEME_LABELS[value]}</label>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
