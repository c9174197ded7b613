/**
 * "On this page": the popup lists the frameworks the content script found on
 * the reader's page, and choosing one opens its card there; its arrows step
 * through one framework's mentions; "Pause" takes the marks off the site and
 * "Resume" brings them back. The popup runs as a tab opened from the page (as
 * a card's "Compare with" opens it), so its page is the tab it was opened from.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { type ExtensionSession, extensionSession } from './extension-session';
import { highlightedTexts, openFixture, readCard, waitForCard, waitForMarks } from './pages';
import { screenshot } from './screenshots';

async function popupFor(session: ExtensionSession): Promise<Page> {
  const opened = session.browser.context.waitForEvent('page');
  await session.browser.worker.evaluate(async () => {
    // Without the "tabs" permission tab URLs are hidden: the page's tab is the one whose content script answers.
    let pageTab: number | undefined;
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const answer = await chrome.tabs.sendMessage(tab.id, { type: 'page/mentions' }).catch(() => null);
      if (answer) pageTab = tab.id;
    }
    await chrome.tabs.create({ url: chrome.runtime.getURL('popup.html#on-this-page'), openerTabId: pageTab });
  });
  const popup = await opened;
  await popup.setViewportSize({ width: 420, height: 640 });
  return popup;
}

describe('On this page', () => {
  const session = extensionSession({ styled: true });

  it('lists the frameworks on the page with counts, and choosing one opens its card there', async () => {
    const page = await openFixture(
      session.browser.context,
      session.server,
      'github/gh-blob-phinvest-requirements-txt.html',
    );
    await waitForMarks(page);
    const popup = await popupFor(session);
    const tornado = popup.getByRole('button', { name: /^Tornado\s*1 mention$/ });
    await tornado.waitFor();
    expect(await popup.getByRole('heading', { level: 2 }).first().textContent()).toMatch(
      /mentions? of \d+ frameworks?/,
    );
    await tornado.click();
    const card = await waitForCard(page);
    expect(card?.label).toBe('Tornado — Stackpeek');
    await page.close();
  });

  it('steps through a framework’s mentions, pauses and resumes on the site, and restores what was muted', async () => {
    const page = await openFixture(
      session.browser.context,
      session.server,
      'stackoverflow/so-beautifulsoup-vs-scrapy.html',
    );
    const marks = await waitForMarks(page, 5);
    const popup = await popupFor(session);
    const next = popup.getByRole('button', { name: 'Next mention of Scrapy' });
    await next.waitFor();
    const count = Number(
      (await popup.getByRole('button', { name: /^Scrapy\s*\d+ mentions$/ }).textContent())?.match(/\d+/)?.[0],
    );
    expect(count).toBeGreaterThan(2);
    // Every mention is counted, more than the marks the density paints.
    expect(count).toBeGreaterThan(marks.filter((text) => /^scrapy$/i.test(text)).length);
    await screenshot(popup, 'popup-on-this-page');
    expect(await axeViolations(popup)).toEqual([]);

    await next.click();
    await popup.getByText(`1 of ${count}`).waitFor();
    expect((await waitForCard(page))?.label).toBe('Scrapy — Stackpeek');
    const firstTop = await page.evaluate(() => scrollY);
    await next.click();
    await next.click();
    await popup.getByText(`3 of ${count}`).waitFor();
    await expect.poll(() => page.evaluate(() => scrollY)).not.toBe(firstTop);
    expect((await readCard(page))?.label).toBe('Scrapy — Stackpeek');

    await popup.getByRole('button', { name: 'Pause on stackoverflow.com' }).click();
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    await popup.getByRole('button', { name: 'Resume on stackoverflow.com' }).click();
    expect((await waitForMarks(page, marks.length)).length).toBe(marks.length);

    // Muted from the page's side (as the card does), restored from the popup.
    await session.browser.worker.evaluate(async () => {
      const { settings } = (await chrome.storage.local.get('settings')) as { settings: Record<string, unknown> };
      await chrome.storage.local.set({ settings: { ...settings, mutedFrameworks: ['scrapy'] } });
    });
    await expect.poll(async () => (await highlightedTexts(page)).filter((t) => /^scrapy$/i.test(t)).length).toBe(0);
    await popup.getByRole('button', { name: 'Restore Scrapy (muted everywhere)' }).click();
    await expect
      .poll(async () => (await highlightedTexts(page)).filter((t) => /^scrapy$/i.test(t)).length)
      .toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});
