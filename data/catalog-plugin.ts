/**
 * Vite plugin that turns `data/` into two virtual modules, so the catalog is
 * checked at every build and each bundle carries only what it needs:
 *   virtual:stackpeek/catalog     full records (background, popup, options)
 *   virtual:stackpeek/match-index aliases and evidence (content script)
 *   virtual:stackpeek/names       id → name (card)
 * An invalid file fails the build with its path and field.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem } from './catalog-checks';
import { DATA_DIR, loadCatalog } from './load-catalog';
import { packMatchIndex, toMatchIndex } from './match-index';

const MODULES = {
  'virtual:stackpeek/catalog': () => {
    const { frameworks, comparisons } = checkedCatalog();
    return `export const frameworks = ${JSON.stringify(frameworks)};\nexport const comparisons = ${JSON.stringify(comparisons)};`;
  },
  'virtual:stackpeek/names': () =>
    `export default ${JSON.stringify(Object.fromEntries(checkedCatalog().frameworks.map((f) => [f.id, f.name])))};`,
  'virtual:stackpeek/match-index': () =>
    `import { unpackMatchIndex } from ${JSON.stringify(join(DATA_DIR, 'match-index.ts'))};\n` +
    `export default unpackMatchIndex(${JSON.stringify(packMatchIndex(toMatchIndex(checkedCatalog().frameworks)))});`,
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
  return {
    name: 'stackpeek-catalog',
    resolveId(id) {
      return id in MODULES ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0')) return undefined;
      const name = id.slice(1);
      if (!(name in MODULES)) return undefined;
      for (const dir of ['frameworks', 'comparisons']) this.addWatchFile(join(DATA_DIR, dir));
      return MODULES[name as ModuleId]();
    },
  };
}
