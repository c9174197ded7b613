/**
 * The reader's settings, read straight from `storage.local` at start and
 * whenever an extension page changes them: no round trip to the background
 * (which may be asleep) on every page. Nothing stored means the defaults. A
 * stored value that is not complete, valid settings (old or damaged) is sent
 * to the background, whose schema repairs it field by field: the content
 * script carries no schema library.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ask } from '../../data/ask';
import { DEFAULT_SETTINGS, isCompleteSettings, SETTINGS_KEY, type Settings } from '../../data/settings-model';

export function settingsFrom(stored: unknown): Promise<Settings> {
  if (stored === undefined) return Promise.resolve(structuredClone(DEFAULT_SETTINGS));
  if (isCompleteSettings(stored)) return Promise.resolve(stored);
  return ask({ type: 'settings/get' });
}

export async function followSettings(
  ctx: ContentScriptContext,
  onChange: (settings: Settings) => void,
): Promise<Settings> {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    settingsFrom(changes[SETTINGS_KEY]?.newValue)
      .then((settings) => {
        if (ctx.isValid) onChange(settings);
      })
      .catch(() => {
        // The extension was reloaded or removed under this page: nothing to follow.
      });
  };
  browser.storage.onChanged.addListener(listener);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(listener));
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return settingsFrom(stored[SETTINGS_KEY]);
}
