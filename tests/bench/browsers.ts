/**
 * The browsers the bench compares: the built extension loaded, the same
 * Chromium with no extension (the baseline), and with one of the yardstick
 * extensions (peer-extensions.ts). All serve saved pages at their real URLs
 * and carry the in-page probes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/**
 * Chromium launched as the extension browsers are (a persistent profile), with
 * an unpacked extension that needs no service worker (the yardsticks), or none.
 */
export async function withUnpackedExtension(extensionDir: string | null): Promise<BenchBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'stackpeek-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    colorScheme: 'light',
    viewport: { width: 1280, height: 900 },
    args: extensionDir
      ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_ARGS]
      : ['--disable-extensions', ...CHROMIUM_ARGS],
  });
  await context.addInitScript(PROBES_INIT_SCRIPT);
  const server = await servePages(context);
  return {
    context,
    server,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
