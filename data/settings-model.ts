/**
 * What the reader's settings are, and what they mean for a page. No
 * validation here (that is settings.ts, used by the background and extension
 * pages): the content script imports this file and must stay small.
 */

export interface Settings {
  sites: { stackoverflow: boolean; github: boolean; stackexchange: boolean; custom: string[] };
  sensitivity: 'strict' | 'balanced' | 'eager';
  mutedFrameworks: string[];
  /** Words muted on one site, e.g. { site: "github.com", word: "express" }; site "*" is every site. */
  mutedWords: { site: string; word: string }[];
  hoverDelayMs: number;
  theme: 'auto' | 'light' | 'dark';
  /** Which mentions get a mark; "On this page" lists every one whatever this says. */
  markDensity: MarkDensity;
  /** Host names where the reader paused Stackpeek from the popup (nothing is marked there). */
  pausedSites: string[];
}

/** Every mention, the first of each framework in each post or comment, or the first on the page. */
export type MarkDensity = 'every' | 'first-per-post' | 'first-on-page';

/** The `site` of a word muted everywhere. */
export const EVERY_SITE = '*';

/** The words muted on this host, lowercase: its own and those muted everywhere. */
export function mutedWordsOn(settings: Settings, host: string): string[] {
  return settings.mutedWords.filter((muted) => muted.site === host || muted.site === EVERY_SITE).map((m) => m.word);
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
  if (settings.pausedSites.includes(url.hostname)) return false;
  const key = siteKeyFor(url);
  if (key === 'custom') return settings.sites.custom.includes(url.origin);
  return settings.sites[key];
}
