/** Marks and the hover card on real pages at their real URLs, styled with the site's own CSS. */
import { describe, expect, it } from 'vitest';
import { extensionSession } from './extension-session';
import { openFixture, waitForCard, waitForMarks } from './pages';
import { screenshot } from './screenshots';

describe('marks and card on a Stack Overflow question', () => {
  const session = extensionSession({ styled: true });

  it('registers "Scrapy" in CSS.highlights and opens its card on hover', async () => {
    const page = await openFixture(
      session.browser.context,
      session.server,
      'stackoverflow/so-beautifulsoup-vs-scrapy.html',
    );
    await page.setViewportSize({ width: 1280, height: 800 });
    const marks = await waitForMarks(page);
    expect(marks).toContain('Scrapy');

    // The question's own "Scrapy", below its title.
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
    await page.waitForTimeout(250); // let the opening fade finish
    await screenshot(page, 'card-stackoverflow', { clip: { x: 170, y: 40, width: 1000, height: 500 } });

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('stackpeek-card').count()).toBe(0);
  });
});
