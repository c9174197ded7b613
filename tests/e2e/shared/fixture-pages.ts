/**
 * The shared real pages both browsers' end-to-end suites open: saved pages,
 * the real URLs they are served at, and what request interception answers.
 * No browser library here: Chromium's suite (playwright-core) and Firefox's
 * (puppeteer-core) each plug `PageTable` into their own interception.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../fixtures');

export function fixture(path: string): string {
  return readFileSync(resolve(FIXTURES_DIR, path), 'utf8');
}

const URLS: Record<string, string> = JSON.parse(fixture('pages/urls.json'));

/** Every shared page (`stackoverflow/….html`, `github/….html`), sorted. */
export const SHARED_PAGES = Object.keys(URLS).sort();

/** The real URL a saved page is served at. */
export function urlOf(page: string): string {
  const url = URLS[page];
  if (!url) throw new Error(`No URL known for ${page}: add it to tests/fixtures/pages/urls.json`);
  return url;
}

/** Where the content script runs by default (pt.stackoverflow.com needs the Stack Exchange switch). */
export const onByDefault = (url: string) => /^https:\/\/(stackoverflow\.com|github\.com)\//.test(url);

export interface Answer {
  status: number;
  contentType: string;
  body: string;
}

/**
 * Saved pages by URL. Every other request gets an empty 204 and is recorded:
 * nothing leaves the machine, and tests can see what was asked for.
 */
export class PageTable {
  /** Requests that were not a served page. */
  readonly unserved: string[] = [];
  private readonly pages = new Map<string, string>();

  serve(url: string, html: string): void {
    this.pages.set(url, html);
  }

  answer(url: string): Answer {
    const body = this.pages.get(url.split('#')[0] ?? url);
    if (body !== undefined) return { status: 200, contentType: 'text/html; charset=utf-8', body };
    this.unserved.push(url);
    return { status: 204, contentType: 'text/plain', body: '' };
  }
}
