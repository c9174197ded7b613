/**
 * Optional permissions for the sites beyond Stack Overflow and GitHub. The
 * request must run inside the reader's click (browsers refuse it otherwise),
 * so callers call `requestSites` before awaiting anything else. The
 * background (entrypoints/background/site-access.ts) then registers the
 * content script once the settings say so.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

export function requestSites(patterns: string[]): Promise<boolean> {
  return browser.permissions.request({ permissions: ['scripting'], origins: patterns });
}

/** Gives a site's permission back when the reader removes it. */
export async function releaseSites(patterns: string[]): Promise<void> {
  try {
    await browser.permissions.remove({ origins: patterns });
  } catch {
    // Nothing to give back (never granted): nothing to do.
  }
}

/**
 * Other sites the reader has added, on or off. Settings hold only the ones
 * that are on; this list keeps a switched-off site on the page, so switching
 * it back on is one click.
 */
export const knownSitesItem = storage.defineItem<string[]>('local:knownSites', { fallback: [] });
