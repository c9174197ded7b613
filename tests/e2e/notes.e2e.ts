/** Notes saved in the popup live in the background's IndexedDB and survive reloads. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';

describe('notes in the popup', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(() => browser?.close());

  it('saves a note and finds it again after a reload', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html#notes`);
    await popup.getByRole('button', { name: 'New note' }).click();
    await popup.getByLabel('Note text').fill('Tornado: try the asyncio event loop');
    await popup.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => popup.getByText('Tornado: try the asyncio event loop').count()).toBe(1);

    await popup.reload();
    await expect.poll(() => popup.getByText('Tornado: try the asyncio event loop').count()).toBe(1);
  });
});
