/**
 * Runs the content script's own pipeline (site adapter, collector, matcher,
 * disambiguation) over a saved page in jsdom. Shared by `npm run scan`,
 * `npm run accuracy` and the accuracy test.
 */
import { JSDOM } from 'jsdom';
import { loadCatalog } from '../../data/load-catalog';
import { type MatchIndex, toMatchIndex } from '../../data/match-index';
import { type AssessedCandidate, createScanner, snippet } from '../../entrypoints/stackpeek.content/find-mentions';
import type { Area, Mention, Sensitivity } from '../../entrypoints/stackpeek.content/mention';
import { adapterFor } from '../../entrypoints/stackpeek.content/sites';
import { looksLikeHtml, rawToPage } from './raw-page';

export interface ScanRow {
  id: string;
  name: string;
  text: string;
  context: string;
  confidence: number;
  area: Area;
}

export interface ScanOptions {
  sensitivity?: Sensitivity;
  index?: MatchIndex;
  /** Keep candidates below the threshold too (for labelling and scoring). */
  all?: boolean;
}

/** The catalog is read once per process: a batch scan of hundreds of pages shares it. */
let catalog: { index: MatchIndex; names: Map<string, string> } | undefined;
function defaultCatalog() {
  if (!catalog) {
    const { frameworks } = loadCatalog();
    catalog = { index: toMatchIndex(frameworks), names: new Map(frameworks.map((f) => [f.id, f.name])) };
  }
  return catalog;
}

function scannerFor(html: string, pageUrl: string, options: ScanOptions) {
  const index = options.index ?? defaultCatalog().index;
  const url = new URL(pageUrl);
  const dom = new JSDOM(looksLikeHtml(html) ? html : rawToPage(html, url), { url: url.href });
  const settings = { sensitivity: options.sensitivity ?? 'balanced', mutedFrameworks: [], mutedWords: [] };
  const scanner = createScanner(index, adapterFor(url), dom.window.document, url, settings, {
    minConfidence: options.all ? 0 : undefined,
  });
  return { dom, scanner };
}

/** Every mention in the page (every candidate with `all`), with the page's DOM for locating them. */
export function scanDocument(
  html: string,
  pageUrl: string,
  options: ScanOptions = {},
): { dom: JSDOM; mentions: Mention[] } {
  const { dom, scanner } = scannerFor(html, pageUrl, options);
  return { dom, mentions: scanner.scanSync(dom.window.document) };
}

/** Every candidate in the page with its assessment (features) and verdict: for scoring and fitting. */
export function scanCandidates(
  html: string,
  pageUrl: string,
  options: ScanOptions = {},
): { dom: JSDOM; candidates: AssessedCandidate[] } {
  const { dom, scanner } = scannerFor(html, pageUrl, options);
  return { dom, candidates: scanner.candidatesSync(dom.window.document) };
}

export function scanHtml(html: string, pageUrl: string, options: ScanOptions = {}): ScanRow[] {
  const { names } = defaultCatalog();
  const { dom, mentions } = scanDocument(html, pageUrl, options);
  const rows = mentions.map((mention) => ({
    id: mention.frameworkId,
    name: names.get(mention.frameworkId) ?? mention.frameworkId,
    text: mention.text,
    context: snippet(mention),
    confidence: Math.round(mention.confidence * 100) / 100,
    area: mention.area,
  }));
  dom.window.close();
  return rows;
}
