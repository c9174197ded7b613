/** Writes refreshed figures into catalog files, leaving every other field exactly as it was. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figures } from '../../../data/catalog-schema';

/** The order figures are kept in on disk. */
const FIELD_ORDER: (keyof Figures)[] = ['latest', 'monthlyDownloads', 'downloadRank', 'firstRelease', 'license'];

const PROJECT = fileURLToPath(new URL('../../../', import.meta.url));

/** The project's formatter gives the file its usual layout (short arrays on one line); stdin works for files anywhere. */
function formatJson(path: string, text: string): string {
  return execFileSync(
    join(PROJECT, 'node_modules', '.bin', 'biome'),
    ['format', `--stdin-file-path=data/frameworks/${basename(path)}`],
    {
      cwd: PROJECT,
      input: text,
      encoding: 'utf8',
    },
  );
}

export function writeFigures(path: string, figures: Figures): void {
  const record = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const ordered: Figures = {};
  for (const field of FIELD_ORDER) if (figures[field]) Object.assign(ordered, { [field]: figures[field] });
  record.figures = ordered;
  writeFileSync(path, formatJson(path, `${JSON.stringify(record, null, 2)}\n`));
}
