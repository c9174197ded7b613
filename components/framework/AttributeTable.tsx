import type { Framework } from '../../data/catalog-schema';
import { compareAttributes } from '../../data/compare';

/**
 * The attribute comparison of two or three entries: the same rows for every
 * pair (data/compare.ts). Rows where the entries differ are marked, so the
 * eye finds them.
 */
export function AttributeTable({ entries }: { entries: Framework[] }) {
  const rows = compareAttributes(entries);
  return (
    <table class="sp-compare-table">
      <caption>Attributes side by side</caption>
      <thead>
        <tr>
          <td />
          {entries.map((entry) => (
            <th key={entry.id} scope="col">
              {entry.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} class={row.same ? 'same' : 'differs'}>
            <th scope="row">{row.label}</th>
            {row.values.map((value, index) => (
              <td key={entries[index]?.id}>{value}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
