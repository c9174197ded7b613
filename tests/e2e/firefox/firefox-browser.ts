/**
 * Starts the system Firefox (ESR 140+, for the Highlight API) with the store
 * zip of the Firefox build installed permanently, over WebDriver BiDi with
 * puppeteer-core. Never downloads a browser: FIREFOX_PATH, else the usual
 * system paths. (playwright-core cannot drive a stock Firefox: it needs a
 * patched build, and its BiDi mode fails on `emulation.setMediaFeaturesOverride`.)
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { type NetworkGuard, startNetworkGuard } from './network-guard';

const OUTPUT_DIR = resolve(import.meta.dirname, '../../../.output');
export const FIREFOX_BUILD_DIR = join(OUTPUT_DIR, 'firefox-mv3');

/** Fixed by the `extensions.webextensions.uuids` pref, so tests know the add-on's pages' address. */
export const ADDON_UUID = '5e1c0a7d-4f2b-4c8e-9a3d-7b6f0e2d1c90';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findFirefox(): string {
  const path = process.env.FIREFOX_PATH ?? CANDIDATES.find((candidate) => existsSync(candidate));
  if (!path || !existsSync(path)) {
    throw new Error(
      'No Firefox found: install one with `sudo apt-get install -y firefox-esr` or set FIREFOX_PATH to a Firefox binary.',
    );
  }
  return path;
}

/** The add-on's id, from the Firefox build's manifest. */
export function addonId(): string {
  const manifestPath = join(FIREFOX_BUILD_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error('No Firefox build: run `npm run zip:firefox` first.');
  return JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko.id;
}

/** The store zip (`wxt zip -b firefox --mv3`). */
export function firefoxZip(): string {
  const zip = existsSync(OUTPUT_DIR) && readdirSync(OUTPUT_DIR).find((name) => name.endsWith('-firefox.zip'));
  if (!zip) throw new Error('No Firefox zip in .output: run `npm run zip:firefox` first.');
  return join(OUTPUT_DIR, zip);
}

export interface FirefoxSession {
  browser: Browser;
  profileDir: string;
  guard: NetworkGuard;
  /** What Firefox printed about the add-on's own scripts: `JavaScript error/warning: moz-extension://…` lines. */
  extensionLog: string[];
  /** Closes Firefox; the profile is kept when `keepProfile` is set (restart tests). */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * A fresh profile gets the zip installed permanently (as from the store; an
 * unsigned one needs `xpinstall.signatures.required=false`); a kept profile
 * already has it.
 */
export async function launchFirefox(options: { profileDir?: string } = {}): Promise<FirefoxSession> {
  const fresh = options.profileDir === undefined;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'stackpeek-firefox-'));
  const guard = await startNetworkGuard();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profileDir,
    // Lets BiDi open the add-on's pages and read its state from the parent process.
    args: ['--remote-allow-system-access'],
    // Remote Settings honours the dummy server puppeteer sets only with this: Firefox then makes no request of its own.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId()]: ADDON_UUID }),
      'xpinstall.signatures.required': false,
      ...guard.prefs,
    },
  });
  const extensionLog: string[] = [];
  let pending = '';
  browser.process()?.stderr?.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.includes(EXTENSION_ORIGIN)) extensionLog.push(line.trim());
  });
  if (fresh)
    await bidi(browser).send('webExtension.install', {
      extensionData: { type: 'archivePath', path: firefoxZip() },
      'moz:permanent': true,
    });
  return {
    browser,
    profileDir,
    guard,
    extensionLog,
    async close({ keepProfile = false } = {}) {
      await browser.close();
      await guard.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** puppeteer-core's own BiDi connection, for commands it has no API for (permanent installs, Firefox's chrome scope). */
export function bidi(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}

/** Evaluates an expression in Firefox's parent process (the browser window), where add-on state can be read. */
export async function evaluateInChrome<T>(browser: Browser, expression: string): Promise<T> {
  const connection = bidi(browser);
  const { result: tree } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const [context] = tree.contexts as { context: string }[];
  if (!context) throw new Error('No chrome browsing context: is --remote-allow-system-access set?');
  const { result } = await connection.send('script.evaluate', {
    expression: `(async () => JSON.stringify(await (async () => { ${expression} })()))()`,
    target: { context: context.context },
    awaitPromise: true,
  });
  if (result.type !== 'success') throw new Error(`Chrome-scope evaluation failed: ${JSON.stringify(result)}`);
  return JSON.parse((result.result as { value: string }).value) as T;
}
