/**
 * Serves saved real pages at their real URLs by request interception, so the
 * content script's match patterns apply as on the live site. Every other
 * request is answered locally (empty) and recorded: nothing leaves the machine.
 * With `styled`, stylesheet requests get the sites' own design systems
 * (site-styles.ts), for tests and screenshots that depend on looks.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { siteStylesheet } from './site-styles';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

export function fixture(path: string): string {
  return readFileSync(resolve(FIXTURES_DIR, path), 'utf8');
}

export interface PageServer {
  /** Requests that reached the network layer and were not a served page. */
  unserved: string[];
  serve(url: string, html: string): void;
}

export async function servePages(context: BrowserContext, { styled = false } = {}): Promise<PageServer> {
  const pages = new Map<string, string>();
  const unserved: string[] = [];
  const styledPages = new WeakSet<Page>();
  await context.route(/^https?:/, (route) => {
    const request = route.request();
    const url = request.url();
    const body = pages.get(url.split('#')[0] ?? url);
    if (body !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    if (styled && request.resourceType() === 'stylesheet') {
      const page = request.frame().page();
      const { css, isDesignSystem } = siteStylesheet(url, !styledPages.has(page));
      if (isDesignSystem) styledPages.add(page);
      return route.fulfill({ status: 200, contentType: 'text/css; charset=utf-8', body: css });
    }
    unserved.push(url);
    return route.fulfill({ status: 204, body: '' });
  });
  return {
    unserved,
    serve(url, html) {
      // The stand-in stylesheets would fail the pages' subresource integrity checks.
      pages.set(url, styled ? html.replace(/\sintegrity="[^"]*"/g, '') : html);
    },
  };
}
