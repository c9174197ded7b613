// @vitest-environment node
/**
 * Precision and recall of the whole pipeline (adapter, collector, matcher,
 * fitted scorer, at the default "balanced" sensitivity), on text the scorer
 * was not fitted on: the StackOverflowNER dev split (human-annotated real
 * Stack Overflow text) and the held-out labelled pages; plus the 30 shared
 * real pages, by page. `npm run accuracy` prints the details behind each figure.
 *
 * The floors are regression guards a little under what the pipeline measures
 * today (README, "Accuracy"), not the targets it aims for (precision 0.98 and
 * recall 0.95 everywhere, page level 1.000 on the shared pages), which it does
 * not all reach yet: a change that loses accuracy fails here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../data/load-catalog';
import { type MatchIndex, toMatchIndex } from '../../data/match-index';
import { corpusPages, scoreCorpus } from '../tools/accuracy/corpus-eval';
import { scorePage, totals } from '../tools/accuracy/labelled-eval';
import { labelledSets } from '../tools/accuracy/labelled-pages';
import { falsePositives, misses, tally } from '../tools/accuracy/summarize';

let index: MatchIndex;
beforeAll(() => {
  index = toMatchIndex(loadCatalog().frameworks);
});

describe('accuracy on text the scorer was not fitted on', () => {
  it('StackOverflowNER dev split: precision ≥ 0.95 and recall ≥ 0.97', () => {
    const items = scoreCorpus(corpusPages('dev'), index);
    const result = tally(items);
    console.log(
      `dev split: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} (${result.truePositives} of ${result.predicted} marked, ${result.expected} expected)\n` +
        [...falsePositives(items), ...misses(items)]
          .map((item) => `  ${item.frameworkId} …${item.context}…`)
          .join('\n'),
    );
    expect(result.expected).toBeGreaterThan(100);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.recall).toBeGreaterThanOrEqual(0.97);
  }, 120_000);

  /** Floors per labelled set's held-out pages: [precision, recall]. */
  const FLOORS: Record<string, [number, number]> = {
    'shared pages': [0.96, 0.98],
    'hard cases': [0.75, 0.98],
    'own pages': [0.85, 0.92],
  };
  for (const set of labelledSets()) {
    const [precisionFloor, recallFloor] = FLOORS[set.name] ?? [0.98, 0.95];
    it(`${set.name}, held-out pages: precision ≥ ${precisionFloor} and recall ≥ ${recallFloor}`, () => {
      const scores = set.pages.filter((page) => page.heldOut).map((page) => scorePage(page, set, index));
      const result = totals(scores);
      console.log(
        `${set.name} (held out): precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}\n` +
          result.errors.map((error) => `  ${error}`).join('\n'),
      );
      expect(result.expected).toBeGreaterThan(0);
      expect(result.precision).toBeGreaterThanOrEqual(precisionFloor);
      expect(result.recall).toBeGreaterThanOrEqual(recallFloor);
    }, 120_000);
  }
});

describe('the 30 shared real pages', () => {
  it('page level: the frameworks on each page found (≥ 0.96), few that are not there (≥ 0.97)', () => {
    const set = labelledSets().find((candidate) => candidate.name === 'shared pages');
    expect(set?.pages.length).toBe(30);
    const result = totals((set?.pages ?? []).map((page) => scorePage(page, set ?? { name: '', pages: [] }, index)));
    console.log(result.errors.join('\n'));
    expect(result.pagePrecision).toBeGreaterThanOrEqual(0.97);
    expect(result.pageRecall).toBeGreaterThanOrEqual(0.96);
  }, 120_000);
});
