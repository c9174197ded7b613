/**
 * The reader's settings, kept in the extension's storage. Each field is
 * validated on its own, so one corrupt field falls back to its default
 * without taking the others with it.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  HOVER_DELAY_RANGE,
  MARK_DENSITIES,
  SENSITIVITIES,
  SETTINGS_KEY,
  type Settings,
  THEMES,
} from './settings-model';

export {
  DEFAULT_SETTINGS,
  EVERY_SITE,
  HOVER_DELAY_RANGE,
  isSiteEnabled,
  MARK_DENSITIES,
  type MarkDensity,
  SENSITIVITIES,
  type Settings,
  siteKeyFor,
  THEMES,
} from './settings-model';

const MutedWord = v.strictObject({
  /** Host name the word is muted on, e.g. "github.com", or "*" for every site. */
  site: v.pipe(v.string(), v.nonEmpty()),
  word: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.nonEmpty()),
});

/** Typed against settings-model.ts: the schema must produce exactly that shape. */
export const SettingsSchema: v.GenericSchema<unknown, Settings> = v.object({
  sites: v.fallback(
    v.object({
      stackoverflow: v.fallback(v.boolean(), true),
      github: v.fallback(v.boolean(), true),
      stackexchange: v.fallback(v.boolean(), false),
      /** Origins the user turned on, e.g. "https://docs.python.org". */
      custom: v.fallback(v.array(v.pipe(v.string(), v.url())), []),
    }),
    () => structuredClone(DEFAULT_SETTINGS.sites),
  ),
  sensitivity: v.fallback(v.picklist(SENSITIVITIES), DEFAULT_SETTINGS.sensitivity),
  mutedFrameworks: v.fallback(v.array(v.string()), []),
  mutedWords: v.fallback(v.array(MutedWord), []),
  hoverDelayMs: v.fallback(
    v.pipe(v.number(), v.integer(), v.minValue(HOVER_DELAY_RANGE.min), v.maxValue(HOVER_DELAY_RANGE.max)),
    DEFAULT_SETTINGS.hoverDelayMs,
  ),
  theme: v.fallback(v.picklist(THEMES), DEFAULT_SETTINGS.theme),
  markDensity: v.fallback(v.picklist(MARK_DENSITIES), DEFAULT_SETTINGS.markDensity),
  pausedSites: v.fallback(v.array(v.pipe(v.string(), v.nonEmpty())), []),
});

/** Reads anything (old, partial or corrupt) as complete settings. */
export function readSettings(stored: unknown): Settings {
  return v.parse(SettingsSchema, typeof stored === 'object' && stored !== null ? stored : {});
}

const KEY = SETTINGS_KEY;

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return readSettings(stored[KEY]);
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls back with fresh settings whenever any extension page changes them. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) callback(readSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
