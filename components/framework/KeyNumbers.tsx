import type { Framework } from '../../data/catalog-schema';
import { figureTexts } from '../../data/figures';
import { formatCount, metricLabel } from './labels';

/** The entry's figures, each with where and when it was measured. */
export function KeyNumbers({ framework }: { framework: Framework }) {
  const figures = figureTexts(framework);
  if (framework.stats.length === 0 && figures.length === 0) return null;
  return (
    <dl class="sp-numbers">
      {figures.map((figure) => (
        <div key={figure.key}>
          <dt>{figure.label}</dt>
          <dd>
            {figure.text} <small title={figure.url}>({figure.source})</small>
          </dd>
        </div>
      ))}
      {framework.stats.map((stat) => (
        <div key={stat.metric}>
          <dt>{metricLabel(stat.metric)}</dt>
          <dd>
            <data value={String(stat.value)}>{formatCount(stat.value)}</data>{' '}
            <small title={stat.source.url}>
              ({stat.source.name}, {stat.source.date})
            </small>
          </dd>
        </div>
      ))}
    </dl>
  );
}
