import type { Framework } from '../../data/catalog-schema';
import { figureTexts } from '../../data/figures';
import { kindLabel } from './labels';

/** The figure a result line shows beside the kind: downloads, else the latest version. */
function leadFigure(framework: Framework): string | undefined {
  const figures = figureTexts(framework);
  return (figures.find((f) => f.key === 'monthlyDownloads' || f.key === 'downloadRank') ?? figures[0])?.text;
}

/**
 * One entry in a list of search results (Look up, the Compare pickers): an
 * ARIA option, chosen with the keyboard through its combobox; the click is for pointers.
 */
export function ResultOption({
  id,
  framework,
  active,
  compact,
  onChoose,
}: {
  id: string;
  framework: Framework;
  active: boolean;
  /** Name and kind only (the Compare pickers' short lists). */
  compact?: boolean;
  onChoose(): void;
}) {
  const figure = leadFigure(framework);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard handled by the combobox
    <div
      id={id}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      class={active ? 'result active' : 'result'}
      // The box keeps focus: a pointer press must not blur it before the click.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
    >
      <span class="result-name">{framework.name}</span>
      <span class="result-meta">
        {kindLabel(framework.kind)} · {framework.languages.join(', ')}
        {figure && !compact ? ` · ${figure}` : ''}
      </span>
      {!compact && <span class="result-summary">{framework.summary}</span>}
    </div>
  );
}
