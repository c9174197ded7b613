/**
 * One table for two or three entries: the editors' curated differences
 * (from every curated comparison among them) as rows beside the attribute
 * rows, corrections as numbered footnotes, pros and cons last. A cell is
 * text or a short list; an entry a curated pair does not cover gets "—".
 * Pure: no DOM, no browser APIs.
 */
import type { Comparison, Framework } from './catalog-schema';
import { compareAttributes, curatedFor } from './compare';

export type Cell = string | string[];

export interface TableRow {
  key: string;
  label: string;
  cells: Cell[];
  /** Footnote number of the row's correction. */
  note?: number;
  /** Every entry has the same value: a reader may skip it. */
  same: boolean;
}

export interface TableSection {
  title: string;
  rows: TableRow[];
}

export interface CompareTable {
  sections: TableSection[];
  /** Footnotes, numbered from 1 in table order. */
  notes: { number: number; text: string }[];
  /** The curated comparisons' sources: "StackShare, 2025". */
  sources: { name: string; url?: string; date: string }[];
}

const NONE = '—';
const TOP_OPINIONS = 3;

function byVotes<T extends { votes?: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0));
}

function curatedSection(comparison: Comparison, ids: string[], notes: CompareTable['notes']): TableSection {
  const cell = (values: Record<string, Cell> | undefined, id: string): Cell => values?.[id] ?? NONE;
  const rows: TableRow[] = comparison.dimensions.map((dimension, index) => {
    const row: TableRow = {
      key: `${comparison.title}:${index}`,
      label: dimension.name,
      cells: ids.map((id) => cell(dimension.values, id)),
      same: false,
    };
    if (dimension.correction) {
      row.note = notes.length + 1;
      notes.push({ number: row.note, text: `Correction: ${dimension.correction}` });
    }
    return row;
  });
  const extras: [string, Record<string, Cell> | undefined][] = [
    ['Purpose', comparison.purpose],
    ['Use cases', comparison.useCases],
    ['Features', comparison.features],
  ];
  for (const [label, values] of extras) {
    if (!values || !ids.some((id) => values[id] !== undefined)) continue;
    rows.push({ key: `${comparison.title}:${label}`, label, cells: ids.map((id) => cell(values, id)), same: false });
  }
  return { title: `${comparison.title}, curated by Stackpeek’s editors`, rows };
}

export function buildCompareTable(entries: readonly Framework[], comparisons: readonly Comparison[]): CompareTable {
  const ids = entries.map((entry) => entry.id);
  const notes: CompareTable['notes'] = [];
  const curated = curatedFor(comparisons, ids);
  const sections = curated.map((comparison) => curatedSection(comparison, ids, notes));
  sections.push({
    title: 'Attributes',
    rows: compareAttributes(entries).map((row) => ({
      key: row.key,
      label: row.label,
      cells: row.values,
      same: row.same,
    })),
  });
  sections.push({
    title: 'Pros and cons',
    rows: (['pros', 'cons'] as const).map((side) => ({
      key: side,
      label: side === 'pros' ? 'Pros' : 'Cons',
      cells: entries.map((entry) => {
        const top = byVotes(entry[side]).slice(0, TOP_OPINIONS);
        return top.length > 0 ? top.map((opinion) => opinion.text) : NONE;
      }),
      same: false,
    })),
  });
  const opinionSources = [
    ...new Set(
      entries.flatMap((entry) => [...entry.pros, ...entry.cons].map((o) => `${o.source.name}, ${o.source.date}`)),
    ),
  ];
  const opinions = sections[sections.length - 1]?.rows[0];
  if (opinions && opinionSources.length > 0) {
    opinions.note = notes.length + 1;
    notes.push({ number: opinions.note, text: `Pros and cons, most voted first, from ${opinionSources.join('; ')}.` });
  }
  const sources = curated.flatMap((comparison) => comparison.sources);
  return { sections, notes, sources };
}
