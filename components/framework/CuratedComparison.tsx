import type { Comparison } from '../../data/catalog-schema';
import type { Catalog } from './catalog-context';

/**
 * A curated comparison from data/comparisons: its dimensions as a table (with
 * the editors' corrections), purpose, use cases, feature lists and sources.
 */
export function CuratedComparison({ comparison, catalog }: { comparison: Comparison; catalog: Catalog }) {
  const nameOf = (id: string) => catalog.byId.get(id)?.name ?? id;
  return (
    <section class="sp-curated" aria-label={comparison.title}>
      <h3>Curated by Stackpeek’s editors</h3>
      <p>{comparison.summary}</p>
      <table class="sp-compare-table">
        <caption>Differences</caption>
        <thead>
          <tr>
            <td />
            {comparison.ids.map((id) => (
              <th key={id} scope="col">
                {nameOf(id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.dimensions.map((dimension) => (
            <tr key={dimension.name}>
              <th scope="row">
                {dimension.name}
                {dimension.correction && <p class="sp-correction">Correction: {dimension.correction}</p>}
              </th>
              {comparison.ids.map((id) => (
                <td key={id}>{dimension.values[id] ?? '—'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <PerFramework title="Purpose" ids={comparison.ids} nameOf={nameOf} items={comparison.purpose} />
      <PerFramework title="Use cases" ids={comparison.ids} nameOf={nameOf} items={comparison.useCases} />
      <PerFramework title="Features" ids={comparison.ids} nameOf={nameOf} items={comparison.features} />
      <p class="sp-source">
        Sources:{' '}
        {comparison.sources.map((source, index) => (
          <span key={`${source.name}-${source.date}`}>
            {index > 0 && '; '}
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.name}
              </a>
            ) : (
              source.name
            )}
            , {source.date}
          </span>
        ))}
      </p>
    </section>
  );
}

function PerFramework({
  title,
  ids,
  nameOf,
  items,
}: {
  title: string;
  ids: string[];
  nameOf(id: string): string;
  items: Record<string, string | string[]> | undefined;
}) {
  if (!items) return null;
  const present = ids.filter((id) => items[id] !== undefined);
  if (present.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <dl class="sp-per-framework">
        {present.map((id) => {
          const value = items[id];
          return (
            <div key={id}>
              <dt>{nameOf(id)}</dt>
              <dd>
                {Array.isArray(value) ? (
                  <ul>
                    {value.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                ) : (
                  value
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}
