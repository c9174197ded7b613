import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../data/load-catalog';
import { packMatchIndex, toMatchIndex, unpackMatchIndex } from '../../data/match-index';

describe('the packed match index', () => {
  const index = toMatchIndex(loadCatalog().frameworks);

  it('unpacks to the same aliases, and keeps hints where an alias needs evidence', () => {
    const unpacked = unpackMatchIndex(packMatchIndex(index));
    expect(unpacked.map((entry) => entry.aliases)).toEqual(index.map((entry) => entry.aliases));
    unpacked.forEach((entry, i) => {
      const original = index[i];
      if (original?.aliases.some((alias) => alias.ordinaryWord)) expect(entry.contextHints).toEqual(original.contextHints);
      else expect(entry.contextHints).toEqual([]);
    });
  });

  it('round-trips every flag combination', () => {
    const entry = {
      id: 'x',
      name: 'X',
      contextHints: ['hint'],
      aliases: [
        { text: 'Exact', case: 'exact' as const, ordinaryWord: true, shared: true },
        { text: 'any', case: 'any' as const, ordinaryWord: false },
      ],
    };
    expect(unpackMatchIndex(packMatchIndex([entry]))).toEqual([entry]);
  });
});
