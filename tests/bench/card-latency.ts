/**
 * Card latency: from the end of the hover delay to the card painted.
 *
 * The delay starts in the content script's first animation frame after the
 * pointer moves onto a mention (it hit-tests once per frame); the page's own
 * frame callback registered on the same pointermove runs in that frame, so
 * delay end = that frame's time + hoverDelayMs. "Painted" is the frame after
 * the card is in the DOM with its content (not "Loading…"), plus a message
 * round trip (the usual after-paint mark). The card's root is closed; the
 * bench gets it once through the DevTools protocol (DOM.resolveNode) and
 * watches it from the main world. The very first hover of a page also loads
 * the card script and its shadow root, which the bench cannot see before it
 * is in the DOM: it is reported apart, timed to the host's first frame.
 */
import type { CDPSession, Page } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../../data/settings';
import { markCentre, urlOf } from '../e2e/pages';
import { fixture } from '../e2e/serve-pages';
import type { BenchBrowser } from './browsers';
import { median, round } from './stats';

export const CARD_PAGE = 'stackoverflow/so-js-import-statement-module.html';

/** Main world, document start: pointer frames, card host insertions, and the shadow watcher. */
const CARD_PROBES = `(() => {
  const card = { moveFrame: 0, hosts: [] };
  Object.defineProperty(window, '__stackpeekCard', { value: card });
  const afterPaint = (record, key) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { record[key] = performance.now(); };
    channel.port2.postMessage(0);
  });
  addEventListener('pointermove', () => requestAnimationFrame(() => { card.moveFrame = performance.now(); }), true);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) {
      if (node.localName !== 'stackpeek-card') continue;
      const host = { added: performance.now() };
      card.hosts.push(host);
      afterPaint(host, 'hostPainted');
    }
  }).observe(document, { childList: true, subtree: true });
  Object.defineProperty(window, '__stackpeekWatchCard', { value: (root) => {
    new MutationObserver(() => {
      const host = card.hosts[card.hosts.length - 1];
      if (!host || host.ready || !root.querySelector('[role="dialog"]') || root.textContent.includes('Loading…')) return;
      host.ready = performance.now();
      afterPaint(host, 'readyPainted');
    }).observe(root, { childList: true, subtree: true, characterData: true });
  } });
})();`;

interface HostRecord {
  added: number;
  hostPainted?: number;
  ready?: number;
  readyPainted?: number;
}

export interface CardHover {
  text: string;
  /** Delay end → card with content painted (or host painted, for the first hover). */
  ms: number;
  /** Delay end → card in the DOM. */
  inDomMs: number;
  first: boolean;
}

export interface CardLatency {
  page: string;
  hoverDelayMs: number;
  firstHoverMs: number;
  hovers: number;
  medianMs: number;
  maxMs: number;
  medianInDomMs: number;
  samples: CardHover[];
}

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findHost(node: CdpNode): CdpNode | undefined {
  if (node.nodeName === 'STACKPEEK-CARD') return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findHost(child);
    if (found) return found;
  }
  return undefined;
}

/** Hands the closed shadow root to the main world's watcher. */
async function watchCardRoot(cdp: CDPSession): Promise<boolean> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const shadow = findHost(root)?.shadowRoots?.[0];
  if (!shadow) return false;
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as {
    object: { objectId: string };
  };
  await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: 'function () { window.__stackpeekWatchCard(this); }',
  });
  return true;
}

const hostRecords = (page: Page) =>
  page.evaluate(() => (window as unknown as { __stackpeekCard: { hosts: HostRecord[] } }).__stackpeekCard.hosts);

/** Distinct marked words, in page order. */
function markedWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen = new Set<string>();
    for (const range of CSS.highlights.get('stackpeek-mention') ?? []) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      seen.add(live.toString());
    }
    return [...seen];
  });
}

async function closeCard(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('stackpeek-card'), null, { timeout: 5_000 });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function measureCardLatency(browser: BenchBrowser, hovers: number): Promise<CardLatency> {
  const url = urlOf(CARD_PAGE);
  browser.server.serve(url, fixture(`pages/${CARD_PAGE}`));
  const page = await browser.context.newPage();
  await page.addInitScript(CARD_PROBES);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('stackpeek:scan').length > 0, null, {
    timeout: 30_000,
  });
  const cdp = await browser.context.newCDPSession(page);
  const hoverDelayMs = DEFAULT_SETTINGS.hoverDelayMs;
  const words = await markedWords(page);
  const samples: CardHover[] = [];
  let watching = false;
  for (let i = 0; i <= hovers && words.length > 0; i++) {
    const word = words[i % words.length] as string;
    const point = await markCentre(page, new RegExp(`^${escapeRegExp(word)}$`));
    if (!point) continue;
    await page.waitForTimeout(150); // scrolling settles; no stale pointer frame
    const before = (await hostRecords(page)).length;
    await page.mouse.move(point.x, point.y);
    const key = watching ? 'readyPainted' : 'hostPainted';
    await page.waitForFunction(
      ({ count, field }) => {
        const hosts = (window as unknown as { __stackpeekCard: { hosts: Record<string, number>[] } }).__stackpeekCard
          .hosts;
        return hosts.length > count && hosts[hosts.length - 1]?.[field] !== undefined;
      },
      { count: before, field: key },
      { timeout: 10_000, polling: 20 },
    );
    const moveFrame = await page.evaluate(
      () => (window as unknown as { __stackpeekCard: { moveFrame: number } }).__stackpeekCard.moveFrame,
    );
    const host = (await hostRecords(page)).at(-1) as HostRecord;
    const delayEnd = moveFrame + hoverDelayMs;
    samples.push({
      text: word,
      ms: round(((watching ? host.readyPainted : host.hostPainted) ?? Number.NaN) - delayEnd),
      inDomMs: round(host.added - delayEnd),
      first: !watching,
    });
    if (!watching) watching = await watchCardRoot(cdp);
    await closeCard(page);
  }
  await page.close();
  const warm = samples.filter((sample) => !sample.first);
  return {
    page: CARD_PAGE,
    hoverDelayMs,
    firstHoverMs: samples.find((sample) => sample.first)?.ms ?? Number.NaN,
    hovers: warm.length,
    medianMs: round(median(warm.map((sample) => sample.ms))),
    maxMs: round(Math.max(...warm.map((sample) => sample.ms))),
    medianInDomMs: round(median(warm.map((sample) => sample.inDomMs))),
    samples,
  };
}
