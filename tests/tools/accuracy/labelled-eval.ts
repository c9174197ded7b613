/**
 * Precision and recall on labelled pages, by counts: on each page, the marks of
 * each framework are compared with the expected count (however each mention
 * is spelled: `gorm.io/gorm` and `gorm` are both GORM). Also page-level: the
 * set of frameworks marked on a page against the set expected.
 */
import type { MatchIndex } from '../../../data/match-index';
import type { Sensitivity } from '../../../entrypoints/stackpeek.content/mention';
import { scanHtml } from '../scan-page';
import { type LabelledPage, type LabelledSet, pageHtml } from './labelled-pages';

export interface PageScore {
  page: LabelledPage;
  truePositives: number;
  predicted: number;
  expected: number;
  /** "missed 2× flask (labelled 2× \"Flask\")", "1× false play \"Play\" …context…". */
  errors: string[];
  /** Frameworks expected on the page, marked on it, and both. */
  frameworksExpected: number;
  frameworksMarked: number;
  frameworksRight: number;
}

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

export function scorePage(
  page: LabelledPage,
  set: LabelledSet,
  index: MatchIndex,
  sensitivity: Sensitivity = 'balanced',
): PageScore {
  const known = new Set(index.map((entry) => entry.id));
  const counted = (id: string) => known.has(id) && (!set.covers || set.covers.has(id));
  const rows = scanHtml(pageHtml(page), page.url, { index, sensitivity }).filter((row) => counted(row.id));
  const predicted = countBy(rows.map((row) => row.id));
  const expected = new Map<string, number>();
  for (const [id, , count] of page.mentions) if (counted(id)) expected.set(id, (expected.get(id) ?? 0) + count);
  const spellings = (id: string) =>
    page.mentions
      .filter(([other]) => other === id)
      .map(([, text, count]) => `${count}× "${text}"`)
      .join(', ');
  const score: PageScore = {
    page,
    truePositives: 0,
    predicted: rows.length,
    expected: 0,
    errors: [],
    frameworksExpected: 0,
    frameworksMarked: predicted.size,
    frameworksRight: 0,
  };
  for (const [id, count] of expected) {
    score.expected += count;
    const found = predicted.get(id) ?? 0;
    score.truePositives += Math.min(found, count);
    if (count > 0) score.frameworksExpected++;
    if (count > 0 && found > 0) score.frameworksRight++;
    if (found < count) score.errors.push(`${page.file}: missed ${count - found}× ${id} (labelled ${spellings(id)})`);
  }
  for (const [id, found] of predicted) {
    const extra = found - (expected.get(id) ?? 0);
    if (extra <= 0) continue;
    const contexts = rows.filter((row) => row.id === id).map((row) => `"${row.text}" …${row.context}…`);
    score.errors.push(`${page.file}: ${extra}× false ${id}  ${contexts.slice(0, 2).join(' | ')}`);
  }
  return score;
}

export function totals(scores: PageScore[]) {
  const sum = (pick: (score: PageScore) => number) => scores.reduce((acc, score) => acc + pick(score), 0);
  const truePositives = sum((s) => s.truePositives);
  const predicted = sum((s) => s.predicted);
  const expected = sum((s) => s.expected);
  // Page level: the frameworks marked on each page against those expected there.
  const right = sum((s) => s.frameworksRight);
  const marked = sum((s) => s.frameworksMarked);
  const wanted = sum((s) => s.frameworksExpected);
  return {
    pagePrecision: marked === 0 ? 1 : right / marked,
    pageRecall: wanted === 0 ? 1 : right / wanted,
    precision: predicted === 0 ? 1 : truePositives / predicted,
    recall: expected === 0 ? 1 : truePositives / expected,
    truePositives,
    predicted,
    expected,
    pages: scores.length,
    errors: scores.flatMap((s) => s.errors),
  };
}
