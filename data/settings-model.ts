/**
 * What the reader's settings are, and what they mean for a page. No
 * validation here (that is settings.ts, used by the background and extension
 * pages): the content script imports this file and must stay small.
 */

export interface Settings {
  sites: { stackoverflow: boolean; github: boolean; stackexchange: boolean; custom: string[] };
  sensitivity: 'strict' | 'balanced' | 'eager';
  mutedFrameworks: string[];
  /** Words muted on one site, e.g. { site: "github.com", word: "express" }. */
  mutedWords: { site: string; word: string }[];
  hoverDelayMs: number;
  theme: 'auto' | 'light' | 'dark';
}

/** Where the settings live in `browser.storage.local`. */
export const SETTINGS_KEY = 'settings';

export type SiteKey = 'stackoverflow' | 'github' | 'stackexchange' | 'custom';

// Localised Stack Overflows (pt., ru., es., ja.) belong to the network switch.
const STACK_EXCHANGE_HOSTS =
  /(^|\.)(stackoverflow\.com|stackexchange\.com|superuser\.com|serverfault\.com|askubuntu\.com|mathoverflow\.net|stackapps\.com)$/;

/** Which switch in the options page governs this page. */
export function siteKeyFor(url: URL): SiteKey {
  if (url.hostname === 'stackoverflow.com') return 'stackoverflow';
  if (url.hostname === 'github.com') return 'github';
  if (STACK_EXCHANGE_HOSTS.test(url.hostname)) return 'stackexchange';
  return 'custom';
}

export function isSiteEnabled(settings: Settings, url: URL): boolean {
  const key = siteKeyFor(url);
  if (key === 'custom') return settings.sites.custom.includes(url.origin);
  return settings.sites[key];
}
