/**
 * Match patterns for the sites Stackpeek runs on only when the reader turns
 * them on. The manifest's content script covers stackoverflow.com and
 * github.com; these are registered at runtime (entrypoints/background/site-access.ts)
 * once the reader has granted the matching optional host permission.
 */
import type { Settings } from './settings';

/** The rest of the Stack Exchange network (same hosts as `siteKeyFor`'s "stackexchange"). */
export const STACK_EXCHANGE_PATTERNS = [
  'https://*.stackoverflow.com/*',
  'https://*.stackexchange.com/*',
  'https://*.superuser.com/*',
  'https://*.serverfault.com/*',
  'https://*.askubuntu.com/*',
  'https://*.mathoverflow.net/*',
  'https://*.stackapps.com/*',
];

/** `*.stackoverflow.com` also matches stackoverflow.com, which the manifest already covers. */
export const STACK_EXCHANGE_EXCLUDES = ['https://stackoverflow.com/*'];

/** The pattern that grants one origin, e.g. "https://docs.python.org/*". */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/**
 * Reads what a reader typed ("docs.python.org", "https://docs.python.org/3/")
 * as an origin, or null when it is not a web address.
 */
export function toOrigin(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** Every pattern the reader's settings ask for beyond the manifest's two sites. */
export function wantedPatterns(settings: Settings): string[] {
  return [
    ...(settings.sites.stackexchange ? STACK_EXCHANGE_PATTERNS : []),
    ...settings.sites.custom.map(originPattern),
  ];
}
