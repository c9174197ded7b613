/**
 * Serves saved real pages at their real URLs by request interception, so the
 * content script's match patterns apply as on the live site. Every other
 * request is answered locally (empty) and recorded: nothing leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

export function fixture(path: string): string {
  return readFileSync(resolve(FIXTURES_DIR, path), 'utf8');
}

export interface PageServer {
  /** Requests that reached the network layer and were not a served page. */
  unserved: string[];
  serve(url: string, html: string): void;
}

export async function servePages(context: BrowserContext): Promise<PageServer> {
  const pages = new Map<string, string>();
  const unserved: string[] = [];
  await context.route(/^https?:/, (route) => {
    const url = route.request().url();
    const body = pages.get(url.split('#')[0] ?? url);
    if (body !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    unserved.push(url);
    return route.fulfill({ status: 204, body: '' });
  });
  return {
    unserved,
    serve(url, html) {
      pages.set(url, html);
    },
  };
}
