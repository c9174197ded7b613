/**
 * The popup in Chromium, opened as a tab: its four tabs, Look up from the
 * keyboard, Compare, notes that survive a reload and a restart, axe, and the
 * README screenshots.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { openExtensionPage, storedNotes } from './extension-pages';
import { screenshot } from './screenshots';

const TORNADO_TWISTED = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../data/comparisons/tornado--twisted.json'), 'utf8'),
) as { title: string; dimensions: { name: string }[] };

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

describe('the popup', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(() => browser?.close());

  it('has the four tabs by name, passes axe on each, and gives the README its screenshots', async () => {
    const popup = await openExtensionPage(browser, 'popup.html');
    expect(await popup.getByRole('tab').allTextContents()).toEqual(['On this page', 'Look up', 'Compare', 'Notes']);
    // Opened as a tab, the active tab is the popup itself: no content script there.
    await expect.poll(() => popup.getByText('Stackpeek is not running on this page.').count()).toBe(1);
    expect(await axeViolations(popup)).toEqual([]);

    await tab(popup, 'Look up').click();
    await popup.getByLabel('Search frameworks').fill('gevent');
    expect(await axeViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-look-up');

    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html#compare=tornado,twisted`);
    await popup.getByRole('region', { name: TORNADO_TWISTED.title }).waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-compare');

    await tab(popup, 'Notes').click();
    await popup.getByRole('button', { name: 'New note' }).click();
    await popup
      .getByLabel('Note text')
      .fill('See https://www.tornadoweb.org/en/stable/guide/async.html for coroutines');
    await popup.getByLabel('Framework', { exact: true }).selectOption('tornado');
    await popup.getByLabel('Tags').fill('async, reading');
    await popup.getByRole('button', { name: 'Save note' }).click();
    await popup.getByRole('link', { name: 'https://www.tornadoweb.org/en/stable/guide/async.html' }).waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-notes');
    await popup.close();
  });

  it('looks a framework up with the keyboard alone', async () => {
    const popup = await openExtensionPage(browser, 'popup.html');
    await tab(popup, 'On this page').focus();
    await popup.keyboard.press('ArrowRight');
    expect(await tab(popup, 'Look up').getAttribute('aria-selected')).toBe('true');
    await popup.keyboard.press('Tab');
    await popup.keyboard.type('twisted');
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { level: 2, name: 'Twisted' }).waitFor();
    expect(await popup.getByText('Concurrency', { exact: true }).count()).toBe(1);
    await popup.close();
  });

  it('compares Tornado and Twisted with the curated dimensions, and remembers it', async () => {
    const popup = await openExtensionPage(browser, 'popup.html', { width: 900, height: 900 });
    await tab(popup, 'Compare').click();
    await popup.getByLabel('First framework').selectOption('tornado');
    await popup.getByLabel('Second framework').selectOption('twisted');
    const curated = popup.getByRole('region', { name: TORNADO_TWISTED.title });
    await curated.waitFor();
    for (const dimension of TORNADO_TWISTED.dimensions) {
      expect(await curated.getByRole('rowheader', { name: dimension.name }).count()).toBeGreaterThan(0);
    }
    expect(await popup.getByRole('table', { name: 'Attributes side by side' }).count()).toBe(1);
    await screenshot(popup, 'popup-compare-tab');

    await popup.close();

    const reopened = await openExtensionPage(browser, 'popup.html#compare');
    await reopened.getByRole('heading', { level: 2, name: 'Tornado vs Twisted' }).waitFor();
    expect(await reopened.getByLabel('First framework').inputValue()).toBe('tornado');
    await reopened.close();
  });

  it('creates, edits, deletes and undoes a note', async () => {
    const popup = await openExtensionPage(browser, 'popup.html#notes');
    await popup.getByRole('button', { name: 'New note' }).click();
    await popup.getByLabel('Note text').fill('gevent: monkey.patch_all() first');
    await popup.getByRole('button', { name: 'Save note' }).click();
    const item = popup.getByRole('article').filter({ hasText: 'monkey.patch_all() first' });
    await item.waitFor();

    await item.getByRole('button', { name: 'Edit' }).click();
    await popup.getByLabel('Note text').fill('gevent: call monkey.patch_all() before other imports');
    await popup.getByRole('button', { name: 'Save note' }).click();
    const edited = popup.getByRole('article').filter({ hasText: 'before other imports' });
    await edited.waitFor();

    const before = await storedNotes(popup);
    await edited.getByRole('button', { name: 'Delete' }).click();
    await popup.getByText('Note deleted.').waitFor();
    expect(await storedNotes(popup)).toHaveLength(before.length - 1);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await edited.waitFor();
    expect(await storedNotes(popup)).toEqual(before);
    await popup.close();
  });
});

describe('a note saved in the popup', () => {
  it('survives a reload and a browser restart on the same profile', async () => {
    const text = `Twisted runs one reactor ${Date.now()}`;
    const first = await launchWithExtension();
    const popup = await openExtensionPage(first, 'popup.html#notes');
    await popup.getByRole('button', { name: 'New note' }).click();
    await popup.getByLabel('Note text').fill(text);
    await popup.getByRole('button', { name: 'Save note' }).click();
    await popup.getByText(text).waitFor();
    await popup.reload();
    await popup.getByText(text).waitFor();
    await first.close({ keepProfile: true });

    const second = await launchWithExtension({ userDataDir: first.userDataDir });
    try {
      const again = await openExtensionPage(second, 'popup.html#notes');
      await again.getByText(text).waitFor();
    } finally {
      await second.close();
    }
  });
});
