/** Opening fixture pages and reading what Stackpeek did to them. */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { PageServer } from './serve-pages';
import { fixture, urlOf } from './shared/fixture-pages';

export { urlOf } from './shared/fixture-pages';

/** Serves a saved page at its real URL and opens it. */
export async function openFixture(
  context: BrowserContext,
  server: PageServer,
  page: string,
  options: { url?: string; html?: string } = {},
): Promise<Page> {
  const url = options.url ?? urlOf(page);
  server.serve(url, options.html ?? fixture(`pages/${page}`));
  const tab = await context.newPage();
  await tab.goto(url, { waitUntil: 'load' });
  return tab;
}

/** The text of every range in a `CSS.highlights` entry, as the page itself sees it. */
export function highlightedTexts(page: Page, name = 'stackpeek-mention'): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    if (!highlight) return [];
    return [...highlight].map((range) => {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      return live.toString();
    });
  }, name);
}

/** Waits until the page has at least `count` marks and returns their texts. */
export async function waitForMarks(page: Page, count = 1, timeout = 10_000): Promise<string[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const texts = await highlightedTexts(page);
    if (texts.length >= count || Date.now() > deadline) return texts;
    await page.waitForTimeout(100);
  }
}

/** The first line box of the first marked range whose text matches, scrolled into view (viewport pixels). */
export function markBox(
  page: Page,
  text: RegExp,
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate(
    ({ source, flags }) => {
      const pattern = new RegExp(source, flags);
      const highlight = CSS.highlights.get('stackpeek-mention');
      for (const range of highlight ?? []) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        if (!pattern.test(live.toString())) continue;
        (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
        const rect = live.getClientRects()[0];
        if (rect) return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
      }
      return null;
    },
    { source: text.source, flags: text.flags },
  );
}

/** Centre of the first marked range whose text matches. */
export async function markCentre(page: Page, text: RegExp): Promise<{ x: number; y: number } | null> {
  const box = await markBox(page, text);
  return box && { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

interface CdpNode {
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

export interface CardSnapshot {
  label: string;
  text: string;
  theme: string | undefined;
}

function textOf(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeName === 'STYLE') return '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join(' ');
}

function find(node: CdpNode, test: (node: CdpNode) => boolean): CdpNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

function attribute(node: CdpNode, name: string): string | undefined {
  const attributes = node.attributes ?? [];
  const index = attributes.indexOf(name);
  return index >= 0 && index % 2 === 0 ? attributes[index + 1] : undefined;
}

/**
 * Reads the card through the DevTools protocol, which sees into closed shadow
 * roots (the page's own scripts cannot).
 */
export async function readCard(page: Page, session?: CDPSession): Promise<CardSnapshot | null> {
  const cdp = session ?? (await page.context().newCDPSession(page));
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const host = find(root, (node) => node.nodeName === 'STACKPEEK-CARD');
  if (!host) return null;
  const dialog = find(host, (node) => attribute(node, 'role') === 'dialog');
  if (!dialog) return null;
  return {
    label: attribute(dialog, 'aria-label') ?? '',
    text: textOf(dialog).replace(/\s+/g, ' ').trim(),
    theme: attribute(host, 'data-theme'),
  };
}

export async function waitForCard(page: Page, timeout = 5_000): Promise<CardSnapshot | null> {
  const deadline = Date.now() + timeout;
  const session = await page.context().newCDPSession(page);
  for (;;) {
    const card = await readCard(page, session);
    if ((card && !card.text.includes('Loading…')) || Date.now() > deadline) return card;
    await page.waitForTimeout(50);
  }
}
