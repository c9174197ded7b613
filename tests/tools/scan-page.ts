/**
 * Runs the content script's own pipeline (site adapter, collector, matcher,
 * disambiguation) over a saved page in jsdom. Shared by `npm run scan` and the accuracy test.
 */
import { JSDOM } from 'jsdom';
import { loadCatalog } from '../../data/load-catalog';
import { type MatchIndex, toMatchIndex } from '../../data/match-index';
import { createScanner, snippet } from '../../entrypoints/stackpeek.content/find-mentions';
import type { Area, Sensitivity } from '../../entrypoints/stackpeek.content/mention';
import { adapterFor } from '../../entrypoints/stackpeek.content/sites';

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
  /** Keep candidates below the threshold too (for labelling). */
  all?: boolean;
}

export function scanHtml(html: string, pageUrl: string, options: ScanOptions = {}): ScanRow[] {
  const { frameworks } = loadCatalog();
  const index = options.index ?? toMatchIndex(frameworks);
  const url = new URL(pageUrl);
  const { window } = new JSDOM(html, { url: url.href });
  const settings = { sensitivity: options.sensitivity ?? 'balanced', mutedFrameworks: [], mutedWords: [] };
  const scanner = createScanner(index, adapterFor(url), window.document, url, settings, {
    minConfidence: options.all ? 0 : undefined,
  });
  const names = new Map(frameworks.map((framework) => [framework.id, framework.name]));
  const rows = scanner.scanSync(window.document).map((mention) => ({
    id: mention.frameworkId,
    name: names.get(mention.frameworkId) ?? mention.frameworkId,
    text: mention.text,
    context: snippet(mention),
    confidence: Math.round(mention.confidence * 100) / 100,
    area: mention.area,
  }));
  window.close();
  return rows;
}
