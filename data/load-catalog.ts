/** Reads and checks the catalog from disk (Node only: build, tools, tests). */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CatalogFile, type CheckedCatalog, checkCatalog } from './catalog-checks';

export const DATA_DIR = import.meta.dirname ?? dirname(fileURLToPath(import.meta.url));

function readJsonFiles(dir: string): CatalogFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      return { path: relative(join(DATA_DIR, '..'), path), text: readFileSync(path, 'utf8') };
    });
}

export function loadCatalog(dataDir = DATA_DIR): CheckedCatalog {
  return checkCatalog(readJsonFiles(join(dataDir, 'frameworks')), readJsonFiles(join(dataDir, 'comparisons')));
}
