/**
 * The labelled page sets in tests/fixtures/labels: the 30 shared real pages,
 * the hand-written hard cases and the team's own real pages. Each page lists
 * its expected mentions as [framework id, text as written, count]; labels
 * cover the ids in `covers` (or every catalog id when a set has no `covers`).
 * Pages marked heldOut are never used for fitting.
 */
import { readFileSync } from 'node:fs';

export interface LabelledPage {
  set: string;
  file: string;
  url: string;
  heldOut: boolean;
  kind: string;
  mentions: [id: string, text: string, count: number][];
}

export interface LabelledSet {
  name: string;
  /** The ids the labels were made for; undefined: every id in the catalog. */
  covers?: Set<string>;
  pages: LabelledPage[];
}

export const FIXTURES = new URL('../../fixtures/', import.meta.url);

interface LabelFile {
  covers?: string[];
  pages: { file: string; url: string; heldOut?: boolean; kind?: string; mentions: LabelledPage['mentions'] }[];
}

/** The kind of a page from its URL when the label file does not say. */
function kindOf(url: string): string {
  const { hostname, pathname } = new URL(url);
  if (hostname === 'github.com') {
    if (/\/(issues|pull)\//.test(pathname)) return 'github-issue';
    if (/\/blob\//.test(pathname)) return 'github-file';
    return 'github-readme';
  }
  return hostname === 'stackoverflow.com' || hostname.endsWith('.stackoverflow.com') ? 'se-programming' : 'se-other';
}

function readSet(name: string, path: string): LabelledSet | undefined {
  let file: LabelFile;
  try {
    file = JSON.parse(readFileSync(new URL(path, FIXTURES), 'utf8')) as LabelFile;
  } catch {
    return undefined;
  }
  return {
    name,
    covers: file.covers ? new Set(file.covers) : undefined,
    pages: file.pages.map((page) => ({
      set: name,
      file: page.file,
      url: page.url,
      heldOut: page.heldOut ?? false,
      kind: page.kind ?? kindOf(page.url),
      mentions: page.mentions,
    })),
  };
}

/** Every labelled set present (the own-pages set may not exist yet on an old checkout). */
export function labelledSets(): LabelledSet[] {
  return [
    readSet('shared pages', 'labels/pages.json'),
    readSet('hard cases', 'labels/hard-cases.json'),
    readSet('own pages', 'labels/own-pages.json'),
  ].filter((set): set is LabelledSet => set !== undefined);
}

export function pageHtml(page: LabelledPage): string {
  return readFileSync(new URL(page.file, FIXTURES), 'utf8');
}
