/**
 * Serves saved real pages at their real URLs by request interception in
 * Chromium, so the content script's match patterns apply as on the live
 * site. Every other request is answered locally (empty) and recorded:
 * nothing leaves the machine. (Firefox: firefox/firefox-pages.ts.)
 * With `styled`, stylesheet requests get the sites' own design systems
 * (site-styles.ts), for tests and screenshots that depend on looks.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { PageTable } from './shared/fixture-pages';
import { siteStylesheet } from './site-styles';

export { FIXTURES_DIR, fixture } from './shared/fixture-pages';

export interface PageServer {
  /** Requests that reached the network layer and were not a served page. */
  unserved: string[];
  serve(url: string, html: string): void;
}

export async function servePages(context: BrowserContext, { styled = false } = {}): Promise<PageServer> {
  const table = new PageTable();
  const styledPages = new WeakSet<Page>();
  await context.route(/^https?:/, (route) => {
    const request = route.request();
    if (styled && request.resourceType() === 'stylesheet') {
      const page = request.frame().page();
      const { css, isDesignSystem } = siteStylesheet(request.url(), !styledPages.has(page));
      if (isDesignSystem) styledPages.add(page);
      return route.fulfill({ status: 200, contentType: 'text/css; charset=utf-8', body: css });
    }
    return route.fulfill(table.answer(request.url()));
  });
  if (!styled) return table;
  return {
    unserved: table.unserved,
    // The stand-in stylesheets would fail the pages' subresource integrity checks.
    serve: (url, html) => table.serve(url, html.replace(/\sintegrity="[^"]*"/g, '')),
  };
}
