/**
 * `npm run catalog -- --refresh`: updates the figures registries publish
 * (latest version and month, downloads, and the licence where the registry
 * states one) from a dated snapshot and, for npm, from `npm view`. Only
 * `figures.latest`, `figures.monthlyDownloads`, `figures.downloadRank` and a
 * registry-sourced `figures.license` are ever written; every hand-written
 * field, and a licence someone wrote by hand, stays as it was.
 */
import type { Figures, Framework } from '../../../data/catalog-schema';
import type { NpmView, NpmViewer } from './npm-view';
import type { RegistryName, Snapshot, SnapshotRow } from './snapshot';

export interface FigureChange {
  id: string;
  field: keyof Figures;
  before: string;
  after: string;
}

/** What the registries hold for each catalog entry, looked up once for the whole catalog. */
export interface RegistryData {
  snapshot: Snapshot;
  npm: Map<string, NpmView>;
  /** YYYY-MM the npm registry was asked. */
  npmMonth: string;
}

const PAGES: Record<RegistryName, (name: string) => string> = {
  npm: (name) => `https://www.npmjs.com/package/${name}`,
  pypi: (name) => `https://pypi.org/project/${name}/`,
  maven: (name) => `https://central.sonatype.com/artifact/${name.replace(':', '/')}`,
  nuget: (name) => `https://www.nuget.org/packages/${name}`,
  go: (name) => `https://pkg.go.dev/${name}`,
};

const REGISTRY_NAMES: Record<RegistryName, string> = {
  npm: 'npm registry',
  pypi: 'PyPI',
  maven: 'Maven Central',
  nuget: 'NuGet Gallery',
  go: 'Go module proxy',
};

/** The registries in the order their figures are preferred when an entry names several. */
const ORDER: RegistryName[] = ['npm', 'pypi', 'nuget', 'maven', 'go'];

/** Names of every registry's packages the catalog refers to. */
export function wantedPackages(frameworks: Framework[]): Record<RegistryName, Set<string>> {
  const wanted = Object.fromEntries(ORDER.map((registry) => [registry, new Set<string>()])) as Record<
    RegistryName,
    Set<string>
  >;
  for (const framework of frameworks) {
    for (const registry of ORDER) {
      const name = framework.registry?.[registry];
      if (name) wanted[registry].add(name);
    }
  }
  return wanted;
}

export async function lookUpNpm(frameworks: Framework[], view: NpmViewer): Promise<Map<string, NpmView>> {
  const found = new Map<string, NpmView>();
  for (const name of wantedPackages(frameworks).npm) {
    const result = await view(name);
    if (result) found.set(name, result);
  }
  return found;
}

const describe = (value: unknown) => (value === undefined ? '(none)' : JSON.stringify(value));

/** The entry's figures as the registries give them now, and what changed. */
export function refreshFigures(
  framework: Framework,
  data: RegistryData,
): { figures: Figures; changes: FigureChange[] } {
  const figures: Figures = { ...framework.figures };
  const registries = ORDER.filter((registry) => framework.registry?.[registry]);
  const source = (registry: RegistryName, date = data.snapshot.month) => ({
    name: REGISTRY_NAMES[registry],
    url: PAGES[registry](framework.registry?.[registry] ?? ''),
    date,
  });
  const registrySourced = new Set(Object.values(REGISTRY_NAMES));

  // The first registry that knows the package gives the version and the licence; each count is taken where it exists.
  const handWrittenLicense = framework.figures.license && !registrySourced.has(framework.figures.license.source.name);
  let latestSet = false;
  let licenseSet = false;
  delete figures.downloadRank;
  for (const registry of registries) {
    const name = framework.registry?.[registry] ?? '';
    const row: SnapshotRow | undefined = data.snapshot.rows[registry].get(name);
    const live = registry === 'npm' ? data.npm.get(name) : undefined;
    const version = live?.version ?? row?.version;
    if (!latestSet && version) {
      const released = live?.released ?? row?.released;
      const date = live ? data.npmMonth : data.snapshot.month;
      figures.latest = { version, ...(released ? { released } : {}), source: source(registry, date) };
      latestSet = true;
    }
    if (registry === 'npm' && row?.monthlyDownloads !== undefined) {
      figures.monthlyDownloads = { count: row.monthlyDownloads, source: source(registry) };
    }
    // A package that left the ranking loses its rank (deleted above).
    if (registry === 'pypi' && row?.rank !== undefined && data.snapshot.rankOf > 0) {
      figures.downloadRank = { rank: row.rank, of: data.snapshot.rankOf, source: source(registry) };
    }
    const license = live?.license ?? row?.license;
    if (!handWrittenLicense && !licenseSet && license) {
      figures.license = { id: license, source: source(registry, live?.license ? data.npmMonth : data.snapshot.month) };
      licenseSet = true;
    }
  }

  const changes: FigureChange[] = [];
  for (const field of ['latest', 'monthlyDownloads', 'downloadRank', 'license'] as const) {
    const before = describe(seenValue(framework.figures, field));
    const after = describe(seenValue(figures, field));
    if (before !== after) changes.push({ id: framework.id, field, before, after });
  }
  return { figures, changes };
}

/** The part of a figure a reader sees: its value and month, not its source's wording. */
function seenValue(figures: Figures, field: keyof Figures): unknown {
  const figure = figures[field];
  if (!figure) return undefined;
  const { source, ...value } = figure;
  return { ...value, date: source.date };
}
