import type { Framework } from '../../data/catalog-schema';
import { formatCount, metricLabel } from './labels';

/** The entry's figures, each with where and when it was measured. */
export function KeyNumbers({ framework }: { framework: Framework }) {
  if (framework.stats.length === 0 && !framework.firstRelease && !framework.license) return null;
  return (
    <dl class="sp-numbers">
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
      {framework.firstRelease && (
        <div>
          <dt>First release</dt>
          <dd>{framework.firstRelease}</dd>
        </div>
      )}
      {framework.license && (
        <div>
          <dt>License</dt>
          <dd>{framework.license}</dd>
        </div>
      )}
    </dl>
  );
}
