/**
 * The reader's settings as the background validated them, fetched at start
 * and again whenever an extension page changes them. Asking the background
 * keeps the schema library out of the content script.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ask } from '../../data/ask';
import { SETTINGS_KEY, type Settings } from '../../data/settings-model';

export async function followSettings(
  ctx: ContentScriptContext,
  onChange: (settings: Settings) => void,
): Promise<Settings> {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    ask({ type: 'settings/get' })
      .then((settings) => {
        if (ctx.isValid) onChange(settings);
      })
      .catch(() => {
        // The extension was reloaded or removed under this page: nothing to follow.
      });
  };
  browser.storage.onChanged.addListener(listener);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(listener));
  return ask({ type: 'settings/get' });
}
