/** Plain-text tables for the bench's report. */

type Cell = string | number;

export function table(title: string, headers: string[], rows: Cell[][]): string {
  const text = [headers, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = headers.map((_, column) => Math.max(...text.map((row) => row[column]?.length ?? 0)));
  // Figures right-aligned, words left-aligned.
  const numeric = (cell: string) => /^[-+\d.,×/ ]*\d[-+\d.,×/ ]*$/.test(cell);
  const line = (row: string[]) =>
    row
      .map((cell, column) => (numeric(cell) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [
    `\n${title}`,
    line(text[0] ?? []),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...text.slice(1).map(line),
  ].join('\n');
}
