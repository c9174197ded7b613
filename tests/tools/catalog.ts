/** `npm run catalog`: validates the catalog and prints counts by kind and language. */
import { formatProblem } from '../../data/catalog-checks';
import { loadCatalog } from '../../data/load-catalog';

const { frameworks, comparisons, problems } = loadCatalog();

function countBy(keys: string[]): string {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, count]) => `  ${key.padEnd(22)} ${count}`)
    .join('\n');
}

console.log(`${frameworks.length} frameworks, ${comparisons.length} curated comparisons\n`);
console.log(`By kind:\n${countBy(frameworks.map((f) => f.kind))}\n`);
console.log(`By language:\n${countBy(frameworks.flatMap((f) => f.languages))}\n`);
if (problems.length > 0) {
  console.error(`${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exitCode = 1;
} else {
  console.log('No problems.');
}
