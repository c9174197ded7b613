import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../data/load-catalog';
import { packMatchIndex, toMatchIndex, unpackMatchIndex } from '../../data/match-index';

describe('the match index', () => {
  const { frameworks } = loadCatalog();
  const index = toMatchIndex(frameworks);

  it('carries ids, aliases and lowercase languages, and nothing the card shows', () => {
    const tornado = index.find((entry) => entry.id === 'tornado');
    expect(tornado?.languages).toEqual(['python']);
    expect(tornado?.aliases.map((alias) => alias.text)).toContain('Tornado');
    expect(Object.keys(tornado ?? {}).sort()).toEqual(['aliases', 'id', 'languages']);
  });

  it('packs and unpacks without loss', () => {
    expect(unpackMatchIndex(JSON.parse(JSON.stringify(packMatchIndex(index))))).toEqual(index);
  });

  it('round-trips every flag combination', () => {
    const entry = {
      id: 'x',
      languages: ['python'],
      aliases: [
        { text: 'Exact', case: 'exact' as const, ordinaryWord: true, shared: true },
        { text: 'any', case: 'any' as const, ordinaryWord: false },
      ],
    };
    expect(unpackMatchIndex(packMatchIndex([entry]))).toEqual([entry]);
  });
});
