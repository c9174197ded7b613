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

export const SENSITIVITIES = ['strict', 'balanced', 'eager'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export const HOVER_DELAY_RANGE = { min: 100, max: 2000 } as const;
export const MARK_DENSITIES = ['every', 'first-per-post', 'first-on-page'] as const;

/** What a reader who never opened the options page has (nothing is stored then). */
export const DEFAULT_SETTINGS: Settings = {
  sites: { stackoverflow: true, github: true, stackexchange: false, custom: [] },
  sensitivity: 'balanced',
  mutedFrameworks: [],
  mutedWords: [],
  hoverDelayMs: 300,
  theme: 'auto',
  // Measured on the 30 shared pages (README, "The card"): one mark per framework per post.
  markDensity: 'first-per-post',
  pausedSites: [],
};

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const isUrlList = (value: unknown): value is string[] =>
  isStringList(value) && value.every((item) => URL.canParse(item));

/**
 * Whether a stored value is complete, valid settings that settings.ts's schema
 * would take as they are, checked without the schema library (the content
 * script reads storage directly and must stay small). Anything else, old or
 * damaged, goes to the background, which repairs it field by field.
 */
export function isCompleteSettings(value: unknown): value is Settings {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<Record<keyof Settings, unknown>>;
  const sites = s.sites as Partial<Settings['sites']> | undefined;
  const words = s.mutedWords;
  return (
    typeof sites === 'object' &&
    sites !== null &&
    typeof sites.stackoverflow === 'boolean' &&
    typeof sites.github === 'boolean' &&
    typeof sites.stackexchange === 'boolean' &&
    isUrlList(sites.custom) &&
    SENSITIVITIES.includes(s.sensitivity as Settings['sensitivity']) &&
    isStringList(s.mutedFrameworks) &&
    Array.isArray(words) &&
    words.every(
      (muted: { site?: unknown; word?: unknown }) =>
        typeof muted?.site === 'string' &&
        muted.site !== '' &&
        typeof muted.word === 'string' &&
        muted.word !== '' &&
        muted.word === muted.word.trim().toLowerCase(),
    ) &&
    Number.isInteger(s.hoverDelayMs) &&
    (s.hoverDelayMs as number) >= HOVER_DELAY_RANGE.min &&
    (s.hoverDelayMs as number) <= HOVER_DELAY_RANGE.max &&
    THEMES.includes(s.theme as Settings['theme']) &&
    MARK_DENSITIES.includes(s.markDensity as MarkDensity) &&
    isStringList(s.pausedSites)
  );
}

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
