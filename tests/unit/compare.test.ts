/** The attribute comparison for any two or three entries (data/compare.ts). */
import { describe, expect, it } from 'vitest';
import type { Framework } from '../../data/catalog-schema';
import { compareAttributes, curatedFor, DIMENSIONS, UNKNOWN } from '../../data/compare';
import { catalog, entry } from './popup-fixtures';

const row = (rows: ReturnType<typeof compareAttributes>, key: string) => {
  const found = rows.find((r) => r.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
};

describe('compareAttributes', () => {
  it('gives every pair the same dimensions, in the same order', () => {
    const keys = DIMENSIONS.map((d) => d.key);
    const all = catalog.frameworks;
    for (let i = 0; i + 1 < all.length; i += 7) {
      const pair = [all[i], all[i + 1]] as Framework[];
      expect(compareAttributes(pair).map((r) => r.key)).toEqual(keys);
    }
    expect(keys).toEqual(
      expect.arrayContaining(['kind', 'languages', 'concurrency', 'trait:httpServer', 'trait:pypy', 'asyncStyle']),
    );
    expect(keys).toEqual(expect.arrayContaining(['firstRelease', 'license', 'stat:github-stars']));
  });

  it('reads each attribute of Tornado and Twisted', () => {
    const rows = compareAttributes([entry('tornado'), entry('twisted')]);
    expect(row(rows, 'languages').values).toEqual(['Python', 'Python']);
    expect(row(rows, 'languages').same).toBe(true);
    expect(row(rows, 'concurrency').values[1]).toMatch(/reactor/);
    expect(row(rows, 'firstRelease').values).toEqual([
      String(entry('tornado').figures.firstRelease?.year),
      String(entry('twisted').figures.firstRelease?.year),
    ]);
  });

  it('says "Not stated" rather than guessing, and marks rows that differ', () => {
    const base = entry('tornado');
    const bare: Framework = { ...base, id: 'bare', traits: {}, stats: [], figures: {} };
    const rows = compareAttributes([base, bare]);
    expect(row(rows, 'license').values[1]).toBe(UNKNOWN);
    expect(row(rows, 'trait:httpServer').values[1]).toBe(UNKNOWN);
    expect(row(rows, 'asyncStyle').values[1]).toBe(UNKNOWN);
    expect(row(rows, 'license').same).toBe(false);
  });

  it('shows figures with their source and date', () => {
    const withStars: Framework = {
      ...entry('tornado'),
      stats: [{ metric: 'github-stars', value: 21700, source: { name: 'GitHub', date: '2025-01' } }],
    };
    const rows = compareAttributes([withStars, entry('twisted')]);
    expect(row(rows, 'stat:github-stars').values[0]).toBe('21,700 (GitHub, 2025-01)');
  });

  it('compares three entries and refuses one or four', () => {
    const trio = [entry('tornado'), entry('twisted'), entry('gevent')];
    expect(compareAttributes(trio).every((r) => r.values.length === 3)).toBe(true);
    expect(() => compareAttributes([entry('tornado')])).toThrow(RangeError);
    expect(() => compareAttributes([...trio, entry('django')])).toThrow(RangeError);
  });
});

describe('curatedFor', () => {
  it('finds the curated comparison of a pair in either order, and inside a trio', () => {
    expect(curatedFor(catalog.comparisons, ['twisted', 'tornado']).map((c) => c.ids)).toEqual([
      expect.arrayContaining(['tornado', 'twisted']),
    ]);
    expect(curatedFor(catalog.comparisons, ['tornado', 'twisted', 'gevent']).length).toBe(2);
    expect(curatedFor(catalog.comparisons, ['flask', 'express'])).toEqual([]);
  });
});
