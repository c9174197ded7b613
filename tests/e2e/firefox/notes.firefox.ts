/**
 * A note saved in Firefox's popup lives in the background's IndexedDB: it is
 * there after the popup reloads and after Firefox restarts on the same
 * profile (the zip is installed permanently, as from the store).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox } from './firefox-browser';
import { openExtensionPage, pollInPage, reloadExtensionPage } from './firefox-pages';

const NOTE = 'Tornado: try the asyncio event loop (Firefox)';
const shows = (page: Page) => pollInPage(page, `document.body.innerText.includes(${JSON.stringify(NOTE)})`, 10_000);

describe('Firefox: notes in the popup', () => {
  let session: FirefoxSession | undefined;
  afterAll(() => session?.close());

  it('saves a note that survives a reload and a browser restart', async () => {
    session = await launchFirefox();
    const popup = await openExtensionPage(session, 'popup.html#notes');
    await popup.bringToFront();
    await popup.locator('button::-p-text(New note)').click();
    await popup.locator('.note-editor textarea').fill(NOTE);
    await popup.locator('.note-editor button[type="submit"]').click();
    expect(await shows(popup)).toBe(true);

    await reloadExtensionPage(popup);
    expect(await shows(popup)).toBe(true);

    const { profileDir } = session;
    await session.close({ keepProfile: true });
    session = await launchFirefox({ profileDir });
    const again = await openExtensionPage(session, 'popup.html#notes');
    expect(await shows(again)).toBe(true);
    expect(session.extensionLog).toEqual([]);
  });
});
