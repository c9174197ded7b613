import type { Framework } from '../../data/catalog-schema';
import { curatedFor, statSeries } from '../../data/compare';
import { AttributeTable } from './AttributeTable';
import { CuratedComparison } from './CuratedComparison';
import { useCatalog } from './catalog-context';
import { ProsCons } from './ProsCons';
import { StatsChart } from './StatsChart';

/**
 * Two or three entries side by side: curated comparisons where the editors
 * wrote one, the attribute table for any pair, a chart of the figures, and
 * each entry's pros and cons.
 */
export function CompareView({ entries }: { entries: Framework[] }) {
  const catalog = useCatalog();
  const curated = curatedFor(
    catalog.comparisons,
    entries.map((entry) => entry.id),
  );
  const series = statSeries(entries);
  return (
    <div class="sp-compare-view">
      <h2 class="panel-heading">{entries.map((entry) => entry.name).join(' vs ')}</h2>
      {curated.map((comparison) => (
        <CuratedComparison key={comparison.ids.join('--')} comparison={comparison} catalog={catalog} />
      ))}
      <AttributeTable entries={entries} />
      {series.length > 0 && (
        <section aria-labelledby="compare-numbers">
          <h3 id="compare-numbers">Numbers</h3>
          <StatsChart series={series} />
          <p class="sp-source">Sources and dates are in the table above.</p>
        </section>
      )}
      <div class="sp-compare-opinions">
        {entries.map((entry) => (
          <section key={entry.id} aria-labelledby={`opinions-${entry.id}`}>
            <h3 id={`opinions-${entry.id}`}>{entry.name}</h3>
            <p class="sp-summary">{entry.summary}</p>
            <ProsCons framework={entry} limit={5} named />
          </section>
        ))}
      </div>
    </div>
  );
}
