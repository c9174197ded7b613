/**
 * Reads the dated registry lists (one package a line, tab-separated, first line
 * the column names) for just the packages the catalog names. The lists are
 * large (PyPI's is ~76 MB), so each is streamed once and only wanted rows kept.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Registry } from '../../../data/catalog-schema';
import { newestStable } from './versions';

export type RegistryName = keyof Registry;

/** What a list says of one package. */
export interface SnapshotRow {
  version: string;
  /** YYYY-MM the version came out (PyPI only). */
  released?: string;
  /** npm: downloads a month. */
  monthlyDownloads?: number;
  /** PyPI: place among the most downloaded. */
  rank?: number;
  license?: string;
}

export interface Snapshot {
  /** YYYY-MM the lists were made. */
  month: string;
  /** PyPI's ranking covers this many projects. */
  rankOf: number;
  rows: Record<RegistryName, Map<string, SnapshotRow>>;
}

const FILES: Record<RegistryName, string> = {
  npm: 'npm.tsv',
  pypi: 'pypi.tsv',
  maven: 'maven-partial.tsv',
  nuget: 'nuget.tsv',
  go: 'go-partial.tsv',
};

/** Rows that name a package the registry did not serve that day. */
const NOT_SERVED = /^(?:not-served|all-failed|untested|not-to-use)$/;

/** An SPDX expression ("MIT", "Apache-2.0", "(MIT OR GPL-3.0)"), not a URL or a sentence. */
export function spdxLike(text: string | undefined): string | undefined {
  return text && /^\(?[A-Za-z0-9.+-]+(?: (?:OR|AND|WITH) [A-Za-z0-9.+-]+)*\)?$/.test(text) ? text : undefined;
}

const count = (text: string | undefined) => (text && /^\d+$/.test(text) ? Number(text) : undefined);

/** Turns one line of a list into a row, or undefined when the list says the package was not to be had. */
function parseRow(registry: RegistryName, columns: string[]): SnapshotRow | undefined {
  const [, second = '', third = '', , fifth = ''] = columns;
  switch (registry) {
    case 'npm':
      return { version: second, monthlyDownloads: count(third) };
    case 'pypi':
      return { version: second, released: /^\d{4}-\d{2}$/.test(third) ? third : undefined, rank: count(columns[3]) };
    case 'maven':
    case 'go': {
      // The third column lists every version served; the second, the newest that resolved here.
      if (NOT_SERVED.test(second)) return undefined;
      return { version: newestStable(third) ?? second };
    }
    case 'nuget': {
      if (NOT_SERVED.test(second)) return undefined;
      return { version: newestStable(fifth) ?? second, license: spdxLike(third) };
    }
  }
}

/** The lists' date: the Maven list's header names the day they were made ("…served_on_2026-11-25"). */
function snapshotMonth(dir: string): string {
  const header = readFileSync(join(dir, FILES.maven), 'utf8').split('\n', 1)[0] ?? '';
  const day = /(\d{4}-\d{2})-\d{2}/.exec(header);
  if (!day?.[1]) throw new Error(`${join(dir, FILES.maven)}: the header names no date`);
  return day[1];
}

/** PyPI's rank column names how many projects it ranks ("rank_among_15000_most_downloaded"). */
function rankOf(header: string): number {
  return Number(/rank_among_(\d+)/.exec(header)?.[1] ?? 0);
}

async function readList(path: string, registry: RegistryName, wanted: Set<string>) {
  const rows = new Map<string, SnapshotRow>();
  let header = '';
  if (wanted.size === 0 || !existsSync(path)) return { rows, header };
  // npm and PyPI names are case-insensitive; Maven, NuGet and Go are compared as written, then case-blind.
  const lower = new Map([...wanted].map((name) => [name.toLowerCase(), name]));
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!header) {
      header = line;
      continue;
    }
    const tab = line.indexOf('\t');
    const name = lower.get(line.slice(0, tab).toLowerCase());
    if (!name) continue;
    const row = parseRow(registry, line.split('\t'));
    if (row) rows.set(name, row);
    if (rows.size === wanted.size) break;
  }
  return { rows, header };
}

/** Reads the rows of `wanted` packages from the lists in `dir`. */
export async function readSnapshot(dir: string, wanted: Record<RegistryName, Set<string>>): Promise<Snapshot> {
  const month = snapshotMonth(dir);
  const rows = {} as Snapshot['rows'];
  let of = 0;
  for (const registry of Object.keys(FILES) as RegistryName[]) {
    const list = await readList(join(dir, FILES[registry]), registry, wanted[registry]);
    rows[registry] = list.rows;
    if (registry === 'pypi') of = rankOf(list.header);
  }
  return { month, rankOf: of, rows };
}
