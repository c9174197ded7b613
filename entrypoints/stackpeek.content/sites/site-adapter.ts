/**
 * A site adapter is data plus a few small functions: where to look (roots),
 * what never to look at (skips), what kind of text a node is (area), what the
 * page as a whole is about (context) and the site's colour theme.
 */
import type { Area } from '../mention';

export interface PageContext {
  /** Lowercase tags the page carries (Stack Overflow tags, GitHub topics). */
  tags: string[];
  /** Lowercase programming languages of the page (tags, repository language, file type). */
  languages: string[];
  /** The page shows a dependency manifest (requirements.txt, package.json…): listed names are packages. */
  dependencyFile: boolean;
  /** Every tag, its hyphen-separated parts, and every language, for quick lookups. */
  words: Set<string>;
  /** A programming site or page: there, tags name technologies and capitalised names are likelier frameworks. */
  technical: boolean;
  /**
   * A site known to be about something else (a Stack Exchange site on movies,
   * cooking, physics…): there the everyday sense is the default, and even a
   * name that is never an everyday word ("Django" on a film site) needs evidence.
   */
  everydaySite: boolean;
}

/** What a site is about, as far as its adapter knows. */
export type SiteTopic = 'software' | 'everyday' | 'unknown';

export interface ContextParts {
  tags?: string[];
  languages?: string[];
  dependencyFile?: boolean;
  topic: SiteTopic;
}

export interface SiteAdapter {
  name: string;
  matches(url: URL): boolean;
  /** The elements whose text is scanned; never nested in one another. */
  roots(doc: Document): Element[];
  /** A selector every root matches, to place a changed node without querying the whole page. */
  rootSelector: string;
  /** Subtrees inside a root that are never scanned (a CSS selector list). */
  skipSelector: string;
  /** What kind of text the element holds; called with a text node's parent. */
  areaOf(element: Element): Area;
  pageContext(doc: Document, url: URL): PageContext;
  theme(doc: Document): 'light' | 'dark';
  /**
   * Lines of a source-code view: only the lines `keep` accepts are scanned
   * (GitHub scans import lines of code, and every line of a dependency file).
   */
  codeLines?: { selector: string; keep(lineText: string, context: PageContext): boolean };
}

/** Programming-language tags understood as a page language (Stack Overflow tag spelling). */
const LANGUAGES = new Set([
  'python',
  'python-3.x',
  'python-2.7',
  'javascript',
  'typescript',
  'node.js',
  'java',
  'kotlin',
  'scala',
  'ruby',
  'php',
  'c#',
  'go',
  'rust',
  'elixir',
  'erlang',
  'c++',
  'c',
  'swift',
  'perl',
  'lua',
  'clojure',
]);

export function makeContext({ tags = [], languages = [], dependencyFile = false, topic }: ContextParts): PageContext {
  const lowerTags = [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
  const langs = new Set(languages.map((language) => language.toLowerCase()));
  for (const tag of lowerTags) if (LANGUAGES.has(tag)) langs.add(tag.replace(/-[\d.x]+$/, ''));
  const words = new Set<string>([...lowerTags, ...langs]);
  for (const tag of lowerTags) for (const part of tag.split('-')) words.add(part);
  return {
    tags: lowerTags,
    languages: [...langs],
    dependencyFile,
    words,
    technical: topic === 'software' || langs.size > 0,
    everydaySite: topic === 'everyday',
  };
}

export function textsOf(doc: Document, selector: string): string[] {
  return [...doc.querySelectorAll(selector)].map((element) => element.textContent?.trim() ?? '').filter(Boolean);
}

/** All elements matching the selector, minus those inside another match. */
export function outermost(doc: Document, selector: string): Element[] {
  const found = [...doc.querySelectorAll(selector)];
  return found.filter((element) => !element.parentElement?.closest(selector));
}

export function prefersDark(doc: Document): boolean {
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/** Areas every adapter shares: code first, then headings. */
export function commonArea(element: Element): Area | undefined {
  if (element.closest('pre, code, kbd, samp')) return 'code';
  if (element.closest('h1')) return 'title';
  return undefined;
}
