/**
 * Security (issue 8), end to end in Chromium with the built extension:
 * - the manifest asks only for `storage` and the two default hosts, the rest
 *   optional, no `externally_connectable`, the default content security policy;
 * - a web page cannot message the extension (`chrome.runtime` is not there for
 *   it) and a `window.postMessage` flood changes nothing;
 * - the page never learns the extension's id (it would let a page fingerprint
 *   the reader, load our web-accessible files, or forge WXT's restart event);
 * - a note shown in the card never reaches the page: not in its markup, not in
 *   an attribute, not in its storage, and the card's shadow root is closed;
 * - the extension makes no network request at all: service worker, extension
 *   pages, and the page requests whose initiator is our code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, type ExtensionBrowser, launchWithExtension } from './browser';
import { openMore } from './card-dom';
import { highlightedTexts, markCentre, readCard, urlOf, waitForCard, waitForMarks } from './pages';
import { pageShape } from './plain-browser';
import { fixture, type PageServer, servePages } from './serve-pages';

const SO_PAGE = 'stackoverflow/so-beautifulsoup-vs-scrapy.html';
const SECRET = `stackpeek-secret-${Math.random().toString(36).slice(2)}`;

interface SeenRequest {
  url: string;
  frameUrl: string;
  serviceWorker: boolean;
}

const isLocal = (url: string) => /^(?:chrome-extension|data|blob|about|chrome):/.test(url);

describe('security', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  const requests: SeenRequest[] = [];
  /** Page requests that our code started (initiator stack in a chrome-extension:// script). */
  const initiatedByUs: string[] = [];

  beforeAll(async () => {
    browser = await launchWithExtension();
    server = await servePages(browser.context);
    browser.context.on('request', (request: Request) => {
      let frameUrl = '';
      try {
        frameUrl = request.frame().url();
      } catch {
        // Service worker requests have no frame.
      }
      requests.push({ url: request.url(), frameUrl, serviceWorker: request.serviceWorker() !== null });
    });
    // Everything the page's main world receives through `message` events, from the very start.
    await browser.context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __messages: string[] }).__messages = seen;
      window.addEventListener('message', (event) => {
        try {
          seen.push(JSON.stringify(event.data) ?? String(event.data));
        } catch {
          seen.push(String(event.data));
        }
      });
    });
  });
  afterAll(() => browser?.close());

  /** Opens a fixture page with the DevTools protocol watching who starts its requests. */
  async function openPage(name: string): Promise<Page> {
    server.serve(urlOf(name), fixture(`pages/${name}`));
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (event) => {
      const stack: string[] = [];
      for (let s = event.initiator.stack; s; s = s.parent) for (const frame of s.callFrames) stack.push(frame.url);
      const initiators = [event.initiator.url ?? '', ...stack];
      if (!isLocal(event.request.url) && initiators.some((url) => url.startsWith('chrome-extension://'))) {
        initiatedByUs.push(`${event.request.url} (from ${initiators.join(' < ')})`);
      }
    });
    await cdp.send('Network.enable');
    await page.goto(urlOf(name), { waitUntil: 'load' });
    return page;
  }

  it('asks only for storage and the two default hosts, and keeps the default CSP', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['storage']);
    const defaultHosts = ['https://stackoverflow.com/*', 'https://github.com/*'];
    for (const host of manifest.host_permissions ?? []) expect(defaultHosts).toContain(host);
    for (const script of manifest.content_scripts ?? []) {
      for (const match of script.matches) expect(defaultHosts).toContain(match);
    }
    // Everything else is optional, asked at runtime.
    expect(manifest.optional_permissions ?? []).not.toContain('storage');
    for (const permission of [
      ...(manifest.optional_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
    ]) {
      expect(manifest.permissions).not.toContain(permission);
    }
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
  });

  it('cannot be messaged by a web page, and a postMessage flood changes nothing', async () => {
    const page = await openPage(SO_PAGE);
    const before = await waitForMarks(page, 1);
    expect(before).toContain('Twisted');
    const shapeBefore = await pageShape(page);

    // No externally_connectable: the page has no runtime to send with, and if it had, no receiver.
    const reach = await page.evaluate(async (id) => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => unknown } } })
        .chrome?.runtime;
      if (typeof runtime?.sendMessage !== 'function') return 'no runtime';
      try {
        await runtime.sendMessage(id, { type: 'notes/list' });
        return 'answered';
      } catch (error) {
        return `refused: ${error}`;
      }
    }, browser.extensionId);
    expect(reach).not.toBe('answered');

    const flooded = await page.evaluate(() => {
      const shapes: unknown[] = [
        { type: 'notes/save', note: { frameworkId: 'tornado', text: 'forged', tags: [] } },
        { type: 'notes/delete-all' },
        { type: 'notes/list' },
        { type: 'page/mentions' },
        { type: 'page/open', frameworkId: 'tornado' },
        { type: 'page/step', direction: 'next' },
        { type: 'settings/update', settings: { sites: { stackoverflow: false } } },
        { type: 'wxt:content-script-started', contentScriptName: 'stackpeek', messageId: 'forged' },
        { type: 'stackpeek:wxt:content-script-started', contentScriptName: 'stackpeek' },
        'stackpeek',
        null,
        42,
        [1, 2, 3],
        { __proto__: { type: 'notes/delete-all' } },
        { type: 'x'.repeat(100_000) },
      ];
      let sent = 0;
      for (let round = 0; round < 150; round++) {
        for (const data of shapes) {
          window.postMessage(data, '*');
          sent++;
        }
      }
      // The old WXT restart event, without the extension's id in its name.
      for (const name of ['wxt:content-script-started', 'stackpeek:wxt:content-script-started']) {
        document.dispatchEvent(
          new CustomEvent(name, { detail: { contentScriptName: 'stackpeek', messageId: 'forged' } }),
        );
      }
      return sent;
    });
    expect(flooded).toBeGreaterThan(2000);
    await page.waitForTimeout(500);

    expect(await highlightedTexts(page)).toEqual(before);
    expect(await pageShape(page)).toEqual(shapeBefore);
    expect(await page.locator('stackpeek-card').count()).toBe(0);
    // Still alive and marking: new text is found.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Added later: gevent and asyncio.';
      // Into the question's body, a root the Stack Overflow adapter scans.
      const body = document.querySelector('.js-post-body') ?? document.querySelector('.s-prose');
      if (!body) throw new Error('no question body on the fixture page');
      body.append(p);
    });
    await expect.poll(() => highlightedTexts(page), { timeout: 5_000 }).toEqual(expect.arrayContaining(['gevent']));
    // And no note was written by the forged messages.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const notes = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'notes/list' }));
    expect(JSON.stringify(notes)).not.toContain('forged');
    await Promise.all([popup.close(), page.close()]);
  });

  it('never tells the page its extension id', async () => {
    const page = await openPage(SO_PAGE);
    await waitForMarks(page, 1);
    const leaks = await page.evaluate((id) => {
      const found: string[] = [];
      const messages = (window as unknown as { __messages: string[] }).__messages;
      for (const message of messages) if (message.includes(id)) found.push(`postMessage: ${message.slice(0, 200)}`);
      if (document.documentElement.outerHTML.includes(id)) found.push('markup');
      return found;
    }, browser.extensionId);
    expect(leaks).toEqual([]);
    await page.close();
  });

  it('shows a note in the card and nowhere the page can read it', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    // The message the popup's note editor sends (the editor UI itself is covered by notes.e2e.ts).
    const saved = await popup.evaluate(
      (text) =>
        chrome.runtime.sendMessage({
          type: 'notes/save',
          note: { frameworkId: 'twisted', text, tags: ['private'] },
        }),
      `${SECRET}: Twisted's reactor, see our internal wiki`,
    );
    expect(JSON.stringify(saved)).toContain(SECRET);
    await popup.close();

    const page = await openPage(SO_PAGE);
    await waitForMarks(page, 1);
    const point = await markCentre(page, /^Twisted$/);
    expect(point).not.toBeNull();
    if (!point) return;
    await page.mouse.move(point.x, point.y);
    await waitForCard(page);
    // The card (read through the DevTools protocol, which sees closed roots) does show it, under "More"…
    const cdp = await browser.context.newCDPSession(page);
    await openMore(page, cdp);
    await expect.poll(async () => (await readCard(page, cdp))?.text ?? '').toContain(SECRET);

    // …and the page's own scripts find it nowhere.
    const seen = await page.evaluate(async (secret) => {
      const found: string[] = [];
      if (document.documentElement.outerHTML.includes(secret)) found.push('outerHTML');
      if (document.body.innerText.includes(secret)) found.push('innerText');
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          if (attribute.value.includes(secret)) found.push(`attribute ${element.localName}[${attribute.name}]`);
        }
        if (element.shadowRoot && (element.shadowRoot.textContent ?? '').includes(secret)) {
          found.push(`open shadow root of ${element.localName}`);
        }
      }
      const host = document.querySelector('stackpeek-card');
      if (!host) found.push('no card host (test broken: the card did not open)');
      if (host?.shadowRoot !== null) found.push('card shadow root is open');
      for (const storage of [localStorage, sessionStorage]) {
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i) ?? '';
          if (`${key}${storage.getItem(key)}`.includes(secret)) found.push('web storage');
        }
      }
      if (document.cookie.includes(secret)) found.push('cookie');
      if (document.title.includes(secret) || location.href.includes(secret)) found.push('title or URL');
      const databases = await indexedDB.databases();
      if (databases.length > 0) found.push(`page-origin IndexedDB: ${databases.map((db) => db.name).join(', ')}`);
      const messages = (window as unknown as { __messages: string[] }).__messages;
      if (messages.some((message) => message.includes(secret))) found.push('postMessage');
      return found;
    }, SECRET);
    expect(seen).toEqual([]);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('made no network request at all, from any part of the extension', async () => {
    // The popup and options pages too: open them and let them settle.
    for (const path of ['popup.html', 'options.html']) {
      const extensionPage = await browser.context.newPage();
      await extensionPage.goto(`chrome-extension://${browser.extensionId}/${path}`);
      await extensionPage.waitForTimeout(500);
      await extensionPage.close();
    }
    const fromWorker = requests.filter((request) => request.serviceWorker && !isLocal(request.url));
    const fromExtensionPages = requests.filter(
      (request) => request.frameUrl.startsWith('chrome-extension://') && !isLocal(request.url),
    );
    expect(fromWorker.map((request) => request.url)).toEqual([]);
    expect(fromExtensionPages.map((request) => `${request.url} (${request.frameUrl})`)).toEqual([]);
    expect(initiatedByUs).toEqual([]);
    // The check can see: the pages' own requests were recorded (answered locally by servePages).
    expect(requests.filter((request) => request.url.startsWith('https://')).length).toBeGreaterThan(0);
  });
});
