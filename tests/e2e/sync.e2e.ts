/**
 * Notes sync end to end in Chromium: two profiles of the built extension,
 * sync turned on in each options page. No account exists here, so the
 * browser's sync server is played by the test: the `storage.sync` items are
 * read from one profile and written into the other through the extension's
 * own page, as Chrome Sync would deliver them. A note written in one
 * profile appears in the other's popup; an edit on both sides yields a
 * conflict copy, and both texts stay. And 1,000 typical notes go into
 * Chromium's own storage.sync, whose quota check must accept every write.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJson } from '../../entrypoints/background/notes-file';
import { typicalNotes } from '../unit/sync/typical-notes';
import { axeViolations } from './axe';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { openExtensionPage } from './extension-pages';

type SyncItems = Record<string, unknown>;
interface Chrome {
  storage: {
    sync: { get(keys: null): Promise<SyncItems>; set(items: SyncItems): Promise<void> };
    local: { get(key: string): Promise<Record<string, { lastSyncedAt: number | null; state: string } | undefined>> };
  };
}

/** Every sync item of the profile, read in its extension page. */
const readSync = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.get(null));

/** What the browser's sync would do: the other device's items arrive in this profile. */
const deliver = (page: Page, items: SyncItems) =>
  page.evaluate((values) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.set(values), items);

/** Waits for the profile's background to have written its notes out (after its short debounce). */
async function waitForSync(page: Page, since: number) {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const stored = await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(
            'notesSyncStatus',
          );
          return stored.notesSyncStatus ?? null;
        }),
      { timeout: 20_000 },
    )
    .toMatchObject({ state: 'synced', lastSyncedAt: expect.toSatisfy((t: number) => t >= since) });
}

async function turnSyncOn(browser: ExtensionBrowser): Promise<Page> {
  const options = await openExtensionPage(browser, 'options.html', { width: 900, height: 1200 });
  const toggle = options.getByRole('switch', { name: "Sync notes through your browser's sync" });
  // Enabled once the status has been read.
  await options.waitForSelector('#sync-notes:not([disabled])');
  await toggle.click();
  await options.getByText(/Last synced/).waitFor({ timeout: 15_000 });
  return options;
}

/** The notes the popup shows, after the background has merged what arrived. */
async function popupTexts(browser: ExtensionBrowser, expected: number): Promise<string[]> {
  const popup = await openExtensionPage(browser, 'popup.html#notes');
  const articles = popup.getByRole('list', { name: 'Notes' }).getByRole('article');
  await expect
    .poll(
      async () => {
        await popup.reload();
        await popup.getByRole('list', { name: 'Notes' }).waitFor();
        return articles.count();
      },
      { timeout: 15_000 },
    )
    .toBe(expected);
  const texts = await articles.allTextContents();
  await popup.close();
  return texts;
}

async function editFirstNote(browser: ExtensionBrowser, text: string) {
  const popup = await openExtensionPage(browser, 'popup.html#notes');
  await popup.getByRole('article').first().getByRole('button', { name: 'Edit' }).click();
  await popup.getByLabel('Note text').fill(text);
  await popup.getByRole('button', { name: 'Save note' }).click();
  await popup.getByRole('article').filter({ hasText: text }).waitFor();
  await popup.close();
}

describe("notes sync in Chromium's own storage.sync", () => {
  it("fits about 460 typical notes within the browser's quota, and says how many stay here", async () => {
    const browser = await launchWithExtension();
    try {
      const options = await turnSyncOn(browser);
      const since = Date.now();
      const text = exportJson(typicalNotes(1_000));
      const reply = await options.evaluate(
        (file) =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
          ).chrome.runtime.sendMessage({ type: 'notes/import', text: file }),
        text,
      );
      expect(reply).toMatchObject({ ok: true, data: { added: 1_000 } });
      await waitForSync(options, since);
      const status = await options.evaluate(async () => {
        const stored = await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get('notesSyncStatus');
        return stored.notesSyncStatus as unknown as {
          synced: number;
          localOnly: number;
          usage: { bytes: number };
          error: string | null;
        };
      });
      // Chrome itself enforced the quota: a miscount would have been refused, and shown as an error.
      expect(status.error).toBeNull();
      expect(status.synced + status.localOnly).toBe(1_000);
      expect(status.synced).toBeGreaterThan(400);
      expect(status.usage.bytes).toBeLessThanOrEqual(102_400);
      console.info(
        `sync in Chromium: ${status.synced} typical notes fit, ${(status.usage.bytes / status.synced).toFixed(0)} bytes each`,
      );
      await options.getByText(`${status.localOnly} notes stay on this device only:`).waitFor();
    } finally {
      await browser.close();
    }
  });
});

describe('notes sync between two profiles', () => {
  let laptop: ExtensionBrowser;
  let desktop: ExtensionBrowser;
  let laptopPage: Page;
  let desktopPage: Page;

  beforeAll(async () => {
    [laptop, desktop] = await Promise.all([launchWithExtension(), launchWithExtension()]);
    laptopPage = await turnSyncOn(laptop);
    desktopPage = await turnSyncOn(desktop);
  });
  afterAll(async () => {
    await Promise.all([laptop?.close(), desktop?.close()]);
  });

  it("brings a note written in one profile to the other's popup", async () => {
    const since = Date.now();
    const popup = await openExtensionPage(laptop, 'popup.html#notes');
    await popup.getByRole('button', { name: 'New note' }).click();
    await popup.getByLabel('Note text').fill('Written on the laptop: Tornado needs one IOLoop per process');
    await popup.getByLabel('Framework', { exact: true }).selectOption('tornado');
    await popup.getByLabel('Tags').fill('async, reading');
    await popup.getByRole('button', { name: 'Save note' }).click();
    await popup.getByRole('article').first().waitFor();
    await popup.close();
    await waitForSync(laptopPage, since);

    const items = await readSync(laptopPage);
    const keys = Object.keys(items);
    expect(keys.some((key) => key.startsWith('n.'))).toBe(true);
    // Packed: nothing of the note is readable in the items as stored.
    expect(JSON.stringify(items)).not.toContain('IOLoop');
    // A popup already open on the other profile shows the note when it arrives, without a reload.
    const open = await openExtensionPage(desktop, 'popup.html#notes');
    await open.getByText('No notes yet.').waitFor();
    await deliver(desktopPage, items);
    await open.getByText('Written on the laptop: Tornado needs one IOLoop per process').waitFor({ timeout: 15_000 });
    await open.close();

    const [text] = await popupTexts(desktop, 1);
    expect(text).toContain('Written on the laptop: Tornado needs one IOLoop per process');
    expect(text).toContain('#async');
    expect(text).toContain('Tornado');

    // The sync section (on, with its status) and the popup's status line pass axe.
    expect(await axeViolations(laptopPage)).toEqual([]);
    const popupB = await openExtensionPage(desktop, 'popup.html#notes');
    await popupB.getByText(/Sync: on · last synced/).waitFor();
    expect(await axeViolations(popupB)).toEqual([]);
    await popupB.close();
  });

  it('keeps both texts when both profiles edited the note: a conflict copy', async () => {
    // The desktop has written its merge back; the laptop is in step before the edits.
    await deliver(laptopPage, await readSync(desktopPage));

    const since = Date.now();
    await editFirstNote(laptop, 'Laptop edit: use asyncio with Tornado 6');
    await editFirstNote(desktop, 'Desktop edit: Tornado 6 runs on asyncio');
    await Promise.all([waitForSync(laptopPage, since), waitForSync(desktopPage, since)]);

    // The laptop's items reach the desktop, which meets an edit of its own.
    const delivered = Date.now();
    await deliver(desktopPage, await readSync(laptopPage));
    const onDesktop = await popupTexts(desktop, 2);
    expect(onDesktop.some((t) => t.includes('Laptop edit'))).toBe(true);
    expect(onDesktop.some((t) => t.includes('Desktop edit'))).toBe(true);
    expect(onDesktop.filter((t) => t.includes('#conflict-copy'))).toHaveLength(1);

    // And back: the laptop ends with the same two notes, not a third.
    await waitForSync(desktopPage, delivered);
    await deliver(laptopPage, await readSync(desktopPage));
    const onLaptop = await popupTexts(laptop, 2);
    expect(onLaptop.sort()).toEqual(onDesktop.sort());
  });
});
