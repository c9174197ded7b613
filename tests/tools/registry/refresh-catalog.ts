/** Refreshes the figures of every catalog entry that names a registry package, and writes the changed files. */
import { join } from 'node:path';
import type { Framework } from '../../../data/catalog-schema';
import type { NpmViewer } from './npm-view';
import { type FigureChange, lookUpNpm, refreshFigures, wantedPackages } from './refresh';
import { readSnapshot } from './snapshot';
import { writeFigures } from './write-figures';

export interface RefreshOptions {
  /** Where `<id>.json` files live. */
  frameworksDir: string;
  /** The folder of registry lists (npm.tsv, pypi.tsv, maven-partial.tsv, nuget.tsv, go-partial.tsv). */
  listsDir: string;
  viewNpm: NpmViewer;
  /** YYYY-MM of the npm look-ups: today's. */
  npmMonth: string;
  /** False: report only. */
  write: boolean;
}

export async function refreshCatalog(frameworks: Framework[], options: RefreshOptions): Promise<FigureChange[]> {
  const snapshot = await readSnapshot(options.listsDir, wantedPackages(frameworks));
  const data = { snapshot, npm: await lookUpNpm(frameworks, options.viewNpm), npmMonth: options.npmMonth };
  const changes: FigureChange[] = [];
  for (const framework of frameworks) {
    const result = refreshFigures(framework, data);
    if (result.changes.length === 0) continue;
    changes.push(...result.changes);
    if (!options.write) continue;
    const path = join(options.frameworksDir, `${framework.id}.json`);
    writeFigures(path, result.figures);
  }
  return changes;
}
