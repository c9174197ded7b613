// @vitest-environment node
/**
 * Precision and recall of the whole pipeline (adapter, collector, matcher,
 * disambiguation at the default "balanced" sensitivity) over the labelled set:
 * the shared real pages and the hand-written hard cases. The held-out pages
 * (`heldOut: true` in the label files) were chosen and labelled before any
 * tuning and must meet the same bar on their own.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../data/load-catalog';
import { type MatchIndex, toMatchIndex } from '../../data/match-index';
import { scanHtml } from '../tools/scan-page';

interface LabelledPage {
  file: string;
  url: string;
  heldOut: boolean;
  mentions: [id: string, text: string, count: number][];
}

const FIXTURES = new URL('../fixtures/', import.meta.url);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, FIXTURES), 'utf8')) as T;
const real = readJson<{ covers: string[]; pages: LabelledPage[] }>('labels/pages.json');
const hard = readJson<{ pages: LabelledPage[] }>('labels/hard-cases.json');
const PAGES = [...real.pages, ...hard.pages];

interface Score {
  truePositives: number;
  predicted: number;
  expected: number;
  misses: string[];
}

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * Labels cover the ids in `covers`; ids the catalog gains later are left out
 * of the score until labelled, and labels for ids not (yet) in the catalog too.
 */
function scorePage(page: LabelledPage, index: MatchIndex, known: Set<string>): Score {
  const counted = (id: string) => known.has(id) && real.covers.includes(id);
  const html = readFileSync(new URL(page.file, FIXTURES), 'utf8');
  const rows = scanHtml(html, page.url, { index }).filter((row) => counted(row.id));
  const predicted = countBy(rows.map((row) => `${row.id} "${row.text}"`));
  const expected = new Map(
    page.mentions
      .filter(([id]) => counted(id))
      .map(([id, text, count]): [string, number] => [`${id} "${text}"`, count]),
  );
  const score: Score = { truePositives: 0, predicted: rows.length, expected: 0, misses: [] };
  for (const [key, count] of expected) {
    score.expected += count;
    const found = predicted.get(key) ?? 0;
    score.truePositives += Math.min(found, count);
    if (found < count) score.misses.push(`${page.file}: missed ${count - found}× ${key}`);
  }
  for (const [key, found] of predicted) {
    const extra = found - (expected.get(key) ?? 0);
    if (extra > 0) score.misses.push(`${page.file}: ${extra}× false ${key}`);
  }
  return score;
}

function total(scores: Score[]) {
  const sum = (pick: (score: Score) => number) => scores.reduce((acc, score) => acc + pick(score), 0);
  const truePositives = sum((score) => score.truePositives);
  const predicted = sum((score) => score.predicted);
  const expected = sum((score) => score.expected);
  return {
    precision: predicted === 0 ? 1 : truePositives / predicted,
    recall: expected === 0 ? 1 : truePositives / expected,
    truePositives,
    predicted,
    expected,
    misses: scores.flatMap((score) => score.misses),
  };
}

describe('accuracy over the labelled set', () => {
  const scores = new Map<LabelledPage, Score>();

  beforeAll(() => {
    const { frameworks } = loadCatalog();
    const index = toMatchIndex(frameworks);
    const known = new Set(index.map((entry) => entry.id));
    for (const page of PAGES) scores.set(page, scorePage(page, index, known));
  }, 120_000);

  for (const [name, pick] of [
    ['all pages', () => true],
    ['held-out pages', (page: LabelledPage) => page.heldOut],
  ] as const) {
    it(`${name}: precision ≥ 0.98 and recall ≥ 0.95`, () => {
      const result = total(PAGES.filter(pick).map((page) => scores.get(page) as Score));
      console.log(
        `${name}: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} ` +
          `(${result.truePositives} right of ${result.predicted} found, ${result.expected} expected)\n` +
          result.misses.map((miss) => `  ${miss}`).join('\n'),
      );
      expect(result.expected).toBeGreaterThan(0);
      expect(result.precision).toBeGreaterThanOrEqual(0.98);
      expect(result.recall).toBeGreaterThanOrEqual(0.95);
    });
  }
});
