/**
 * Serves saved real pages at their real URLs by request interception in
 * Chromium, so the content script's match patterns apply as on the live
 * site. Every other request is answered locally (empty) and recorded:
 * nothing leaves the machine. (Firefox: firefox/firefox-pages.ts.)
 */
import type { BrowserContext } from 'playwright-core';
import { PageTable } from './shared/fixture-pages';

export { FIXTURES_DIR, fixture } from './shared/fixture-pages';

export interface PageServer {
  /** Requests that reached the network layer and were not a served page. */
  unserved: string[];
  serve(url: string, html: string): void;
}

export async function servePages(context: BrowserContext): Promise<PageServer> {
  const table = new PageTable();
  await context.route(/^https?:/, (route) => route.fulfill(table.answer(route.request().url())));
  return table;
}
