/**
 * "On this page": the popup lists the frameworks the content script found on
 * the reader's page, and choosing one opens its card there. The popup runs
 * as a tab opened from the page (as a card's "Compare with" opens it), so
 * its page is the tab it was opened from.
 */
import { describe, expect, it } from 'vitest';
import { extensionSession } from './extension-session';
import { openFixture, waitForCard, waitForMarks } from './pages';
import { screenshot } from './screenshots';

describe('On this page', () => {
  const session = extensionSession();

  it('lists the frameworks on the page with counts, and choosing one opens its card there', async () => {
    const page = await openFixture(
      session.browser.context,
      session.server,
      'github/gh-blob-phinvest-requirements-txt.html',
    );
    await waitForMarks(page);
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

    const tornado = popup.getByRole('button', { name: /^Tornado\s*1 mention$/ });
    await tornado.waitFor();
    expect(await popup.getByRole('heading', { level: 2 }).first().textContent()).toMatch(
      /mentions? of \d+ frameworks?/,
    );
    await screenshot(popup, 'popup-on-this-page');

    await tornado.click();
    const card = await waitForCard(page);
    expect(card?.label).toBe('Tornado — Stackpeek');
  });
});
