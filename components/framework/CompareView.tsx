import { useState } from 'preact/hooks';
import type { Framework } from '../../data/catalog-schema';
import { buildCompareTable, type Cell } from '../../data/compare-table';
import { useCatalog } from './catalog-context';

function CellContent({ cell }: { cell: Cell }) {
  if (typeof cell === 'string') return <>{cell}</>;
  return (
    <ul>
      {cell.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * Two or three entries in one table: a column per entry under sticky
 * headers, each row's label on its own line above its values (the columns
 * keep the popup's whole width), the curated differences first with their
 * corrections as footnotes, then the attributes and the pros and cons.
 * Rows where every entry agrees are folded away until asked for.
 */
export function CompareView({ entries }: { entries: Framework[] }) {
  const catalog = useCatalog();
  const [showSame, setShowSame] = useState(false);
  const table = buildCompareTable(entries, catalog.comparisons);
  const columns = entries.length;
  const title = entries.map((entry) => entry.name).join(' vs ');
  const sameCount = table.sections.reduce((sum, section) => sum + section.rows.filter((row) => row.same).length, 0);

  return (
    <div class="sp-compare-view">
      <h2 class="panel-heading" id="compare-title">
        {title}
      </h2>
      <table class="sp-compare-table" aria-labelledby="compare-title" data-columns={columns}>
        <thead>
          <tr>
            {entries.map((entry) => (
              <th key={entry.id} scope="col" id={`compare-col-${entry.id}`}>
                {entry.name}
              </th>
            ))}
          </tr>
        </thead>
        {table.sections.map((section) => {
          const rows = section.rows.filter((row) => showSame || !row.same);
          if (rows.length === 0) return null;
          return [
            <tbody key={section.title} class="sp-compare-section">
              <tr>
                <th colSpan={columns} scope="rowgroup" class="sp-section-title">
                  {section.title}
                </th>
              </tr>
            </tbody>,
            ...rows.map((row) => (
              <tbody key={row.key} class={row.same ? 'sp-compare-row same' : 'sp-compare-row'}>
                <tr>
                  <th colSpan={columns} scope="rowgroup" id={`compare-row-${row.key}`}>
                    {row.label}
                    {row.note !== undefined && (
                      <sup>
                        <a href={`#compare-note-${row.note}`} aria-label={`note ${row.note}`}>
                          {row.note}
                        </a>
                      </sup>
                    )}
                  </th>
                </tr>
                <tr>
                  {row.cells.map((cell, index) => (
                    <td key={entries[index]?.id} headers={`compare-col-${entries[index]?.id} compare-row-${row.key}`}>
                      <CellContent cell={cell} />
                    </td>
                  ))}
                </tr>
              </tbody>
            )),
          ];
        })}
      </table>
      {sameCount > 0 && (
        <button type="button" class="sp-link-button" aria-expanded={showSame} onClick={() => setShowSame(!showSame)}>
          {showSame ? `Hide the ${sameCount} rows where they agree` : `Show the ${sameCount} rows where they agree`}
        </button>
      )}
      {table.notes.length > 0 && (
        <ol class="sp-footnotes" aria-label="Notes">
          {table.notes.map((note) => (
            <li key={note.number} id={`compare-note-${note.number}`} value={note.number}>
              {note.text}
            </li>
          ))}
        </ol>
      )}
      {table.sources.length > 0 && (
        <p class="sp-source">
          Curated from:{' '}
          {table.sources.map((source, index) => (
            <span key={`${source.name}-${source.date}-${index}`}>
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
      )}
    </div>
  );
}
