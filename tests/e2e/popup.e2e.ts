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

  for (const theme of ['light', 'dark'] as const) {
    it(`has the four tabs by name and passes axe on each, ${theme}${theme === 'light' ? ', with the README screenshots' : ''}`, async () => {
      const popup = await openExtensionPage(browser, 'popup.html');
      await popup.evaluate(async (chosen) => {
        const stored = (await chrome.storage.local.get('settings')).settings as Record<string, unknown> | undefined;
        await chrome.storage.local.set({ settings: { ...stored, theme: chosen } });
      }, theme);
      await popup.reload();
      await expect.poll(() => popup.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const shot = (name: string) => (theme === 'light' ? screenshot(popup, name) : undefined);
      expect(await popup.getByRole('tab').allTextContents()).toEqual(['On this page', 'Look up', 'Compare', 'Notes']);
      // Opened as a tab, the active tab is the popup itself: no content script there.
      await expect.poll(() => popup.getByText('Stackpeek is not running on this page.').count()).toBe(1);
      expect(await axeViolations(popup)).toEqual([]);
      const tabBar = async () => (await popup.getByRole('tablist').boundingBox())?.height;
      const heights = [await tabBar()];

      await tab(popup, 'Look up').click();
      heights.push(await tabBar());
      await popup.getByRole('group', { name: 'Most downloaded (npm and PyPI)' }).waitFor();
      expect(await axeViolations(popup)).toEqual([]);
      await shot('popup-look-up');
      await popup.getByLabel('Search frameworks').fill('djnago');
      expect(await popup.getByRole('option').first().textContent()).toMatch(/^Django/);
      expect(await axeViolations(popup)).toEqual([]);

      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html#compare=tornado,twisted,gevent`);
      await popup.getByRole('table', { name: 'Tornado vs Twisted vs gevent' }).waitFor();
      heights.push(await tabBar());
      expect(await axeViolations(popup)).toEqual([]);
      await shot('popup-compare');

      await tab(popup, 'Notes').click();
      heights.push(await tabBar());
      await popup.getByRole('button', { name: 'New note' }).click();
      await popup
        .getByLabel('Note text')
        .fill(`See https://www.tornadoweb.org/en/stable/guide/async.html for coroutines #reading (${theme})`);
      await popup.getByLabel('Framework', { exact: true }).selectOption('tornado');
      await popup.getByLabel('Tags').fill('async');
      await popup.getByRole('button', { name: 'Save note' }).click();
      await popup
        .getByRole('link', { name: 'https://www.tornadoweb.org/en/stable/guide/async.html' })
        .first()
        .waitFor();
      expect(await popup.getByRole('button', { name: 'Show notes tagged reading' }).count()).toBeGreaterThan(0);
      expect(await axeViolations(popup)).toEqual([]);
      await shot('popup-notes');
      // The tab bar keeps one height on every tab.
      expect(new Set(heights).size).toBe(1);
      await popup.close();
    });
  }

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

  it('compares Tornado and Twisted with the curated dimensions, picked by typing, and remembers it', async () => {
    const popup = await openExtensionPage(browser, 'popup.html', { width: 900, height: 900 });
    await tab(popup, 'Compare').click();
    for (const [label, typed] of [
      ['First framework', 'tornad'],
      ['Second framework', 'twistd'],
    ] as const) {
      await popup.getByRole('combobox', { name: label }).fill(typed);
      await popup.getByRole('combobox', { name: label }).press('Enter');
    }
    const table = popup.getByRole('table', { name: 'Tornado vs Twisted' });
    await table.waitFor();
    for (const dimension of TORNADO_TWISTED.dimensions) {
      expect(await table.getByRole('rowheader', { name: dimension.name }).count()).toBeGreaterThan(0);
    }
    expect(await popup.getByRole('table').count()).toBe(1);
    await screenshot(popup, 'popup-compare-tab');
    await popup.close();

    const reopened = await openExtensionPage(browser, 'popup.html#compare');
    await reopened.getByRole('heading', { level: 2, name: 'Tornado vs Twisted' }).waitFor();
    expect(await reopened.getByRole('combobox', { name: 'First framework' }).inputValue()).toBe('Tornado');
    await reopened.close();
  });

  it('fits a three-way comparison in one table in the 420 px popup, its column names always in view', async () => {
    const popup = await openExtensionPage(browser, 'popup.html#compare=tornado,twisted,gevent', {
      width: 420,
      height: 600,
    });
    const table = popup.getByRole('table', { name: 'Tornado vs Twisted vs gevent' });
    await table.waitFor();
    expect(await popup.getByRole('table').count()).toBe(1);
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    console.log(`three-way comparison: ${height} px tall at 420 px`);
    expect(height).toBeLessThan(5000);
    // No word broken inside: each cell is at least as wide as its longest word.
    const broken = await popup.evaluate(
      () =>
        [...document.querySelectorAll('.sp-compare-table td, .sp-compare-table th')].filter(
          (cell) => (cell as HTMLElement).scrollWidth > (cell as HTMLElement).clientWidth + 1,
        ).length,
    );
    expect(broken).toBe(0);
    const tabs = await popup.getByRole('tablist').boundingBox();
    await popup.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const header = await popup.getByRole('columnheader', { name: 'gevent' }).boundingBox();
    expect(header?.y).toBeCloseTo((tabs?.y ?? 0) + (tabs?.height ?? 0), 0);
    await popup.close();
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
