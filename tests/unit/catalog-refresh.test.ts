// @vitest-environment node
/**
 * `npm run catalog -- --refresh` on a fixture snapshot: registry figures are
 * updated with their source and month, and nothing hand-written changes.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Framework } from '../../data/catalog-schema';
import { loadCatalog } from '../../data/load-catalog';
import type { NpmViewer } from '../tools/registry/npm-view';
import { refreshCatalog } from '../tools/registry/refresh-catalog';

const PROJECT = new URL('../../', import.meta.url).pathname;
const LISTS = join(PROJECT, 'tests/fixtures/registry');
const IDS = ['express', 'tornado', 'flask', 'zope', 'spring', 'gin'];

let dataDir: string;
const read = (id: string) => JSON.parse(readFileSync(join(dataDir, 'frameworks', `${id}.json`), 'utf8')) as Framework;
const views: string[] = [];
const fakeNpm: NpmViewer = async (name) => {
  views.push(name);
  return name === 'express' ? { version: '5.3.0', released: '2026-10', license: 'MIT' } : undefined;
};

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'stackpeek-refresh-'));
  mkdirSync(join(dataDir, 'frameworks'));
  mkdirSync(join(dataDir, 'comparisons'));
  for (const id of IDS)
    cpSync(join(PROJECT, 'data/frameworks', `${id}.json`), join(dataDir, 'frameworks', `${id}.json`));
  views.length = 0;
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

async function refresh(frameworks: Framework[], write = true) {
  return refreshCatalog(frameworks, {
    frameworksDir: join(dataDir, 'frameworks'),
    listsDir: LISTS,
    viewNpm: fakeNpm,
    npmMonth: '2026-12',
    write,
  });
}

describe('catalog refresh', () => {
  it('writes the registry figures with their source and month', async () => {
    // Start from entries with no registry figures, as a new entry has.
    const stripped = loadCatalog(dataDir).frameworks.map((framework) => {
      const { latest, monthlyDownloads, downloadRank, ...kept } = framework.figures;
      const registry = framework.id === 'spring' ? { maven: 'org.springframework:spring-core' } : framework.registry;
      return { ...framework, figures: kept, registry };
    });
    const changes = await refresh(stripped);

    expect(views).toEqual(['express']);
    expect(read('express').figures.latest).toEqual({
      version: '5.3.0',
      released: '2026-10',
      source: { name: 'npm registry', url: 'https://www.npmjs.com/package/express', date: '2026-12' },
    });
    expect(read('express').figures.monthlyDownloads).toEqual({
      count: 299476266,
      source: { name: 'npm registry', url: 'https://www.npmjs.com/package/express', date: '2026-11' },
    });
    expect(read('tornado').figures.latest).toMatchObject({ version: '6.6.1', released: '2026-11' });
    expect(read('tornado').figures.downloadRank).toEqual({
      rank: 287,
      of: 15000,
      source: { name: 'PyPI', url: 'https://pypi.org/project/tornado/', date: '2026-11' },
    });
    // Outside the ranking: a version, no rank.
    expect(read('zope').figures.latest?.version).toBe('6.3');
    expect(read('zope').figures.downloadRank).toBeUndefined();
    // Maven and Go: the newest stable version served, not a preview.
    expect(read('spring').figures.latest).toMatchObject({ version: '7.0.10', source: { name: 'Maven Central' } });
    expect(read('gin').figures.latest).toMatchObject({ version: 'v1.12.0', source: { name: 'Go module proxy' } });
    expect(changes.map((change) => `${change.id}.${change.field}`)).toEqual(
      expect.arrayContaining(['express.latest', 'express.monthlyDownloads', 'tornado.downloadRank', 'spring.latest']),
    );
  });

  it('never touches hand-written text or a hand-written licence', async () => {
    const before = IDS.map(read);
    await refresh(loadCatalog(dataDir).frameworks);
    for (const { figures: old, ...restBefore } of before) {
      const { figures: after, ...rest } = read(restBefore.id);
      expect(rest).toEqual(restBefore);
      expect(after.firstRelease).toEqual(old.firstRelease);
      expect(after.license).toEqual(old.license);
    }
  });

  it('reports without writing on a dry run, and a second run changes nothing', async () => {
    const original = readFileSync(join(dataDir, 'frameworks', 'tornado.json'), 'utf8');
    const stripped = loadCatalog(dataDir).frameworks.map((f) => ({ ...f, figures: {} }));
    expect((await refresh(stripped, false)).length).toBeGreaterThan(0);
    expect(readFileSync(join(dataDir, 'frameworks', 'tornado.json'), 'utf8')).toBe(original);
    await refresh(loadCatalog(dataDir).frameworks);
    expect(await refresh(loadCatalog(dataDir).frameworks)).toEqual([]);
  });
});
