/**
 * Opening shared real pages and the add-on's own pages in Firefox, and
 * reading what Stackpeek did there.
 */
import type { Page } from 'puppeteer-core';
import { KEY_CONTEXT, readMarkKeysInPage } from '../shared/expected-marks';
import { fixture, PageTable, urlOf } from '../shared/fixture-pages';
import { EXTENSION_ORIGIN, type FirefoxSession } from './firefox-browser';

export const VIEWPORT = { width: 1280, height: 900 };

export interface OpenedPage {
  page: Page;
  table: PageTable;
  /** Console errors and uncaught errors the page's tab reported whose text or stack names the add-on. */
  extensionErrors: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Serves a saved page at its real URL by request interception (every other request: an empty 204) and opens it. */
export async function openFixture(
  session: FirefoxSession,
  name: string,
  html = fixture(`pages/${name}`),
): Promise<OpenedPage> {
  const url = urlOf(name);
  const table = new PageTable();
  table.serve(url, html);
  const page = await session.browser.newPage();
  await page.setViewport(VIEWPORT);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const answer = table.answer(request.url());
    void request.respond(answer);
  });
  const extensionErrors: string[] = [];
  page.on('console', (message) => {
    const where = [message.text(), ...message.stackTrace().map((frame) => frame.url ?? '')];
    if (message.type() === 'error' && where.some((text) => text.includes('moz-extension://'))) {
      extensionErrors.push(message.text());
    }
  });
  page.on('pageerror', (error) => {
    const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    if (text.includes('moz-extension://')) extensionErrors.push(text);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, table, extensionErrors };
}

/** Polls `check` in the page until it is true or the time is up. */
export async function pollInPage(page: Page, check: string, timeout = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(check).catch(() => false)) return true;
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
}

/** Waits for the content script's first full scan (it leaves a `stackpeek:scan` measure). */
export function waitForScan(page: Page, timeout = 5_000): Promise<boolean> {
  return pollInPage(page, `performance.getEntriesByName('stackpeek:scan').length > 0`, timeout);
}

export function markKeys(page: Page): Promise<string[]> {
  return page.evaluate(readMarkKeysInPage, KEY_CONTEXT);
}

/** Scrolls the first mark with this text into view and returns its first line box, in viewport pixels. */
export function markBox(
  page: Page,
  text: string,
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate((wanted) => {
    for (const range of CSS.highlights.get('stackpeek-mention') ?? []) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      if (live.toString() !== wanted) continue;
      (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
      const rect = live.getClientRects()[0];
      if (rect) return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
    }
    return null;
  }, text);
}

/**
 * Opens one of the add-on's pages. Firefox sends no navigation events for
 * extension pages (https://bugzilla.mozilla.org/show_bug.cgi?id=1755014), so
 * the navigation does not wait, and the page is polled until it has loaded.
 */
export async function openExtensionPage(session: FirefoxSession, path: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 420, height: 640 });
  const frame = page.mainFrame() as unknown as {
    browsingContext: { navigate(url: string, wait: string): Promise<void> };
  };
  const url = `${EXTENSION_ORIGIN}/${path}`;
  await frame.browsingContext.navigate(url, 'none');
  const loaded = `location.href.startsWith(${JSON.stringify(EXTENSION_ORIGIN)}) && document.readyState === 'complete'`;
  if (!(await pollInPage(page, loaded, 10_000))) throw new Error(`${url} did not load`);
  return page;
}

/** Reloads an extension page (no navigation events there either) and waits for the new document. */
export async function reloadExtensionPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __stackpeekBeforeReload: boolean }).__stackpeekBeforeReload = true;
    location.reload();
  });
  const reloaded = `!window.__stackpeekBeforeReload && document.readyState === 'complete'`;
  if (!(await pollInPage(page, reloaded, 10_000))) throw new Error('the page did not reload');
}
