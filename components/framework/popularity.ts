/**
 * The catalog's entries from most to least used, by the registry figures:
 * npm's monthly downloads and PyPI's download rank are not on one scale, so
 * the two rankings take turns (npm's first, PyPI's first, npm's second…).
 * Entries with neither follow, by GitHub stars where the catalog has them,
 * then by name. Pure: no DOM.
 */
import type { Framework } from '../../data/catalog-schema';

function stars(framework: Framework): number {
  return framework.stats.find((stat) => stat.metric === 'github-stars')?.value ?? -1;
}

/** Every entry, most used first. */
export function byPopularity(frameworks: readonly Framework[]): Framework[] {
  const npm = frameworks
    .filter((f) => f.figures.monthlyDownloads)
    .sort((a, b) => (b.figures.monthlyDownloads?.count ?? 0) - (a.figures.monthlyDownloads?.count ?? 0));
  const pypi = frameworks
    .filter((f) => !f.figures.monthlyDownloads && f.figures.downloadRank)
    .sort((a, b) => (a.figures.downloadRank?.rank ?? 0) - (b.figures.downloadRank?.rank ?? 0));
  const ranked: Framework[] = [];
  for (let i = 0; i < Math.max(npm.length, pypi.length); i++) {
    const fromNpm = npm[i];
    const fromPypi = pypi[i];
    if (fromNpm) ranked.push(fromNpm);
    if (fromPypi) ranked.push(fromPypi);
  }
  const rest = frameworks
    .filter((f) => !f.figures.monthlyDownloads && !f.figures.downloadRank)
    .sort((a, b) => stars(b) - stars(a) || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  return [...ranked, ...rest];
}

/** Whether the entry has a download figure (the "most downloaded" list names only those). */
export function hasDownloads(framework: Framework): boolean {
  return Boolean(framework.figures.monthlyDownloads || framework.figures.downloadRank);
}
