/**
 * Stackpeek in Firefox on the shared real pages, served at their real URLs:
 * the marks equal the pipeline's expectation (which Chromium's suite checks
 * too, so the two browsers mark alike), they are painted, and the card opens
 * on hover and closes on Esc.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedMarks, MARK_PAGES } from '../shared/expected-marks';
import { onByDefault, urlOf } from '../shared/fixture-pages';
import { underlineClip, underlinePixels } from '../shared/painted-marks';
import { markBox, markKeys, openFixture, pollInPage, waitForScan } from './firefox-pages';
import { firefoxSession } from './firefox-session';

// Twisted is named once in this question's prose.
const SO_SCRAPY = 'stackoverflow/so-beautifulsoup-vs-scrapy.html';
const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');

describe('Firefox: marks and the card on shared real pages', () => {
  const session = firefoxSession();
  const extensionErrors: string[] = [];

  it.each(MARK_PAGES)('%s: the marks equal the expected ones', async (name) => {
    const { page, extensionErrors: errors } = await openFixture(session.current, name);
    const on = onByDefault(urlOf(name));
    expect(await waitForScan(page, on ? 10_000 : 1_000), 'the content script scans exactly where it is on').toBe(on);
    await new Promise((resolve) => setTimeout(resolve, 200)); // late MutationObserver batches
    expect(await markKeys(page)).toEqual(expectedMarks(name));
    extensionErrors.push(...errors);
    await page.close();
  });

  it('paints the marks with their underline', async () => {
    const { page } = await openFixture(session.current, SO_SCRAPY);
    await waitForScan(page);
    const box = await markBox(page, 'Twisted');
    expect(box).not.toBeNull();
    if (!box) return;
    await new Promise((resolve) => setTimeout(resolve, 200)); // the scroll's paint
    // puppeteer's clip is in page coordinates, the box in the viewport's.
    const scroll = await page.evaluate(() => ({ x: scrollX, y: scrollY }));
    const shot = await page.screenshot({ clip: underlineClip({ ...box, x: box.x + scroll.x, y: box.y + scroll.y }) });
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(`${ARTIFACTS}/firefox-mark-underline.png`, shot);
    expect(underlinePixels(Buffer.from(shot))).toBeGreaterThan(3);
    await page.close();
  });

  it('opens the card on hover and closes it on Esc', async () => {
    const { page, extensionErrors: errors } = await openFixture(session.current, SO_SCRAPY);
    await waitForScan(page);
    const box = await markBox(page, 'Twisted');
    if (!box) throw new Error('no Twisted mark');
    const registered = () => page.evaluate(() => [...CSS.highlights.keys()]);
    // Idle, the page's registry holds the marks alone (the card's highlight comes with a card).
    expect(await registered()).toEqual(['stackpeek-mention']);
    await page.bringToFront();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    expect(await pollInPage(page, `document.querySelector('stackpeek-card') !== null`)).toBe(true);
    // The card is drawn next to the word (below it, or above where there is no room): the
    // point just past the word's line box belongs to the card's host (its shadow root is closed).
    const cardAt = `(() => { const x = ${box.x + 12}; const below = document.elementFromPoint(x, ${box.y + box.height + 24});
      const above = document.elementFromPoint(x, ${box.y - 24}); return [below, above].some((el) => el?.localName === 'stackpeek-card'); })()`;
    expect(await pollInPage(page, cardAt)).toBe(true);
    // The open card's mention is the one hovered.
    const active = await page.evaluate(() =>
      [...(CSS.highlights.get('stackpeek-active') ?? [])].map((range) => {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        return live.toString();
      }),
    );
    expect(active).toEqual(['Twisted']);
    await page.keyboard.press('Escape');
    expect(await pollInPage(page, `document.querySelector('stackpeek-card') === null`)).toBe(true);
    expect(await registered()).toEqual(['stackpeek-mention']);
    extensionErrors.push(...errors);
    await page.close();
  });

  it('logged no error from the add-on', () => {
    expect(extensionErrors).toEqual([]);
    expect(session.current.extensionLog).toEqual([]);
  });
});
