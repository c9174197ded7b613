/**
 * `npm run catalog [-- --corpus FILE…]`: validates the catalog and prints counts by
 * kind and language, how many entries carry figures, the survey names it has,
 * and how many of the Library mentions in StackOverflowNER files (the dev and
 * train splits by default, or the CoNLL files named) it covers.
 * `npm run catalog -- --refresh [--snapshot DIR] [--offline] [--dry-run]`: updates the
 * registry figures (see registry/refresh.ts) and prints what changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../../data/catalog-checks';
import { DATA_DIR, loadCatalog } from '../../data/load-catalog';
import { toMatchIndex } from '../../data/match-index';
import { SURVEY_2024 } from './catalog/survey-2024';
import { libraryCoverage } from './corpus/coverage';
import { npmView } from './registry/npm-view';
import { refreshCatalog } from './registry/refresh-catalog';

const { values } = parseArgs({
  options: {
    refresh: { type: 'boolean', default: false },
    snapshot: { type: 'string', default: process.env.STACKPEEK_REGISTRY_LISTS ?? '/usr/share/package-lists' },
    offline: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    corpus: { type: 'string', multiple: true },
  },
});
const CORPUS = new URL('../fixtures/corpus/stackoverflow-ner/', import.meta.url);

const { frameworks, comparisons, problems } = loadCatalog();

function countBy(keys: string[]): string {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, count]) => `  ${key.padEnd(22)} ${count}`)
    .join('\n');
}

if (problems.length > 0) {
  console.error(`${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}

if (values.refresh) {
  const changes = await refreshCatalog(frameworks, {
    frameworksDir: join(DATA_DIR, 'frameworks'),
    listsDir: values.snapshot,
    viewNpm: values.offline ? async () => undefined : npmView,
    npmMonth: new Date().toISOString().slice(0, 7),
    write: !values['dry-run'],
  });
  for (const change of changes) console.log(`${change.id}: ${change.field}: ${change.before} → ${change.after}`);
  console.log(`${changes.length} figure(s) changed${values['dry-run'] ? ' (dry run: nothing written)' : ''}.`);
} else {
  console.log(`${frameworks.length} frameworks, ${comparisons.length} curated comparisons\n`);
  console.log(`By kind:\n${countBy(frameworks.map((f) => f.kind))}\n`);
  console.log(`By language:\n${countBy(frameworks.flatMap((f) => f.languages))}\n`);
  const share = (n: number) => `${n} (${((100 * n) / frameworks.length).toFixed(1)} %)`;
  console.log('Figures:');
  console.log(`  any sourced figure      ${share(frameworks.filter((f) => Object.keys(f.figures).length > 0).length)}`);
  console.log(`  latest version          ${share(frameworks.filter((f) => f.figures.latest).length)}`);
  console.log(
    `  downloads or rank       ${share(frameworks.filter((f) => f.figures.monthlyDownloads || f.figures.downloadRank).length)}`,
  );
  console.log(`  first release           ${share(frameworks.filter((f) => f.figures.firstRelease).length)}`);
  console.log(`  licence                 ${share(frameworks.filter((f) => f.figures.license).length)}\n`);
  const ids = new Set(frameworks.map((f) => f.id));
  const absent = Object.entries(SURVEY_2024).filter(([, id]) => !ids.has(id));
  console.log(
    `Stack Overflow Developer Survey 2024 names: ${Object.keys(SURVEY_2024).length - absent.length} of ${Object.keys(SURVEY_2024).length}` +
      (absent.length > 0 ? `; missing ${absent.map(([name]) => name).join(', ')}` : ''),
  );
  const index = toMatchIndex(frameworks);
  const files = values.corpus ?? [new URL('dev.txt', CORPUS).pathname, new URL('train.txt', CORPUS).pathname];
  for (const file of files) {
    const coverage = libraryCoverage(readFileSync(file, 'utf8'), index);
    console.log(
      `Library mentions covered in ${file.split('/').slice(-2).join('/')}: ${coverage.covered} of ${coverage.libraryMentions} (${(100 * coverage.share).toFixed(1)} %); most named unknown: ${coverage.missing.map(([name, n]) => `${name} ${n}`).join(', ')}`,
    );
  }
  console.log('\nNo problems.');
}
