/** Opening Stackpeek's own pages as tabs, and asking its background from them. */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

export async function openExtensionPage(
  browser: ExtensionBrowser,
  path: string,
  viewport = { width: 420, height: 640 },
): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

/** The notes the background holds, read through the same message the options page exports with. */
export async function storedNotes(page: Page): Promise<unknown[]> {
  return page.evaluate(async () => {
    type Runtime = {
      sendMessage(message: unknown): Promise<{ ok: boolean; data: { notes: unknown[] }; error?: string }>;
    };
    const { runtime } = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome;
    const reply = await runtime.sendMessage({ type: 'notes/list' });
    if (!reply?.ok) throw new Error(reply?.error ?? 'no answer');
    return reply.data.notes;
  });
}
