import { useState } from 'preact/hooks';
import type { Framework } from '../../data/catalog-schema';
import { buildCompareTable, type Cell } from '../../data/compare-table';
import { useCatalog } from './catalog-context';

function CellContent({ cell }: { cell: Cell }) {
  if (typeof cell === 'string') return <div class="sp-cell">{cell}</div>;
  return (
    <ul class="sp-cell">
      {cell.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** Cells longer than this are cut to a few lines until their row is opened. */
const LONG_CELL = 140;
const cellLength = (cell: Cell) => (typeof cell === 'string' ? cell.length : cell.join(' ').length + cell.length * 20);

/**
 * Two or three entries in one table: a column per entry under sticky
 * headers, each row's label on its own line above its values (the columns
 * keep the popup's whole width), the curated differences first with their
 * corrections as footnotes, then the attributes and the pros and cons.
 * Rows where every entry agrees are folded away until asked for, and long
 * curated texts show their first lines until their row is opened.
 */
export function CompareView({ entries }: { entries: Framework[] }) {
  const catalog = useCatalog();
  const [showSame, setShowSame] = useState(false);
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setOpened((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
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
        {table.sections.map((section, sectionIndex) => {
          const rows = section.rows.filter((row) => showSame || !row.same);
          if (rows.length === 0) return null;
          const rowId = (index: number) => `compare-row-${sectionIndex}-${index}`;
          return [
            <tbody key={section.title} class="sp-compare-section">
              <tr>
                <th colSpan={columns} scope="rowgroup" class="sp-section-title">
                  {section.title}
                </th>
              </tr>
            </tbody>,
            ...rows.map((row, rowIndex) => {
              const long = row.cells.some((cell) => cellLength(cell) > LONG_CELL);
              const open = !long || opened.has(row.key);
              return (
                <tbody key={row.key} class={open ? 'sp-compare-row' : 'sp-compare-row clamped'}>
                  <tr>
                    <th colSpan={columns} scope="rowgroup" id={rowId(rowIndex)}>
                      {row.label}
                      {row.note !== undefined && (
                        <sup>
                          <a href={`#compare-note-${row.note}`} aria-label={`note ${row.note}`}>
                            {row.note}
                          </a>
                        </sup>
                      )}
                      {long && (
                        <button
                          type="button"
                          class="sp-link-button sp-row-toggle"
                          aria-expanded={open}
                          aria-label={`${open ? 'less' : 'more'} of “${row.label}”`}
                          onClick={() => toggle(row.key)}
                        >
                          {open ? 'less' : 'more'}
                        </button>
                      )}
                    </th>
                  </tr>
                  <tr>
                    {row.cells.map((cell, index) => (
                      <td key={entries[index]?.id} headers={`compare-col-${entries[index]?.id} ${rowId(rowIndex)}`}>
                        <CellContent cell={cell} />
                      </td>
                    ))}
                  </tr>
                </tbody>
              );
            }),
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
