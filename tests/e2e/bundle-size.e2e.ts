/**
 * Size budgets of the built extension. Sizes do not vary with machine load,
 * so unlike timings they are checked on every `npm test`. The content script
 * runs on every page: at most 20 kB gzip (Wikipedia's Page Previews holds its
 * bundle to the same figure in CI).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './browser';

const BUDGETS_GZIP_BYTES = {
  'content-scripts/stackpeek.js': 20_000,
  'card.js': 40_000,
  'background.js': 150_000,
} as const;

function gzipSize(path: string): number {
  return gzipSync(readFileSync(resolve(EXTENSION_DIR, path))).length;
}

describe('bundle budgets', () => {
  for (const [file, budget] of Object.entries(BUDGETS_GZIP_BYTES)) {
    it(`${file} stays within ${budget / 1000} kB gzip`, () => {
      const size = gzipSize(file);
      expect(
        size,
        `${file} is ${(size / 1000).toFixed(1)} kB gzip; the budget is ${budget / 1000} kB`,
      ).toBeLessThanOrEqual(budget);
    });
  }
});
