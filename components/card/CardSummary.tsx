import type { Framework } from '../../data/catalog-schema';
import { type FigureText, figureTexts } from '../../data/figures';
import { concurrencyLabel, kindLabel } from '../framework/labels';

const FIGURE_LABELS: Record<FigureText['key'], string> = {
  latest: 'Latest release',
  monthlyDownloads: 'Downloads',
  downloadRank: 'Downloads',
  firstRelease: 'First released',
  license: 'Licence',
};

/** The card's row of key figures, in this order; an entry may have all, some or none. */
const ROW: FigureText['key'][] = ['latest', 'monthlyDownloads', 'downloadRank', 'license', 'firstRelease'];

/** Name aside, the card's first view: kind · languages, one sentence, key figures, concurrency in a line. */
export function CardSummary({ framework }: { framework: Framework }) {
  const figures = figureTexts(framework).sort((a, b) => ROW.indexOf(a.key) - ROW.indexOf(b.key));
  return (
    <>
      <p class="sp-kind">
        {kindLabel(framework.kind)} · {framework.languages.join(', ')}
      </p>
      <p class="sp-summary">{framework.summary}</p>
      {figures.length > 0 && (
        <ul class="sp-figures" aria-label="Key figures">
          {figures.map((figure) => (
            <li key={figure.key} title={`${FIGURE_LABELS[figure.key]}, from ${figure.source}`}>
              <span class="sp-visually-hidden">{FIGURE_LABELS[figure.key]}: </span>
              {figure.key === 'firstRelease' ? `since ${figure.text}` : figure.text}
            </li>
          ))}
        </ul>
      )}
      <p class="sp-concurrency">
        <strong>Concurrency:</strong> {concurrencyLabel(framework)}
      </p>
    </>
  );
}
