/**
 * The hover card end to end: opening after the delay, staying while hovered,
 * Esc, notes from the card, the page's theme, keyboard stepping, and axe.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { centreOf, clickInCard, findInCard, openMore } from './card-dom';
import { extensionSession } from './extension-session';
import { markCentre, openFixture, readCard, waitForCard, waitForMarks } from './pages';
import { screenshot } from './screenshots';
import { fixture } from './serve-pages';

// Twisted is named once in this question's prose ("dependencies of it like (Twisted, pywin32…").
const SO_SCRAPY = 'stackoverflow/so-beautifulsoup-vs-scrapy.html';
const GH_REQUIREMENTS = 'github/gh-blob-phinvest-requirements-txt.html';

async function hover(page: Page, text: RegExp) {
  const point = await markCentre(page, text);
  if (!point) throw new Error(`no mark matching ${text}`);
  await page.mouse.move(point.x, point.y);
  return point;
}

/** The card's rendered markup and styles, read through the DevTools protocol. */
async function cardMarkup(page: Page, cdp: CDPSession): Promise<{ html: string; css: string }> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: { nodeName: string; nodeId: number; children?: unknown[]; shadowRoots?: unknown[] };
  };
  type Node = { nodeName: string; nodeId: number; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
  const all: Node[] = [];
  const walk = (node: Node) => {
    all.push(node);
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child);
  };
  walk(root as Node);
  const host = all.find((node) => node.nodeName === 'STACKPEEK-CARD');
  if (!host) throw new Error('no card host');
  const inside: Node[] = [];
  const walkInside = (node: Node) => {
    inside.push(node);
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walkInside(child);
  };
  walkInside(host);
  const style = inside.find((node) => node.nodeName === 'STYLE');
  const dialog = inside.find((node) => (node.attributes ?? []).join(' ').includes('dialog'));
  if (!style || !dialog) throw new Error('card markup not found');
  const css = (await cdp.send('DOM.getOuterHTML', { nodeId: style.nodeId })) as { outerHTML: string };
  const html = (await cdp.send('DOM.getOuterHTML', { nodeId: dialog.nodeId })) as { outerHTML: string };
  void page;
  return { html: html.outerHTML, css: css.outerHTML.replace(/<\/?style[^>]*>/g, '') };
}

describe('the hover card', () => {
  const session = extensionSession({ styled: true });

  it('opens after the hover delay with the right framework, not before', async () => {
    const page = await openFixture(session.browser.context, session.server, GH_REQUIREMENTS);
    await waitForMarks(page);
    await hover(page, /^tornado$/i);
    await page.waitForTimeout(120);
    expect(await readCard(page)).toBeNull();
    const card = await waitForCard(page);
    expect(card?.label).toBe('Tornado — Stackpeek');
    await page.close();
  });

  it('stays open while the pointer is in it, and Esc closes it', async () => {
    const page = await openFixture(session.browser.context, session.server, SO_SCRAPY);
    await waitForMarks(page);
    const point = await hover(page, /^Twisted$/);
    expect(await waitForCard(page)).not.toBeNull();
    // Walk from the word into the card (above or below it), as a person would.
    const cdp = await session.browser.context.newCDPSession(page);
    const dialog = await findInCard(cdp, (node) => (node.attributes ?? []).includes('dialog'));
    if (!dialog) throw new Error('no dialog');
    const target = await centreOf(cdp, dialog);
    for (let step = 1; step <= 10; step++) {
      await page.mouse.move(point.x + ((target.x - point.x) * step) / 10, point.y + ((target.y - point.y) * step) / 10);
      await page.waitForTimeout(15);
    }
    await page.waitForTimeout(700);
    expect(await readCard(page)).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('stackpeek-card').count()).toBe(0);
    await page.close();
  });

  it('saves a note from the card that the popup then shows', async () => {
    const page = await openFixture(session.browser.context, session.server, SO_SCRAPY);
    await waitForMarks(page);
    await hover(page, /^Twisted$/);
    await waitForCard(page);
    const cdp = await session.browser.context.newCDPSession(page);
    await clickInCard(page, cdp, 'Add note');
    await expect.poll(async () => Boolean(await findInCard(cdp, (node) => node.nodeName === 'TEXTAREA'))).toBe(true);
    await page.waitForTimeout(50); // the box takes focus after it renders
    await page.keyboard.type('Twisted: one reactor per process');
    await clickInCard(page, cdp, 'Save note');
    await expect.poll(async () => (await readCard(page, cdp))?.text ?? '').toContain('More · 1 note');
    await openMore(page, cdp);
    await expect
      .poll(async () => (await readCard(page, cdp))?.text ?? '')
      .toContain('Twisted: one reactor per process');

    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: 'Notes' }).click();
    await expect.poll(() => popup.getByText('Twisted: one reactor per process').count()).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  for (const theme of ['dark', 'light'] as const) {
    it(`follows a ${theme} GitHub page and passes axe`, async () => {
      const html = fixture(`pages/${GH_REQUIREMENTS}`).replace(/<html([^>]*?)data-color-mode="[^"]*"/, '<html$1');
      const themed = html.replace('<html', `<html data-color-mode="${theme}" data-${theme}-theme="${theme}"`);
      const page = await openFixture(session.browser.context, session.server, GH_REQUIREMENTS, { html: themed });
      await waitForMarks(page);
      const point = await hover(page, /^tornado$/i);
      const card = await waitForCard(page);
      expect(card?.theme).toBe(theme);
      await page.waitForTimeout(300); // let the opening fade finish
      if (theme === 'dark') {
        const top = Math.max(0, point.y - 150);
        await screenshot(page, 'card-github-dark', {
          clip: { x: 0, y: top, width: 760, height: Math.min(420, 900 - top) },
        });
      }

      const cdp = await session.browser.context.newCDPSession(page);
      // "More" open too, so its content is checked.
      await openMore(page, cdp);
      await expect.poll(async () => (await readCard(page, cdp))?.text ?? '').toContain('How it runs');
      const { html: markup, css } = await cardMarkup(page, cdp);
      const check = await session.browser.context.newPage();
      await check.setContent(
        `<!doctype html><html lang="en" data-theme="${theme}"><head><title>Card</title><style>${css.replace(/:host\(([^)]*)\)/g, ':root$1').replaceAll(':host', ':root')}</style></head><body>${markup}</body></html>`,
      );
      const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      await check.addScriptTag({ content: axeSource });
      const violations = await check.evaluate(async () => {
        // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global
        const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v: { id: string; nodes: unknown[] }) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations).toEqual([]);
      await check.close();
      await page.close();
    });
  }

  it('steps to the next mention from the keyboard command', async () => {
    const page = await openFixture(session.browser.context, session.server, GH_REQUIREMENTS);
    await waitForMarks(page);
    const opened = await session.browser.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) return false;
      return chrome.tabs.sendMessage(tab.id, { type: 'page/step', direction: 'next' });
    });
    expect(opened).toBe(true);
    expect(await waitForCard(page)).not.toBeNull();
    await page.close();
  });
});
