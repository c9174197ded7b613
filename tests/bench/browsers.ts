/**
 * The two browsers the bench compares: the built extension loaded, and the
 * same Chromium with no extension (the baseline). Both serve saved pages at
 * their real URLs and carry the in-page probes.
 */

import type { BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, launchWithExtension } from '../e2e/browser';
import { type PageServer, servePages } from '../e2e/serve-pages';
import { PROBES_INIT_SCRIPT } from './page-probes';

export interface BenchBrowser {
  context: BrowserContext;
  server: PageServer;
  extensionId?: string;
  /** Chromium's version, where the browser object is at hand. */
  version?: string;
  close(): Promise<void>;
}

export async function withExtension(extensionDir: string): Promise<BenchBrowser> {
  const launched = await launchWithExtension({ extensionDir });
  await launched.context.addInitScript(PROBES_INIT_SCRIPT);
  const server = await servePages(launched.context);
  return { context: launched.context, server, extensionId: launched.extensionId, close: () => launched.close() };
}

export async function withoutExtension(): Promise<BenchBrowser> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  await context.addInitScript(PROBES_INIT_SCRIPT);
  const server = await servePages(context);
  return { context, server, version: browser.version(), close: () => browser.close() };
}
