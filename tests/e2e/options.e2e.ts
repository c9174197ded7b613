/**
 * The options page in Chromium: axe, settings that reach open tabs at once,
 * and export then import into a fresh profile giving identical notes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchWithExtension } from './browser';
import { openExtensionPage, storedNotes } from './extension-pages';
import { extensionSession } from './extension-session';
import { highlightedTexts, openFixture, waitForMarks } from './pages';
import { screenshot } from './screenshots';
import { FIXTURES_DIR } from './serve-pages';

const WIDE = { width: 900, height: 1400 };
const MALFORMED = resolve(FIXTURES_DIR, 'imports/malformed');
const EXPECTED: Record<string, string[]> = JSON.parse(
  readFileSync(resolve(FIXTURES_DIR, 'imports/expected-problems.json'), 'utf8'),
);

function saveNote(page: Page, note: { frameworkId: string | null; text: string; tags: string[] }) {
  return page.evaluate(async (draft) => {
    type Runtime = { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string }> };
    const { runtime } = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome;
    const reply = await runtime.sendMessage({ type: 'notes/save', note: draft });
    if (!reply.ok) throw new Error(reply.error);
  }, note);
}

describe('the options page', () => {
  const session = extensionSession();

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme, and shows the shortcuts and the mark density`, async () => {
      const options = await openExtensionPage(session.browser, 'options.html', WIDE);
      await options.getByRole('radio', { name: theme === 'light' ? 'Light' : 'Dark' }).click();
      await expect.poll(() => options.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await options.getByRole('switch', { name: 'Stack Overflow' }).waitFor();
      await options.getByText('Open the card of the next framework mention').waitFor();
      // The browser assigned the suggested keys (Chromium refuses some, which then read "Not set").
      expect(await options.locator('.shortcuts kbd').allTextContents()).toEqual(['Alt+Shift+J', 'Alt+Shift+K']);
      expect(await options.getByRole('radio', { name: 'The first in each post or comment' }).isChecked()).toBe(true);
      expect(await axeViolations(options)).toEqual([]);
      if (theme === 'light') await screenshot(options, 'options');
      await options.getByRole('button', { name: 'Delete all notes…' }).click();
      expect(await axeViolations(options)).toEqual([]);
      await options.getByRole('radio', { name: 'Auto (follow the site or system)' }).click();
      await options.close();
    });
  }

  it('applies a switch to an open tab at once', async () => {
    const page = await openFixture(
      session.browser.context,
      session.server,
      'stackoverflow/so-beautifulsoup-vs-scrapy.html',
    );
    expect((await waitForMarks(page)).length).toBeGreaterThan(0);
    const options = await openExtensionPage(session.browser, 'options.html', WIDE);
    await options.getByRole('switch', { name: 'Stack Overflow' }).click();
    await expect.poll(() => highlightedTexts(page), { timeout: 5_000 }).toEqual([]);
    await options.getByRole('switch', { name: 'Stack Overflow' }).click();
    expect((await waitForMarks(page)).length).toBeGreaterThan(0);
    await options.close();
    await page.close();
  });

  it('refuses each of the 20 malformed import files, names the problem and changes nothing', async () => {
    const options = await openExtensionPage(session.browser, 'options.html', WIDE);
    await saveNote(options, { frameworkId: 'tornado', text: 'kept through every refused import', tags: [] });
    const before = await storedNotes(options);
    const files = readdirSync(MALFORMED).sort();
    expect(files).toHaveLength(20);
    for (const name of files) {
      await options.getByLabel('Import notes from a JSON export').setInputFiles({
        name,
        mimeType: 'application/json',
        buffer: readFileSync(resolve(MALFORMED, name)),
      });
      const alert = options.getByRole('alert');
      await expect.poll(() => alert.textContent(), { message: name }).toMatch(/Nothing was imported/);
      const text = (await alert.textContent()) ?? '';
      for (const fragment of EXPECTED[name] ?? []) expect(text, name).toContain(fragment);
      expect(await storedNotes(options), name).toEqual(before);
      // Clear the message so the next file's answer is read fresh.
      await options.reload();
    }
    await options.close();
  });

  it('reads an export saved as UTF-16 (with its byte order mark) as the same notes', async () => {
    const options = await openExtensionPage(session.browser, 'options.html', WIDE);
    const file = resolve(FIXTURES_DIR, 'imports/valid/export-utf16-with-bom.json');
    const expected = JSON.parse(
      readFileSync(file)
        .toString('utf16le')
        .replace(/^\uFEFF/, ''),
    ).notes;
    await options.getByLabel('Import notes from a JSON export').setInputFiles(file);
    await expect
      .poll(() => options.getByRole('status').allTextContents())
      .toContainEqual(expect.stringMatching(/Imported/));
    const stored = (await storedNotes(options)) as { id: string }[];
    for (const note of expected) expect(stored).toContainEqual(note);
    await options.close();
  });
});

describe('export then import', () => {
  it('gives identical notes in a fresh profile', async () => {
    const source = await launchWithExtension();
    let file: string;
    let notes: unknown[];
    try {
      const options = await openExtensionPage(source, 'options.html', WIDE);
      await saveNote(options, { frameworkId: 'tornado', text: 'IOLoop per thread', tags: ['io'] });
      await saveNote(options, { frameworkId: null, text: 'Links: https://example.org/a?b=c', tags: [] });
      await saveNote(options, { frameworkId: 'twisted', text: 'Deferreds → async/await «ünïcode»', tags: ['x', 'y'] });
      notes = await storedNotes(options);
      expect(notes).toHaveLength(3);
      const [download] = await Promise.all([
        options.waitForEvent('download'),
        options.getByRole('button', { name: 'Export notes (JSON)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^stackpeek-notes-\d{4}-\d{2}-\d{2}\.json$/);
      file = readFileSync((await download.path()) as string, 'utf8');
    } finally {
      await source.close();
    }

    const fresh = await launchWithExtension();
    try {
      const options = await openExtensionPage(fresh, 'options.html', WIDE);
      expect(await storedNotes(options)).toEqual([]);
      await options.getByLabel('Import notes from a JSON export').setInputFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from(file),
      });
      await options.getByText('Imported: 3 added, 0 updated, 0 unchanged.').waitFor();
      expect(await storedNotes(options)).toEqual(notes);
    } finally {
      await fresh.close();
    }
  });
});
