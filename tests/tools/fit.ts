/**
 * `npm run fit`: fits the mention scorer (entrypoints/stackpeek.content/scorer.ts)
 * on the corpus's train split and the labelled pages that are not held out, and
 * writes the weights to data/scorer-weights.json. The dev split and the held-out
 * pages are never read here: they are what `npm run accuracy` reports.
 */
import { writeFileSync } from 'node:fs';
import { loadCatalog } from '../../data/load-catalog';
import { toMatchIndex } from '../../data/match-index';
import { FEATURES } from '../../entrypoints/stackpeek.content/mention-features';
import { labelledSets } from './accuracy/labelled-pages';
import { DEFAULT_FIT, fitLogistic, predict } from './fit/logistic';
import { corpusExamples, labelledExamples } from './fit/training-data';

const WEIGHTS_FILE = new URL('../../data/scorer-weights.json', import.meta.url);
const round = (value: number) => Math.round(value * 1000) / 1000;

const index = toMatchIndex(loadCatalog().frameworks);
const fromCorpus = corpusExamples(index);
const fromPages = labelledExamples(labelledSets(), index);
const examples = [...fromCorpus, ...fromPages];
const model = fitLogistic(examples, FEATURES.length, DEFAULT_FIT);

let right = 0;
let logLoss = 0;
for (const example of examples) {
  const p = predict(model, example);
  if (p >= 0.5 === (example.label === 1)) right++;
  logLoss -= Math.log(example.label === 1 ? Math.max(p, 1e-12) : Math.max(1 - p, 1e-12));
}

const weights = Object.fromEntries(FEATURES.map((name, i) => [name, round(model.weights[i] ?? 0)]));
const aliasPriors = Object.fromEntries(
  [...model.priors].filter(([, prior]) => Math.abs(prior) >= 0.05).map(([key, prior]) => [key, round(prior)]),
);
writeFileSync(
  WEIGHTS_FILE,
  `${JSON.stringify(
    {
      about:
        'Written by `npm run fit` (tests/tools/fit.ts): logistic-regression weights of the mention scorer (entrypoints/stackpeek.content/scorer.ts). Do not edit by hand.',
      fittedOn: {
        corpusTrainCandidates: fromCorpus.length,
        labelledPageCandidates: fromPages.length,
        positives: examples.filter((example) => example.label === 1).length,
        options: DEFAULT_FIT,
        trainingAccuracy: round(right / Math.max(1, examples.length)),
        trainingLogLoss: round(logLoss / Math.max(1, examples.length)),
      },
      bias: round(model.bias),
      weights,
      aliasPriors,
    },
    null,
    2,
  )}\n`,
);
console.log(`${examples.length} examples (${fromCorpus.length} corpus, ${fromPages.length} pages)`);
console.log(
  `training accuracy ${(right / examples.length).toFixed(3)}, log loss ${(logLoss / examples.length).toFixed(3)}`,
);
for (const [name, weight] of Object.entries(weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))) {
  console.log(`  ${name.padEnd(24)} ${weight >= 0 ? ' ' : ''}${weight.toFixed(3)}`);
}
console.log(`bias ${model.bias.toFixed(3)}; ${Object.keys(aliasPriors).length} word priors`);
