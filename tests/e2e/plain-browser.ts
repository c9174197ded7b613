/**
 * The same Chromium, profile flags and viewport as `launchWithExtension()`,
 * but without the extension: the baseline that page-safety, churn and
 * security tests compare against ("as without it").
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './browser';

export interface PlainBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchPlain(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<PlainBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'stackpeek-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    args: ['--disable-extensions', ...CHROMIUM_ARGS],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** An error the page's console or exception reporting saw, from any world (page, content script). */
export interface PageError {
  text: string;
  /** Script URLs of the error and its stack, where known. */
  urls: string[];
  /** The extension's own code is in the stack or the message. */
  fromExtension: boolean;
}

interface CdpStack {
  callFrames?: { url: string }[];
  parent?: CdpStack;
}

function stackUrls(stack: CdpStack | undefined): string[] {
  const urls: string[] = [];
  for (let s = stack; s; s = s.parent) for (const frame of s.callFrames ?? []) urls.push(frame.url);
  return urls;
}

/**
 * Opens a tab that reports every console error and uncaught exception or
 * rejection, including those of isolated worlds (the content script), through
 * the DevTools protocol: Playwright's own `console` event sees the main world only.
 */
export async function openWatched(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; errors: PageError[]; cdp: CDPSession }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const errors: PageError[] = [];
  const add = (text: string, urls: string[]) => {
    const all = urls.filter(Boolean);
    errors.push({ text, urls: all, fromExtension: [text, ...all].some((s) => s.includes('chrome-extension://')) });
  };
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    add(`${d.text} ${d.exception?.description ?? ''}`.trim(), [d.url ?? '', ...stackUrls(d.stackTrace)]);
  });
  cdp.on('Runtime.consoleAPICalled', (event) => {
    if (event.type !== 'error' && event.type !== 'assert') return;
    const text = event.args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' ');
    add(text, stackUrls(event.stackTrace));
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error') add(entry.text, [entry.url ?? '', ...stackUrls(entry.stackTrace)]);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, cdp };
}

/** Waits for the content script's first full scan (it leaves a `stackpeek:scan` measure), or the timeout. */
export async function waitForScan(page: Page, timeout = 5_000): Promise<boolean> {
  try {
    await page.waitForFunction(() => performance.getEntriesByName('stackpeek:scan').length > 0, undefined, {
      timeout,
      polling: 50,
    });
    return true;
  } catch {
    return false;
  }
}

/** What the reader sees and the page's scripts can count: compared with and without the extension. */
export interface PageShape {
  innerText: string;
  elements: number;
  /** Every node, text and comments included, walked by a TreeWalker (SHOW_ALL). */
  nodes: number;
  scrollHeight: number;
}

export function pageShape(page: Page): Promise<PageShape> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    let nodes = 0;
    while (walker.nextNode()) nodes++;
    return {
      innerText: document.body.innerText,
      elements: document.getElementsByTagName('*').length,
      nodes,
      scrollHeight: document.documentElement.scrollHeight,
    };
  });
}
