/**
 * Runs the content script on the sites the reader turned on in the options
 * page beyond the manifest's two (the Stack Exchange network, any other site).
 * The options page asks for the optional host permission (and the optional
 * `scripting` permission) in the reader's click; here the background keeps one
 * dynamic registration in step with the settings and the granted permissions.
 */
import type { Scripting } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { loadSettings, type Settings, watchSettings } from '../../data/settings';
import { STACK_EXCHANGE_EXCLUDES, wantedPatterns } from '../../data/site-patterns';

export const DYNAMIC_SCRIPT_ID = 'stackpeek-sites';

/** The few calls this needs, so tests can pass a fake. */
export interface SiteAccessApi {
  /** Undefined until the reader grants the optional `scripting` permission. */
  scripting?: Pick<
    Scripting.Static,
    'getRegisteredContentScripts' | 'registerContentScripts' | 'updateContentScripts' | 'unregisterContentScripts'
  >;
  hasOrigin(pattern: string): Promise<boolean>;
}

const browserApi: SiteAccessApi = {
  // Read on each use: the namespace appears only once the permission is granted.
  get scripting() {
    return browser.scripting;
  },
  hasOrigin: (pattern) => browser.permissions.contains({ origins: [pattern] }),
};

/** Brings the dynamic registration in line with the settings; returns the patterns now registered. */
export async function syncContentScripts(settings: Settings, api: SiteAccessApi = browserApi): Promise<string[]> {
  const scripting = api.scripting;
  if (!scripting) return [];
  const wanted = wantedPatterns(settings);
  const granted = (await Promise.all(wanted.map(async (p) => ((await api.hasOrigin(p)) ? p : null)))).filter(
    (p): p is string => p !== null,
  );
  const existing = await scripting.getRegisteredContentScripts({ ids: [DYNAMIC_SCRIPT_ID] });
  if (granted.length === 0) {
    if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [DYNAMIC_SCRIPT_ID] });
    return [];
  }
  const script: Scripting.RegisteredContentScript = {
    id: DYNAMIC_SCRIPT_ID,
    matches: granted,
    excludeMatches: STACK_EXCHANGE_EXCLUDES,
    // The same files the manifest's content script uses (see wxt.config.ts).
    js: ['content-scripts/stackpeek.js'],
    css: ['content-scripts/stackpeek-marks.css'],
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
  return granted;
}

/** Keeps the registration in step from now on: at start, on settings changes and on permission changes. */
export function watchSiteAccess(api: SiteAccessApi = browserApi): () => void {
  let queue = Promise.resolve();
  // Serialised, so two quick changes cannot register the same id twice.
  const sync = (settings?: Settings) => {
    queue = queue
      .then(async () => {
        await syncContentScripts(settings ?? (await loadSettings()), api);
      })
      .catch((error) => console.warn('Stackpeek could not update its sites:', error));
  };
  sync();
  const unwatch = watchSettings((settings) => sync(settings));
  const onPermissions = () => sync();
  browser.permissions.onAdded.addListener(onPermissions);
  browser.permissions.onRemoved.addListener(onPermissions);
  return () => {
    unwatch();
    browser.permissions.onAdded.removeListener(onPermissions);
    browser.permissions.onRemoved.removeListener(onPermissions);
  };
}
