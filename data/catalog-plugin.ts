/**
 * Vite plugin that turns `data/` into three virtual modules, so the catalog is
 * checked at every build and each bundle carries only what it needs:
 *   virtual:stackpeek/catalog     full records (background, popup, options)
 *   virtual:stackpeek/match-index aliases and evidence (content script)
 *   virtual:stackpeek/names       id → name (card)
 * An invalid file fails the build with its path and field.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { type CheckedCatalog, formatProblem } from './catalog-checks';
import { DATA_DIR, loadCatalog } from './load-catalog';
import { packMatchIndex, toMatchIndex } from './match-index';

const MODULES = {
  // ~1.2 MB of records: V8 parses a JSON string faster than the same object as a JS literal
  // (https://v8.dev/blog/cost-of-javascript-2019#json), and the popup's first view waits for it.
  'virtual:stackpeek/catalog': ({ frameworks, comparisons }: CheckedCatalog) =>
    `export const frameworks = JSON.parse(${JSON.stringify(JSON.stringify(frameworks))});\n` +
    `export const comparisons = JSON.parse(${JSON.stringify(JSON.stringify(comparisons))});`,
  'virtual:stackpeek/names': ({ frameworks }: CheckedCatalog) =>
    `export default ${JSON.stringify(Object.fromEntries(frameworks.map((f) => [f.id, f.name])))};`,
  'virtual:stackpeek/match-index': ({ frameworks }: CheckedCatalog) =>
    `import { unpackMatchIndex } from ${JSON.stringify(join(DATA_DIR, 'match-index.ts'))};\n` +
    `export default unpackMatchIndex(${JSON.stringify(packMatchIndex(toMatchIndex(frameworks)))});`,
} as const;

type ModuleId = keyof typeof MODULES;

function checkedCatalog() {
  const catalog = loadCatalog();
  if (catalog.problems.length > 0) {
    throw new Error(
      `The catalog has ${catalog.problems.length} problem(s):\n${catalog.problems.map(formatProblem).join('\n')}`,
    );
  }
  return catalog;
}

export function catalogPlugin(): Plugin {
  // Read once per build (every module needs it), read afresh at the next one.
  let catalog: CheckedCatalog | undefined;
  return {
    name: 'stackpeek-catalog',
    buildStart() {
      catalog = undefined;
    },
    // In watch and dev modes a build goes on across edits of the data files.
    watchChange(file) {
      if (file.startsWith(DATA_DIR)) catalog = undefined;
    },
    handleHotUpdate({ file }) {
      if (file.startsWith(DATA_DIR)) catalog = undefined;
    },
    resolveId(id) {
      return id in MODULES ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0')) return undefined;
      const name = id.slice(1);
      if (!(name in MODULES)) return undefined;
      for (const dir of ['frameworks', 'comparisons']) this.addWatchFile(join(DATA_DIR, dir));
      catalog ??= checkedCatalog();
      return MODULES[name as ModuleId](catalog);
    },
  };
}
