/**
 * `npm run scan -- <file.html> --url <page url> [--json] [--sensitivity strict|balanced|eager] [--all]`
 *
 * Prints every mention Stackpeek finds in a saved page: framework id, name,
 * matched text, ~60 characters of context, confidence and area. `--all` also
 * prints candidates below the threshold, for labelling and tuning.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem } from '../../data/catalog-checks';
import { loadCatalog } from '../../data/load-catalog';
import { toMatchIndex } from '../../data/match-index';
import type { Sensitivity } from '../../entrypoints/stackpeek.content/mention';
import { scanHtml } from './scan-page';

const USAGE =
  'usage: npm run scan -- <file.html> --url <page url> [--json] [--sensitivity strict|balanced|eager] [--all]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    json: { type: 'boolean', default: false },
    sensitivity: { type: 'string', default: 'balanced' },
    all: { type: 'boolean', default: false },
  },
});
const file = positionals[0];
const sensitivity = values.sensitivity as Sensitivity;
if (!file || !values.url || !['strict', 'balanced', 'eager'].includes(sensitivity)) {
  console.error(USAGE);
  process.exit(2);
}

const catalog = loadCatalog();
for (const problem of catalog.problems) console.error(`catalog: ${formatProblem(problem)}`);
const rows = scanHtml(readFileSync(file, 'utf8'), values.url, {
  sensitivity,
  index: toMatchIndex(catalog.frameworks),
  all: values.all,
});

if (values.json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  for (const row of rows) {
    const confidence = row.confidence.toFixed(2);
    console.log(`${confidence}  ${row.area.padEnd(7)}  ${row.id} (${row.name})  "${row.text}"  …${row.context}…`);
  }
  console.log(`${rows.length} mention(s)`);
}
