/**
 * `npm run catalog`: validates the catalog and prints counts by kind and language.
 * `npm run catalog -- --refresh [--snapshot DIR] [--offline] [--dry-run]`: updates the
 * registry figures (see registry/refresh.ts) and prints what changed.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../../data/catalog-checks';
import { DATA_DIR, loadCatalog } from '../../data/load-catalog';
import { npmView } from './registry/npm-view';
import { refreshCatalog } from './registry/refresh-catalog';

const { values } = parseArgs({
  options: {
    refresh: { type: 'boolean', default: false },
    snapshot: { type: 'string', default: process.env.STACKPEEK_REGISTRY_LISTS ?? '/usr/share/package-lists' },
    offline: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
  },
});

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
  console.log('No problems.');
}
