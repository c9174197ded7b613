/** The catalog as shipped: valid, complete for the seeds, linked, sourced, in our own words. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../data/catalog-checks';
import { loadCatalog } from '../../data/load-catalog';
import { toMatchIndex } from '../../data/match-index';
import { SURVEY_2024 } from '../tools/catalog/survey-2024';
import { libraryCoverage } from '../tools/corpus/coverage';

const catalog = loadCatalog();
const byId = new Map(catalog.frameworks.map((framework) => [framework.id, framework]));

const SEED_TECHNOLOGIES = [
  'tornado',
  'twisted',
  'gevent',
  'django',
  'nodejs',
  'rails',
  'laravel',
  'dotnet',
  'aspnet-core',
  'symfony',
  'spring',
  'spring-boot',
  'android-sdk',
  'nginx',
  'apache-httpd',
  'flask',
  'bottle',
  'pyramid',
  'diesel',
  'eventlet',
  'asyncoro',
  'klein',
  'twisted-web',
  'uwsgi',
  'mod-wsgi',
  'pypy',
  'sqlalchemy',
  'redis',
  'socketio',
  'greenlet',
  'libev',
  'libuv',
  'wsgi',
  'bootstrap',
  'materialize',
  'foundation',
  'material-ui',
  'liquibase',
  'flyway',
];

const TODAYS_STACK = [
  'asyncio',
  'aiohttp',
  'fastapi',
  'starlette',
  'sanic',
  'quart',
  'falcon',
  'cherrypy',
  'litestar',
  'trio',
  'anyio',
  'uvicorn',
  'gunicorn',
  'hypercorn',
  'daphne',
  'django-channels',
  'celery',
  'express',
  'koa',
  'fastify',
  'nestjs',
  'nextjs',
  'phoenix',
  'gin',
  'echo',
  'actix-web',
  'axum',
  'play',
  'vertx',
  'quarkus',
  'micronaut',
  'ktor',
  'sinatra',
  'codeigniter',
];

describe('the catalog', () => {
  it('has no problems', () => {
    expect(catalog.problems.map(formatProblem)).toEqual([]);
  });

  it('has at least 400 entries: every seed technology, today’s stack and every 2024 survey name', () => {
    expect(catalog.frameworks.length).toBeGreaterThanOrEqual(400);
    for (const id of [...SEED_TECHNOLOGIES, ...TODAYS_STACK, ...Object.values(SURVEY_2024)]) {
      expect(byId.has(id), id).toBe(true);
    }
  });

  it('carries sourced figures on at least 90 % of its entries, and a latest version on most', () => {
    const withFigures = catalog.frameworks.filter((f) => Object.keys(f.figures).length > 0);
    expect(withFigures.length / catalog.frameworks.length).toBeGreaterThanOrEqual(0.9);
    expect(catalog.frameworks.filter((f) => f.figures.latest).length / catalog.frameworks.length).toBeGreaterThan(0.6);
    for (const framework of catalog.frameworks) {
      for (const figure of Object.values(framework.figures)) {
        expect(figure?.source.url, framework.id).toMatch(/^https:\/\//);
        expect(figure?.source.date, framework.id).toMatch(/^\d{4}(-\d{2})?/);
      }
    }
  });

  it('names at least 35 % of the Library mentions in the corpus dev split', () => {
    const dev = readFileSync(resolve(import.meta.dirname, '../fixtures/corpus/stackoverflow-ner/dev.txt'), 'utf8');
    const coverage = libraryCoverage(dev, toMatchIndex(catalog.frameworks));
    expect(coverage.libraryMentions).toBeGreaterThan(200);
    expect(coverage.share).toBeGreaterThanOrEqual(0.35);
  });

  it('states the audited facts of December 2026', () => {
    expect(byId.get('react')?.description).toMatch(/React Foundation/);
    expect(byId.get('nodejs')?.languages).toContain('TypeScript');
    expect(byId.get('rq')?.figures.license?.id).toBe('BSD-2-Clause');
    expect(byId.get('robyn')?.figures.license?.id).toBe('BSD-2-Clause');
    expect(byId.get('django')?.traits).toMatchObject({ devServer: true, httpServer: false });
    expect(byId.get('flask')?.traits).toMatchObject({ devServer: true, httpServer: false });
    expect(byId.get('gevent')?.traits.asyncNative).toBe(false);
    expect(byId.get('puma')?.alternatives).not.toContain('nginx');
    expect(byId.get('autobahn')?.alternatives).not.toContain('twisted');
    expect(byId.get('python-websockets')?.links.repository).toMatch(/python-websockets\/websockets/);
  });

  it('sources and dates every figure, pro and con', () => {
    for (const framework of catalog.frameworks) {
      for (const item of [...framework.stats, ...framework.pros, ...framework.cons]) {
        expect(item.source.name, framework.id).toBeTruthy();
        expect(item.source.date, framework.id).toMatch(/^\d{4}/);
      }
    }
  });

  it('carries the seed figures for Tornado, Twisted and gevent', () => {
    const stat = (id: string, metric: string) => byId.get(id)?.stats.find((s) => s.metric === metric)?.value;
    expect(stat('tornado', 'github-stars')).toBe(22300);
    expect(stat('tornado', 'stackshare-stacks')).toBe(530);
    expect(stat('twisted', 'github-forks')).toBe(1200);
    expect(stat('gevent', 'stackshare-stacks')).toBe(260);
    const votes = (id: string, text: RegExp) => byId.get(id)?.pros.find((p) => text.test(p.text))?.votes;
    expect(votes('tornado', /open source/i)).toBe(37);
    expect(votes('twisted', /concurrency/i)).toBe(5);
  });

  it('gives every context hint and alias real text', () => {
    for (const framework of catalog.frameworks) {
      expect(framework.contextHints.length, framework.id).toBeGreaterThan(0);
      for (const alias of framework.aliases) expect(alias.text.trim()).toBe(alias.text);
    }
  });
});

describe('the curated comparisons', () => {
  const find = (ids: string) => catalog.comparisons.find((c) => c.ids.join('--') === ids);

  it('Tornado vs Twisted carries the six differences and corrects the seed', () => {
    const comparison = find('tornado--twisted');
    expect(comparison?.dimensions.length).toBeGreaterThanOrEqual(6);
    expect(comparison?.dimensions.some((d) => d.correction)).toBe(true);
  });

  it('Tornado vs gevent carries the six differences and gevent’s feature list', () => {
    const comparison = find('tornado--gevent');
    expect(comparison?.dimensions.length).toBeGreaterThanOrEqual(6);
    expect(comparison?.features?.gevent?.length).toBeGreaterThan(3);
  });

  it('Tornado vs Django carries the difference table, purpose and use cases', () => {
    const comparison = find('tornado--django');
    expect(comparison?.dimensions.length).toBeGreaterThanOrEqual(8);
    expect(Object.keys(comparison?.purpose ?? {})).toEqual(expect.arrayContaining(['tornado', 'django']));
    expect(Object.keys(comparison?.useCases ?? {})).toEqual(expect.arrayContaining(['tornado', 'django']));
  });
});

/** Lowercase words, punctuation dropped: how "no copied sentence" is judged. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function runs(text: string, length: number): string[] {
  const list = words(text);
  const result: string[] = [];
  for (let i = 0; i + length <= list.length; i++) result.push(list.slice(i, i + length).join(' '));
  return result;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('the catalog’s words', () => {
  it('shares no run of 8 words with any seed document', () => {
    const seedDir = resolve(import.meta.dirname, '../fixtures/seeds');
    const seedRuns = new Set(
      readdirSync(seedDir)
        .filter((name) => name.endsWith('.txt'))
        .flatMap((name) => runs(readFileSync(resolve(seedDir, name), 'utf8'), 8)),
    );
    expect(seedRuns.size).toBeGreaterThan(1000);
    const copied: string[] = [];
    for (const entry of [...catalog.frameworks, ...catalog.comparisons]) {
      for (const text of strings(entry)) {
        for (const run of runs(text, 8)) if (seedRuns.has(run)) copied.push(`${run}  ←  ${text.slice(0, 80)}`);
      }
    }
    expect(copied).toEqual([]);
  });
});
