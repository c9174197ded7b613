import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../data/load-catalog';
import { packMatchIndex, toMatchIndex, unpackMatchIndex } from '../../data/match-index';

describe('the match index', () => {
  const { frameworks } = loadCatalog();
  const index = toMatchIndex(frameworks);

  it('carries evidence only for names that are also everyday words', () => {
    const tornado = index.find((entry) => entry.id === 'tornado');
    const gevent = index.find((entry) => entry.id === 'gevent');
    expect(tornado?.contextHints).toContain('IOLoop');
    expect(tornado?.languages).toEqual(['python']);
    expect(gevent?.contextHints).toEqual([]);
    expect(gevent?.aliases.length).toBeGreaterThan(0);
  });

  it('packs and unpacks without loss', () => {
    expect(unpackMatchIndex(JSON.parse(JSON.stringify(packMatchIndex(index))))).toEqual(index);
  });

  it('round-trips every flag combination', () => {
    const entry = {
      id: 'x',
      contextHints: ['hint'],
      languages: ['python'],
      aliases: [
        { text: 'Exact', case: 'exact' as const, ordinaryWord: true, shared: true },
        { text: 'any', case: 'any' as const, ordinaryWord: false },
      ],
    };
    expect(unpackMatchIndex(packMatchIndex([entry]))).toEqual([entry]);
  });
});
