/**
 * `npm run accuracy [-- --split dev|train] [--sensitivity balanced] [--verbose]`
 *
 * Precision and recall of the whole pipeline (adapter, collector, matcher,
 * fitted scorer) on:
 * - the StackOverflowNER dev split (human-annotated Stack Overflow text nobody
 *   here wrote; the scorer is fitted on the train split), per framework, per
 *   error class, with every false mark and miss and its context;
 * - the team's own real pages that were held out of fitting, per page kind;
 * - the 30 shared real pages and the hard cases, by mention and by page.
 */
import { parseArgs } from 'node:util';
import { loadCatalog } from '../../data/load-catalog';
import { toMatchIndex } from '../../data/match-index';
import type { Sensitivity } from '../../entrypoints/stackpeek.content/mention';
import { corpusPages, type Split, scoreCorpus } from './accuracy/corpus-eval';
import { scorePage, totals } from './accuracy/labelled-eval';
import { labelledSets } from './accuracy/labelled-pages';
import { falsePositives, formatTally, groupBy, misses, tally } from './accuracy/summarize';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    sensitivity: { type: 'string', default: 'balanced' },
    verbose: { type: 'boolean', default: false },
  },
});
const split = values.split as Split;
const sensitivity = values.sensitivity as Sensitivity;
const index = toMatchIndex(loadCatalog().frameworks);
const pct = (value: number) => value.toFixed(3);

const items = scoreCorpus(corpusPages(split), index, sensitivity);
console.log(`\n== StackOverflowNER ${split} split (${sensitivity})`);
console.log(formatTally('all', tally(items)));
console.log('\nBy error class (a place may be in several):');
for (const [name, t] of [...groupBy(items, (item) => item.classes)].sort()) console.log(`  ${formatTally(name, t)}`);
console.log('\nBy framework (most places first):');
const byFramework = [...groupBy(items, (item) => [item.frameworkId])].sort(
  (a, b) => b[1].expected + b[1].predicted - (a[1].expected + a[1].predicted),
);
for (const [id, t] of values.verbose ? byFramework : byFramework.slice(0, 25)) console.log(`  ${formatTally(id, t)}`);
console.log('\nFalse marks:');
for (const item of falsePositives(items))
  console.log(`  ${item.frameworkId} ${item.confidence.toFixed(2)}  …${item.context}…`);
console.log('\nMisses:');
for (const item of misses(items)) console.log(`  ${item.frameworkId} ${item.confidence.toFixed(2)}  …${item.context}…`);

for (const set of labelledSets()) {
  const scores = set.pages.map((page) => scorePage(page, set, index, sensitivity));
  const groups: [string, typeof scores][] = [
    ['all pages', scores],
    ['held-out pages', scores.filter((score) => score.page.heldOut)],
  ];
  for (const kind of new Set(scores.map((score) => score.page.kind))) {
    groups.push([`${kind} (held out)`, scores.filter((score) => score.page.kind === kind && score.page.heldOut)]);
  }
  console.log(`\n== ${set.name} (${set.pages.length} pages)`);
  for (const [name, group] of groups) {
    if (group.length === 0) continue;
    const t = totals(group);
    console.log(
      `  ${name.padEnd(28)} P ${pct(t.precision)}  R ${pct(t.recall)}  (${t.truePositives} right of ${t.predicted} marked, ${t.expected} expected); page level P ${pct(t.pagePrecision)} R ${pct(t.pageRecall)}`,
    );
  }
  for (const error of totals(scores).errors) console.log(`    ${error}`);
}
