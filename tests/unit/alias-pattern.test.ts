/** The trie-shaped alias pattern finds what a flat longest-first alternation finds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aliasPattern } from '../../entrypoints/stackpeek.content/alias-pattern';

const flat = (keys: string[]) =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

function stops(source: string, text: string): string[] {
  const pattern = new RegExp(`(?:${source})`, 'gi');
  const found: string[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(`${m.index}:${m[0]}`);
    pattern.lastIndex = m.index + 1;
  }
  return found;
}

describe('aliasPattern', () => {
  it('prefers the longest alias at each position', () => {
    const source = aliasPattern(['asp.net', 'asp.net core', 'node', 'node.js', 'c#', 'vert.x']);
    expect(stops(source, 'ASP.NET Core, asp.net, Node.js and node, C# and Vert.x')).toEqual([
      '0:ASP.NET Core',
      '14:asp.net',
      '23:Node.js',
      '35:node',
      '41:C#',
      '48:Vert.x',
    ]);
  });

  it('finds exactly what a flat longest-first alternation finds', () => {
    const key = fc.string({
      unit: fc.constantFrom('a', 'b', '.', '-', ' ', '#', '+', 'é'),
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(key, { minLength: 1, maxLength: 12 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'A', '.', '-', ' ', '#', '+', 'é', 'x'), maxLength: 40 }),
        (keys, text) => {
          const lower = [...new Set(keys.map((k) => k.toLowerCase()))];
          expect(stops(aliasPattern(lower), text)).toEqual(stops(flat(lower), text));
        },
      ),
      { numRuns: 500 },
    );
  });
});
