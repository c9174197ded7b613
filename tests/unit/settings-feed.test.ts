/**
 * The content script reads the settings straight from storage: the defaults
 * when nothing is stored, the stored value when it is complete and valid
 * (exactly what the background's schema makes of it), and the background's
 * repaired copy otherwise (what the schema would change, it refuses).
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readSettings } from '../../data/settings';
import { DEFAULT_SETTINGS, isCompleteSettings } from '../../data/settings-model';

const asked = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../data/ask', () => ({
  ask: async () => {
    asked.count++;
    return { ...structuredClone(DEFAULT_SETTINGS), sensitivity: 'strict' };
  },
}));

const { settingsFrom } = await import('../../entrypoints/stackpeek.content/settings-feed');

/** Valid settings, then (half the time) one field spoilt, so both answers of the check come up. */
const validSettings = fc.record({
  sites: fc.record({
    stackoverflow: fc.boolean(),
    github: fc.boolean(),
    stackexchange: fc.boolean(),
    custom: fc.array(fc.constantFrom('https://docs.python.org', 'http://localhost:8000')),
  }),
  sensitivity: fc.constantFrom('strict', 'balanced', 'eager'),
  mutedFrameworks: fc.array(fc.string()),
  mutedWords: fc.array(
    fc.record({ site: fc.constantFrom('github.com', '*'), word: fc.constantFrom('express', 'spring') }),
  ),
  hoverDelayMs: fc.integer({ min: 100, max: 2000 }),
  theme: fc.constantFrom('auto', 'light', 'dark'),
  markDensity: fc.constantFrom('every', 'first-per-post', 'first-on-page'),
  pausedSites: fc.array(fc.constantFrom('stackoverflow.com', 'github.com')),
});
const spoilt: [string, unknown][] = [
  ['sites', null],
  ['sites', { stackoverflow: 'yes', github: true, stackexchange: false, custom: [] }],
  ['sites', { stackoverflow: true, github: true, stackexchange: false, custom: ['not a url'] }],
  ['sensitivity', 'wild'],
  ['mutedFrameworks', [1]],
  ['mutedWords', [{ site: 'github.com', word: ' Express' }]],
  ['mutedWords', [{ site: '', word: 'express' }]],
  ['hoverDelayMs', 250.5],
  ['hoverDelayMs', 50],
  ['theme', 'sepia'],
  ['markDensity', 'sparse'],
  ['pausedSites', [3]],
];
const storedValues = fc
  .tuple(validSettings, fc.option(fc.constantFrom(...spoilt), { freq: 2 }))
  .map(([settings, spoil]) => (spoil ? { ...settings, [spoil[0]]: spoil[1] } : settings));

describe('settings read by the content script', () => {
  beforeEach(() => {
    asked.count = 0;
  });

  it('takes a stored value only when the schema would keep it as it is', () => {
    expect(isCompleteSettings(DEFAULT_SETTINGS)).toBe(true);
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(storedValues, (value) => {
        if (!isCompleteSettings(value)) {
          seen.refused++;
          expect(readSettings(value)).not.toEqual(value);
          return;
        }
        seen.accepted++;
        expect(readSettings(value)).toEqual(value);
      }),
      { numRuns: 500 },
    );
    expect(seen.accepted).toBeGreaterThan(50);
    expect(seen.refused).toBeGreaterThan(50);
  });

  it('uses the defaults when nothing is stored, the stored settings when valid, without asking', async () => {
    expect(await settingsFrom(undefined)).toEqual(DEFAULT_SETTINGS);
    const stored = { ...structuredClone(DEFAULT_SETTINGS), hoverDelayMs: 800 };
    expect(await settingsFrom(stored)).toEqual(stored);
    expect(asked.count).toBe(0);
  });

  it('asks the background to repair a damaged or old value', async () => {
    for (const damaged of [{ sensitivity: 'balanced' }, 'settings', { ...DEFAULT_SETTINGS, theme: 'sepia' }]) {
      expect((await settingsFrom(damaged)).sensitivity).toBe('strict');
    }
    expect(asked.count).toBe(3);
  });
});
