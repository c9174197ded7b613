/**
 * `npm run scan -- <file.html> --url <page url> [--json] [--sensitivity strict|balanced|eager] [--all]`
 * `npm run scan -- --pairs <list> [--json] …`
 *
 * Prints every mention Stackpeek finds in a saved page: framework id, name,
 * matched text, ~60 characters of context, confidence and area. `--all` also
 * prints candidates below the threshold, for labelling and tuning.
 *
 * With one page, `--json` prints a JSON array of mentions ({id, name, text,
 * context, confidence, area}). With `--pairs`, many pages are scanned in one
 * process (the catalog is read and compiled once): the list has one
 * `file<TAB>url` (or `file url`) per line, or is a JSON array of {file, url};
 * `-` reads it from standard input. Then `--json` prints one line per page,
 * each a JSON object {file, url, mentions} (JSON Lines), in the list's order;
 * a page that cannot be read gets {file, url, error} and the rest go on.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem } from '../../data/catalog-checks';
import { loadCatalog } from '../../data/load-catalog';
import { toMatchIndex } from '../../data/match-index';
import type { Sensitivity } from '../../entrypoints/stackpeek.content/mention';
import { type ScanRow, scanHtml } from './scan-page';

const USAGE = `usage: npm run scan -- <file.html> --url <page url> [--json] [--sensitivity strict|balanced|eager] [--all]
       npm run scan -- --pairs <list.tsv|list.json|-> [--json] [--sensitivity …] [--all]`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    pairs: { type: 'string' },
    json: { type: 'boolean', default: false },
    sensitivity: { type: 'string', default: 'balanced' },
    all: { type: 'boolean', default: false },
  },
});
const sensitivity = values.sensitivity as Sensitivity;

interface Pair {
  file: string;
  url: string;
}

function readPairs(source: string): Pair[] {
  const text = readFileSync(source === '-' ? 0 : source, 'utf8');
  if (text.trimStart().startsWith('[')) return JSON.parse(text) as Pair[];
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [file = '', url = ''] = line.split(/\t|\s+/);
      return { file, url };
    });
}

const single = positionals[0];
const pairs: Pair[] = values.pairs
  ? readPairs(values.pairs)
  : single && values.url
    ? [{ file: single, url: values.url }]
    : [];
if (pairs.length === 0 || !['strict', 'balanced', 'eager'].includes(sensitivity)) {
  console.error(USAGE);
  process.exit(2);
}

const catalog = loadCatalog();
for (const problem of catalog.problems) console.error(`catalog: ${formatProblem(problem)}`);
const index = toMatchIndex(catalog.frameworks);
const scan = ({ file, url }: Pair): ScanRow[] =>
  scanHtml(readFileSync(file, 'utf8'), url, { sensitivity, index, all: values.all });

function printRows(rows: ScanRow[]): void {
  for (const row of rows) {
    const confidence = row.confidence.toFixed(2);
    console.log(`${confidence}  ${row.area.padEnd(7)}  ${row.id} (${row.name})  "${row.text}"  …${row.context}…`);
  }
  console.log(`${rows.length} mention(s)`);
}

if (!values.pairs) {
  const rows = scan(pairs[0] as Pair);
  if (values.json) console.log(JSON.stringify(rows, null, 2));
  else printRows(rows);
} else {
  for (const pair of pairs) {
    let result: { mentions: ScanRow[] } | { error: string };
    try {
      result = { mentions: scan(pair) };
    } catch (error) {
      result = { error: (error as Error).message };
      process.exitCode = 1;
    }
    if (values.json) {
      console.log(JSON.stringify({ file: pair.file, url: pair.url, ...result }));
    } else {
      console.log(`== ${pair.file} (${pair.url})`);
      if ('error' in result) console.log(`error: ${result.error}`);
      else printRows(result.mentions);
    }
  }
}
