/**
 * `npm run density`: how many marks each mark density paints on the 30
 * shared pages (tests/fixtures/pages), with the content script's own scan
 * and mark painter in jsdom. The default density was picked from this table.
 *
 *   npm run density            a table, one page a line, and the totals
 *   npm run density -- --json  the same as JSON
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { MarkDensity } from '../../data/settings-model';
import { MarkPainter, type MarkSink } from '../../entrypoints/stackpeek.content/mark-painter';
import type { Mention } from '../../entrypoints/stackpeek.content/mention';
import { adapterFor } from '../../entrypoints/stackpeek.content/sites';
import { scanDocument } from './scan-page';

const DENSITIES: MarkDensity[] = ['every', 'first-per-post', 'first-on-page'];
const PAGES = resolve(import.meta.dirname, '../fixtures/pages');

/** The mentions the content script's mark painter paints at this density (no page mutes). */
export function paintedMentions(mentions: Mention[], density: MarkDensity, rootSelector: string): Mention[] {
  const painted = new Set<Mention>();
  const sink: MarkSink = {
    add: (added) => {
      for (const mention of added) painted.add(mention);
    },
    remove: (removed) => {
      for (const mention of removed) painted.delete(mention);
    },
    setActive: () => undefined,
    clear: () => painted.clear(),
    dispose: () => painted.clear(),
  };
  new MarkPainter(
    sink,
    () => false,
    rootSelector,
    () => density,
  ).add(mentions);
  return [...painted];
}

export function markedCount(mentions: Mention[], density: MarkDensity, rootSelector: string): number {
  return paintedMentions(mentions, density, rootSelector).length;
}

export interface DensityRow {
  page: string;
  frameworks: number;
  marks: Record<MarkDensity, number>;
}

export function measureDensity(): DensityRow[] {
  const urls: Record<string, string> = JSON.parse(readFileSync(resolve(PAGES, 'urls.json'), 'utf8'));
  return Object.entries(urls).map(([page, url]) => {
    const { dom, mentions } = scanDocument(readFileSync(resolve(PAGES, page), 'utf8'), url);
    const root = adapterFor(new URL(url)).rootSelector;
    const marks = Object.fromEntries(DENSITIES.map((d) => [d, markedCount(mentions, d, root)])) as DensityRow['marks'];
    dom.window.close();
    return { page, frameworks: new Set(mentions.map((m) => m.frameworkId)).size, marks };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
  const rows = measureDensity();
  if (values.json) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    const pad = (text: string | number, width: number) => String(text).padStart(width);
    console.log(`${'page'.padEnd(56)} ${pad('fw', 3)} ${pad('every', 6)} ${pad('post', 6)} ${pad('page', 6)}`);
    for (const row of rows)
      console.log(
        `${row.page.padEnd(56)} ${pad(row.frameworks, 3)} ${DENSITIES.map((d) => pad(row.marks[d], 6)).join(' ')}`,
      );
    for (const d of DENSITIES) {
      const counts = rows.map((row) => row.marks[d]).sort((a, b) => a - b);
      const total = counts.reduce((sum, n) => sum + n, 0);
      console.log(
        `${d}: ${total} marks in all, median ${counts[Math.floor(counts.length / 2)]} a page, most ${counts[counts.length - 1]}`,
      );
    }
  }
}
