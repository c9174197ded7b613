/**
 * Precision and recall on labelled pages, by counts: on each page, each
 * [framework, text] the scanner marks is compared with the expected count.
 * Also page-level: the set of frameworks marked on a page against the set expected.
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
  /** "missed 2× flask \"Flask\"", "1× false play \"Play\"" with context. */
  errors: string[];
  frameworksRight: boolean;
  frameworksExtra: string[];
  frameworksMissed: string[];
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
  const predicted = countBy(rows.map((row) => `${row.id} "${row.text}"`));
  const expected = new Map(
    page.mentions
      .filter(([id]) => counted(id))
      .map(([id, text, count]): [string, number] => [`${id} "${text}"`, count]),
  );
  const score: PageScore = {
    page,
    truePositives: 0,
    predicted: rows.length,
    expected: 0,
    errors: [],
    frameworksRight: true,
    frameworksExtra: [],
    frameworksMissed: [],
  };
  for (const [key, count] of expected) {
    score.expected += count;
    const found = predicted.get(key) ?? 0;
    score.truePositives += Math.min(found, count);
    if (found < count) score.errors.push(`${page.file}: missed ${count - found}× ${key}`);
  }
  for (const [key, found] of predicted) {
    const extra = found - (expected.get(key) ?? 0);
    if (extra <= 0) continue;
    const contexts = rows.filter((row) => `${row.id} "${row.text}"` === key).map((row) => `…${row.context}…`);
    score.errors.push(`${page.file}: ${extra}× false ${key}  ${contexts.slice(0, 2).join(' | ')}`);
  }
  const wanted = new Set([...expected].filter(([, count]) => count > 0).map(([key]) => key.split(' ')[0] ?? ''));
  const got = new Set(rows.map((row) => row.id));
  score.frameworksExtra = [...got].filter((id) => !wanted.has(id));
  score.frameworksMissed = [...wanted].filter((id) => !got.has(id));
  score.frameworksRight = score.frameworksExtra.length === 0 && score.frameworksMissed.length === 0;
  return score;
}

export function totals(scores: PageScore[]) {
  const sum = (pick: (score: PageScore) => number) => scores.reduce((acc, score) => acc + pick(score), 0);
  const truePositives = sum((s) => s.truePositives);
  const predicted = sum((s) => s.predicted);
  const expected = sum((s) => s.expected);
  // Page level: the frameworks marked on each page against those expected there.
  const pagesRight = scores.filter((s) => s.frameworksRight).length;
  const frameworksExtra = sum((s) => s.frameworksExtra.length);
  const frameworksMissed = sum((s) => s.frameworksMissed.length);
  const frameworksExpected = sum((s) => new Set(s.page.mentions.filter(([, , n]) => n > 0).map(([id]) => id)).size);
  const frameworksRight = frameworksExpected - frameworksMissed;
  return {
    pagePrecision: frameworksRight + frameworksExtra === 0 ? 1 : frameworksRight / (frameworksRight + frameworksExtra),
    pageRecall: frameworksExpected === 0 ? 1 : frameworksRight / frameworksExpected,
    precision: predicted === 0 ? 1 : truePositives / predicted,
    recall: expected === 0 ? 1 : truePositives / expected,
    truePositives,
    predicted,
    expected,
    pages: scores.length,
    pagesRight,
    errors: scores.flatMap((s) => s.errors),
  };
}
