/** Bad catalog files are refused with the file and the field named. */
import { describe, expect, it } from 'vitest';
import { type CatalogFile, checkCatalog, formatProblem } from '../../data/catalog-checks';

function entry(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    name: id,
    aliases: [{ text: id, case: 'any', ordinaryWord: false }],
    kind: 'web-framework',
    languages: ['Python'],
    summary: 'A test entry.',
    description: 'A test entry for the checks.',
    concurrency: { models: ['threads'], detail: 'Threads.' },
    traits: {},
    stats: [],
    figures: {},
    pros: [],
    cons: [],
    alternatives: [],
    links: {},
    contextHints: ['hint'],
    ...extra,
  };
}

const file = (id: string, value: unknown): CatalogFile => ({
  path: `data/frameworks/${id}.json`,
  text: JSON.stringify(value),
});

describe('checkCatalog', () => {
  it('refuses a figure without a source page or date', () => {
    const year = {
      year: 2010,
      source: { name: 'Project history', url: 'https://example.org/history', date: '2026-11' },
    };
    const noUrl = { ...year, source: { name: 'Project history', date: '2026-11' } };
    const noDate = { ...year, source: { name: 'Project history', url: 'https://example.org/history' } };
    expect(checkCatalog([file('alpha', entry('alpha', { figures: { firstRelease: year } }))], []).problems).toEqual([]);
    for (const firstRelease of [noUrl, noDate]) {
      const { problems } = checkCatalog([file('alpha', entry('alpha', { figures: { firstRelease } }))], []);
      expect(problems.map(formatProblem)).toEqual([
        expect.stringMatching(/^data\/frameworks\/alpha\.json: figures\.firstRelease\.source\.(url|date): /),
      ]);
    }
  });

  it('accepts a valid pair of entries and a comparison', () => {
    const result = checkCatalog(
      [file('alpha', entry('alpha', { alternatives: ['beta'] })), file('beta', entry('beta'))],
      [
        {
          path: 'data/comparisons/alpha--beta.json',
          text: JSON.stringify({
            ids: ['alpha', 'beta'],
            title: 'Alpha vs Beta',
            summary: 'Two test entries.',
            dimensions: [{ name: 'Speed', values: { alpha: 'fast', beta: 'slow' } }],
            sources: [{ name: 'Test', date: '2026' }],
          }),
        },
      ],
    );
    expect(result.problems).toEqual([]);
    expect(result.frameworks).toHaveLength(2);
    expect(result.comparisons).toHaveLength(1);
  });

  it('names the file and the field of a schema error', () => {
    const { problems } = checkCatalog([file('alpha', entry('alpha', { summary: 'x'.repeat(141) }))], []);
    expect(problems.map(formatProblem)).toEqual([
      'data/frameworks/alpha.json: summary: must be at most 140 characters',
    ]);
  });

  it('refuses an alias of more than one line (the match index joins aliases with line breaks)', () => {
    const aliases = [{ text: 'alpha\nbeta', case: 'any', ordinaryWord: false }];
    const { problems } = checkCatalog([file('alpha', entry('alpha', { aliases }))], []);
    expect(problems.map(formatProblem)).toEqual(['data/frameworks/alpha.json: aliases.0.text: must be one line']);
  });

  it('refuses broken JSON, a wrong file name, a clashing alias and a dangling alternative', () => {
    const { problems } = checkCatalog(
      [
        { path: 'data/frameworks/broken.json', text: '{"id": ' },
        file('gamma', entry('delta')),
        file('alpha', entry('alpha', { alternatives: ['nowhere'] })),
        file('beta', entry('beta', { aliases: [{ text: 'ALPHA', case: 'any', ordinaryWord: false }] })),
      ],
      [],
    );
    const text = problems.map(formatProblem).join('\n');
    expect(text).toMatch(/broken\.json: \(file\): not valid JSON/);
    expect(text).toMatch(/gamma\.json: id: "delta" must match the file name/);
    expect(text).toMatch(/alpha\.json: alternatives\.0: no entry has the id "nowhere"/);
    expect(text).toMatch(/beta\.json: aliases\.0\.text: "ALPHA" is also an alias of alpha/);
  });

  it('allows an alias both entries mark as shared', () => {
    const shared = [{ text: 'Shared', case: 'any', ordinaryWord: false, shared: true }];
    const { problems } = checkCatalog(
      [file('alpha', entry('alpha', { aliases: shared })), file('beta', entry('beta', { aliases: shared }))],
      [],
    );
    expect(problems).toEqual([]);
  });

  it('refuses a comparison that misses a value or names an unknown entry', () => {
    const { problems } = checkCatalog(
      [file('alpha', entry('alpha'))],
      [
        {
          path: 'data/comparisons/alpha--zeta.json',
          text: JSON.stringify({
            ids: ['alpha', 'zeta'],
            title: 'Alpha vs Zeta',
            summary: 'One is missing.',
            dimensions: [{ name: 'Speed', values: { alpha: 'fast' } }],
            sources: [{ name: 'Test', date: '2026' }],
          }),
        },
      ],
    );
    const text = problems.map(formatProblem).join('\n');
    expect(text).toMatch(/ids\.1: no entry has the id "zeta"/);
    expect(text).toMatch(/dimensions\.0\.values: has no text for "zeta"/);
  });
});
