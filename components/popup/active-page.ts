/**
 * Talks to the content script in the reader's active tab. The popup cannot
 * see the page; the content script answers `page/mentions` and `page/reveal`.
 */
import { browser } from 'wxt/browser';
import type { PageMentions, PageMutesSummary, PageRequest } from '../../data/page-messages';

export type ActivePage =
  | { status: 'ready'; tabId: number; mentions: PageMentions }
  /** No content script answered: a page Stackpeek does not run on (or one opened before it was installed). */
  | { status: 'not-running' };

/**
 * The page "On this page" speaks of: the active tab for the toolbar popup; for
 * the popup opened as a tab (a card's "Compare with"), the page it came from.
 */
async function pageTabId(): Promise<number | undefined> {
  const self = await browser.tabs.getCurrent();
  if (self) return self.openerTabId;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function send<T>(tabId: number, request: PageRequest): Promise<T> {
  return browser.tabs.sendMessage(tabId, request) as Promise<T>;
}

function isMentions(value: unknown): value is PageMentions {
  return typeof value === 'object' && value !== null && Array.isArray((value as PageMentions).groups);
}

export async function readActivePage(): Promise<ActivePage> {
  try {
    const tabId = await pageTabId();
    if (tabId === undefined) return { status: 'not-running' };
    const mentions = await send<unknown>(tabId, { type: 'page/mentions' });
    return isMentions(mentions) ? { status: 'ready', tabId, mentions } : { status: 'not-running' };
  } catch {
    // "Could not establish connection. Receiving end does not exist."
    return { status: 'not-running' };
  }
}

/** Scrolls the tab to the framework's mention number `index` (0: the first) and opens its card. */
export function revealMention(tabId: number, frameworkId: string, index = 0): Promise<boolean> {
  return send<boolean>(
    tabId,
    index === 0 ? { type: 'page/reveal', frameworkId } : { type: 'page/reveal', frameworkId, index },
  );
}

/** What "Not a framework here" muted on that page only; with `restore`, restores it first. */
export function pageMutes(
  tabId: number,
  restore?: { word: string } | 'mentions',
): Promise<PageMutesSummary | undefined> {
  const request: PageRequest =
    restore === undefined
      ? { type: 'page/mutes' }
      : restore === 'mentions'
        ? { type: 'page/unmute' }
        : { type: 'page/unmute', word: restore.word };
  return send<PageMutesSummary>(tabId, request).catch(() => undefined);
}
