/**
 * Marks and the hover card on real pages at their real URLs. The marks on
 * the shared pages must equal the pipeline's expectation, which Firefox's
 * suite checks too (firefox/marks.firefox.ts): the two browsers mark alike.
 */
import { describe, expect, it } from 'vitest';
import { extensionSession } from './extension-session';
import { markBox, openFixture, waitForCard, waitForMarks } from './pages';
import { waitForScan } from './plain-browser';
import { screenshot } from './screenshots';
import { expectedMarks, KEY_CONTEXT, MARK_PAGES, readMarkKeysInPage } from './shared/expected-marks';
import { onByDefault, urlOf } from './shared/fixture-pages';
import { underlineClip, underlinePixels } from './shared/painted-marks';

describe('marks on the shared real pages', () => {
  const session = extensionSession();

  it.each(MARK_PAGES)('%s: the marks equal the expected ones', async (name) => {
    const page = await openFixture(session.browser.context, session.server, name);
    const on = onByDefault(urlOf(name));
    expect(await waitForScan(page, on ? 5_000 : 500), 'the content script scans exactly where it is on').toBe(on);
    await page.waitForTimeout(200); // late MutationObserver batches
    expect(await page.evaluate(readMarkKeysInPage, KEY_CONTEXT)).toEqual(expectedMarks(name));
    await page.close();
  });
});

describe('marks and card on a Stack Overflow question, styled with its own CSS', () => {
  const session = extensionSession({ styled: true });

  it('registers "Scrapy" in CSS.highlights, paints it, and opens its card on hover', async () => {
    const page = await openFixture(
      session.browser.context,
      session.server,
      'stackoverflow/so-beautifulsoup-vs-scrapy.html',
    );
    await page.setViewportSize({ width: 1280, height: 800 });
    const marks = await waitForMarks(page);
    expect(marks).toContain('Scrapy');
    const registered = () => page.evaluate(() => [...CSS.highlights.keys()]);
    // Idle, the page's registry holds the marks alone (the card's highlight comes with a card).
    expect(await registered()).toEqual(['stackpeek-mention']);

    const box = await markBox(page, /^Scrapy$/);
    expect(box).not.toBeNull();
    if (!box) return;
    expect(underlinePixels(await page.screenshot({ clip: underlineClip(box) }))).toBeGreaterThan(3);

    // The question's own "Scrapy", below its title, for the README's picture.
    await page.evaluate(() => window.scrollTo(0, 0));
    const point = await page.evaluate(() => {
      for (const range of CSS.highlights.get('stackpeek-mention') ?? []) {
        const element = range.startContainer.parentElement;
        if (!element?.closest('.question .s-prose, .question .post-text')) continue;
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        if (live.toString() !== 'Scrapy') continue;
        const rect = live.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    });
    expect(point).not.toBeNull();
    if (!point) return;
    await page.mouse.move(point.x, point.y);
    const card = await waitForCard(page);
    expect(card?.label).toBe('Scrapy — Stackpeek');
    expect(card?.text).toMatch(/Concurrency/);
    expect(await registered()).toEqual(['stackpeek-mention', 'stackpeek-active']);
    await page.waitForTimeout(250); // let the opening fade finish
    await screenshot(page, 'card-stackoverflow', { clip: { x: 170, y: 40, width: 1000, height: 500 } });

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('stackpeek-card').count()).toBe(0);
  });
});
