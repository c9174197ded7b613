/** Marks and the hover card on real pages at their real URLs. */
import { describe, expect, it } from 'vitest';
import { extensionSession } from './extension-session';
import { markCentre, openFixture, waitForCard, waitForMarks } from './pages';
import { screenshot } from './screenshots';

describe('marks and card on a Stack Overflow question', () => {
  const session = extensionSession();

  it('registers "Tornado" in CSS.highlights and opens its card on hover', async () => {
    const page = await openFixture(
      session.browser.context,
      session.server,
      'stackoverflow/so-q3702675-print-full-traceback.html',
    );
    const marks = await waitForMarks(page);
    expect(marks).toContain('Tornado');

    const point = await markCentre(page, /^Tornado$/);
    expect(point).not.toBeNull();
    if (!point) return;
    await page.mouse.move(point.x, point.y);
    const card = await waitForCard(page);
    expect(card?.label).toBe('Tornado — Stackpeek');
    expect(card?.text).toMatch(/Concurrency/);
    await page.waitForTimeout(250); // let the opening fade finish
    const top = Math.max(0, point.y - 200);
    await screenshot(page, 'card-stackoverflow', {
      clip: { x: 0, y: top, width: 760, height: Math.min(640, 900 - top) },
    });

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('stackpeek-card').count()).toBe(0);
  });
});
