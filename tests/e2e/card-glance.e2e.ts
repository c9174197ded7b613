/**
 * The card at a glance, on pages styled with the sites' own CSS: its first
 * view never scrolls and shows every action at 1280×800 and 800×600; its
 * mutes are undone at once and it stays while it offers Undo; it follows the
 * page as it scrolls, never covers the sticky header, and closes when its
 * mention leaves the view.
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardLayout, clickInCard, findInCard, hasClass } from './card-dom';
import { extensionSession } from './extension-session';
import { highlightedTexts, openFixture, readCard, waitForCard, waitForMarks } from './pages';
import { screenshot } from './screenshots';

const SCRAPY = 'stackoverflow/so-beautifulsoup-vs-scrapy.html';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
];

/** Puts the first mark whose text matches at `fraction` of the viewport's height and rests the pointer on it. */
async function hoverAt(page: Page, text: RegExp, fraction: number, nth = 0) {
  const point = await page.evaluate(
    ({ source, fraction, nth }) => {
      const pattern = new RegExp(source);
      const ranges = [...(CSS.highlights.get('stackpeek-mention') ?? [])].filter((range) =>
        pattern.test(range.startContainer.textContent?.slice(range.startOffset, range.endOffset) ?? ''),
      );
      const range = ranges[nth];
      if (!range) return null;
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const before = live.getBoundingClientRect();
      window.scrollBy({ top: before.top - innerHeight * fraction, behavior: 'instant' });
      const rect = live.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    { source: text.source, fraction, nth },
  );
  if (!point) throw new Error(`no mark matching ${text}`);
  await page.mouse.move(point.x - 40, point.y + 30);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  return point;
}

const headerBottom = (page: Page) =>
  page.evaluate(() => document.querySelector('.s-topbar, .top-bar')?.getBoundingClientRect().bottom ?? 0);

async function setDensity(page: Page, density: 'every' | 'first-per-post') {
  // Through the extension's storage, as the options page would.
  const worker = page.context().serviceWorkers()[0];
  await worker?.evaluate(async (markDensity) => {
    const stored = (await chrome.storage.local.get('settings')).settings as Record<string, unknown> | undefined;
    await chrome.storage.local.set({ settings: { ...stored, markDensity } });
  }, density);
}

const count = (texts: string[], word: RegExp) => texts.filter((text) => word.test(text)).length;

async function openCard(page: Page, cdp: CDPSession, text: RegExp, fraction = 0.5) {
  await hoverAt(page, text, fraction);
  expect(await waitForCard(page)).not.toBeNull();
  await page.waitForTimeout(200); // the opening fade
  return cardLayout(cdp);
}

describe('the card at a glance', () => {
  const session = extensionSession({ styled: true });

  for (const size of SIZES) {
    it(`shows its first view without inner scrolling, every action in view, at ${size.width}×${size.height}`, async () => {
      const page = await openFixture(session.browser.context, session.server, SCRAPY);
      await page.setViewportSize(size);
      await waitForMarks(page, 5);
      const cdp = await session.browser.context.newCDPSession(page);
      for (const [fraction, word] of [
        [0.2, /^Scrapy$/],
        [0.5, /^BeautifulSoup$/],
        [0.8, /^Scrapy$/],
      ] as const) {
        const layout = await openCard(page, cdp, word, fraction);
        const where = `${word} at ${fraction} of ${size.width}×${size.height}`;
        expect(layout.body.scrollHeight, where).toBeLessThanOrEqual(layout.body.clientHeight + 1);
        const labels = layout.buttons.filter((b) => b.visible).map((b) => b.label);
        for (const action of ['Add note', 'Not a framework here', /^Mute /, 'Close'])
          expect(
            labels.some((label) => (typeof action === 'string' ? label === action : action.test(label))),
            `${String(action)} in view, ${where}`,
          ).toBe(true);
        expect(
          layout.buttons.every((b) => b.visible),
          where,
        ).toBe(true);
        expect(await findInCard(cdp, (node) => node.nodeName === 'SUMMARY')).toBeDefined();
        expect(layout.card.top, `below the sticky header, ${where}`).toBeGreaterThanOrEqual(await headerBottom(page));
        expect(layout.card.bottom).toBeLessThanOrEqual(size.height);
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('stackpeek-card').count()).toBe(0);
      }
      await page.close();
    });
  }

  it('undoes "Not a framework here" at each scope, and "Mute", restoring the marks at once', async () => {
    const page = await openFixture(session.browser.context, session.server, SCRAPY);
    await setDensity(page, 'every');
    await page.reload();
    const before = await waitForMarks(page, 20);
    const scrapy = count(before, /^scrapy$/i);
    expect(scrapy).toBeGreaterThan(3);
    const cdp = await session.browser.context.newCDPSession(page);
    await openCard(page, cdp, /^Scrapy$/);

    await clickInCard(page, cdp, 'Not a framework here');
    await expect.poll(async () => count(await highlightedTexts(page), /^scrapy$/i), { timeout: 500 }).toBe(scrapy - 1);
    expect((await readCard(page, cdp))?.text).toContain('is no longer marked');
    await page.waitForTimeout(150);
    const shown = await cardLayout(cdp);
    await screenshot(page, 'card-undo', {
      clip: { x: Math.max(0, shown.card.left - 120), y: Math.max(0, shown.card.top - 40), width: 620, height: 400 },
    });

    await clickInCard(page, cdp, 'Every “scrapy” on this page');
    await expect.poll(async () => count(await highlightedTexts(page), /^scrapy$/i), { timeout: 500 }).toBe(0);
    await clickInCard(page, cdp, 'On stackoverflow.com');
    await expect
      .poll(() =>
        session.browser.worker.evaluate(
          async () => ((await chrome.storage.local.get('settings')).settings as { mutedWords: unknown }).mutedWords,
        ),
      )
      .toEqual([{ site: 'stackoverflow.com', word: 'scrapy' }]);
    // The rescan the setting causes leaves the card (and its Undo) open.
    await page.waitForTimeout(400);
    expect((await readCard(page, cdp))?.text).toContain('no longer marked on stackoverflow.com');

    await clickInCard(page, cdp, 'Undo');
    await expect.poll(async () => count(await highlightedTexts(page), /^scrapy$/i), { timeout: 1500 }).toBe(scrapy);
    expect(
      await session.browser.worker.evaluate(
        async () => ((await chrome.storage.local.get('settings')).settings as { mutedWords: unknown }).mutedWords,
      ),
    ).toEqual([]);
    expect((await highlightedTexts(page)).length).toBe(before.length);

    await clickInCard(page, cdp, 'Mute Scrapy');
    await expect.poll(async () => count(await highlightedTexts(page), /^scrapy$/i), { timeout: 1500 }).toBe(0);
    await clickInCard(page, cdp, 'Undo');
    await expect.poll(async () => count(await highlightedTexts(page), /^scrapy$/i), { timeout: 1500 }).toBe(scrapy);
    await setDensity(page, 'first-per-post');
    await page.close();
  });

  it('stays open for at least 10 seconds while it offers Undo, wherever the pointer goes', async () => {
    const page = await openFixture(session.browser.context, session.server, SCRAPY);
    await waitForMarks(page, 5);
    const cdp = await session.browser.context.newCDPSession(page);
    await openCard(page, cdp, /^Scrapy$/);
    await clickInCard(page, cdp, 'Not a framework here');
    const muted = Date.now();
    await page.mouse.move(5, 400, { steps: 5 });
    // Focus left the card too: only the hold keeps it.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.click(5, 400);
    await page.waitForTimeout(9_000 - (Date.now() - muted));
    expect(await readCard(page, cdp)).not.toBeNull();
    await page.mouse.move(6, 420, { steps: 3 });
    await expect.poll(() => readCard(page, cdp), { timeout: 4_000 }).toBeNull();
    await page.close();
  }, 30_000);

  it('follows the page as it scrolls by keyboard, and closes when its mention leaves the view', async () => {
    const page = await openFixture(session.browser.context, session.server, SCRAPY);
    await page.setViewportSize({ width: 1280, height: 800 });
    await waitForMarks(page, 5);
    const cdp = await session.browser.context.newCDPSession(page);
    // Opened from the keyboard path (as "On this page" and Alt+Shift+J do): focus is in the card.
    await session.browser.worker.evaluate(async () => {
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        await chrome.tabs
          .sendMessage(tab.id, { type: 'page/reveal', frameworkId: 'scrapy', index: 2 })
          .catch(() => null);
      }
    });
    await waitForCard(page);
    await page.waitForTimeout(200);
    const first = await cardLayout(cdp);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(300);
    const moved = await cardLayout(cdp);
    expect(Math.abs(moved.card.top - first.card.top)).toBeGreaterThan(20);
    expect(moved.card.top).toBeGreaterThanOrEqual(await headerBottom(page));
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
    await expect.poll(() => page.locator('stackpeek-card').count(), { timeout: 3_000 }).toBe(0);
    expect(await findInCard(cdp, hasClass('sp-card'))).toBeUndefined();
    await page.close();
  });
});
