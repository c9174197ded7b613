/**
 * What Stackpeek must mark on a shared page, the same for Chromium and
 * Firefox: the content script's own pipeline (site adapter, collector,
 * matcher, disambiguation, default settings, the default mark density) run
 * over the saved page in jsdom. Both suites compare the browser's `CSS.highlights` with it, so the
 * two browsers' marks equal each other as well as the pipeline's, and the
 * expectation follows the catalog as it grows.
 *
 * A mark is keyed by its text and the few characters around it in its text
 * node, so a right word marked in the wrong place does not pass.
 */
import { JSDOM } from 'jsdom';
import { loadCatalog } from '../../../data/load-catalog';
import { toMatchIndex } from '../../../data/match-index';
import { DEFAULT_SETTINGS } from '../../../data/settings-model';
import { createScanner } from '../../../entrypoints/stackpeek.content/find-mentions';
import { adapterFor } from '../../../entrypoints/stackpeek.content/sites';
import { paintedMentions } from '../../tools/density';
import { fixture, onByDefault, urlOf } from './fixture-pages';

/** Characters of the text node kept on each side of a mark in its key. */
export const KEY_CONTEXT = 12;

/** The pages both browsers' suites check mark by mark: marks in every area, none, and a site that is off. */
export const MARK_PAGES = [
  'stackoverflow/so-q3702675-print-full-traceback.html',
  'stackoverflow/so-js-import-statement-module.html',
  'stackoverflow/so-q6367014-send-email-via-django.html',
  'stackoverflow/so-homepage-2016.html',
  'github/gh-blob-phinvest-requirements-txt.html',
  'github/gh-blob-pythonwebapp-app-py.html',
  'github/gh-issue-defuddle-56.html',
  'github/gh-issue-botpress-5423.html',
  'stackoverflow/ptso-q2997-email-html-django.html',
];

export function markKey(data: string, start: number, end: number): string {
  const before = data.slice(Math.max(0, start - KEY_CONTEXT), start);
  const after = data.slice(end, end + KEY_CONTEXT);
  return `${data.slice(start, end)} «${before}|${after}»`;
}

let index: ReturnType<typeof toMatchIndex> | undefined;

/** The sorted mark keys the pipeline finds on a shared page at its real URL (none where Stackpeek is off by default). */
export function expectedMarks(page: string): string[] {
  const url = new URL(urlOf(page));
  if (!onByDefault(url.href)) return [];
  index ??= toMatchIndex(loadCatalog().frameworks);
  const { window } = new JSDOM(fixture(`pages/${page}`), { url: url.href });
  try {
    const settings = { sensitivity: 'balanced' as const, mutedFrameworks: [], mutedWords: [] };
    const adapter = adapterFor(url);
    const scanner = createScanner(index, adapter, window.document, url, settings);
    const mentions = scanner.scanSync(window.document);
    return paintedMentions(mentions, DEFAULT_SETTINGS.markDensity, adapter.rootSelector)
      .map((mention) => markKey(mention.node.data, mention.start, mention.end))
      .sort();
  } finally {
    window.close();
  }
}

/**
 * Runs in the page (Chromium or Firefox): the sorted keys of every range in
 * Stackpeek's highlight, built as `markKey` builds them. Self-contained, so
 * either browser library can send it.
 */
export function readMarkKeysInPage(context: number): string[] {
  const highlight = CSS.highlights.get('stackpeek-mention');
  const keys: string[] = [];
  for (const range of highlight ?? []) {
    const data = (range.startContainer as Text).data;
    const { startOffset: start, endOffset: end } = range;
    keys.push(
      `${data.slice(start, end)} «${data.slice(Math.max(0, start - context), start)}|${data.slice(end, end + context)}»`,
    );
  }
  return keys.sort();
}
