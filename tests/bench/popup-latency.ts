/**
 * Popup latency at 0, 1,000 and 10,000 notes: time from navigation start to
 * the Notes view rendered (its count line and first rows in the DOM) and the
 * frame after it; and a notes search at 10,000 notes: the input event to the
 * list updated in the DOM, and to the next frame. The popup opens as a tab
 * (`popup.html#notes`), notes are seeded through the background's import.
 */
import type { Page } from 'playwright-core';
import type { BenchBrowser } from './browsers';
import { notesFile } from './notes-seed';
import { median, round } from './stats';

/** Main world of the popup, document start. */
const POPUP_PROBES = `(() => {
  const probe = { rendered: 0, painted: 0, input: 0, updated: 0, updatedFrame: 0, status: '' };
  Object.defineProperty(window, '__stackpeekPopup', { value: probe });
  const statusText = () => document.querySelector('#panel-notes [role="status"]')?.textContent ?? '';
  new MutationObserver(() => {
    const text = statusText();
    if (!probe.rendered && /\\bnotes?\\b|No notes yet/.test(text)
        && (text.startsWith('No notes') || document.querySelector('#panel-notes .note-list li'))) {
      probe.rendered = performance.now();
      probe.status = text;
      requestAnimationFrame(() => { probe.painted = performance.now(); });
    }
    if (probe.input && !probe.updated && text !== probe.status) {
      probe.updated = performance.now();
      requestAnimationFrame(() => { probe.updatedFrame = performance.now(); });
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
  addEventListener('input', (event) => {
    if (event.target?.id !== 'notes-query') return;
    probe.status = statusText();
    probe.updated = 0;
    probe.updatedFrame = 0;
    probe.input = performance.now();
  }, true);
})();`;

interface Probe {
  rendered: number;
  painted: number;
  input: number;
  updated: number;
  updatedFrame: number;
  status: string;
}

const readProbe = (page: Page) =>
  page.evaluate(() => (window as unknown as { __stackpeekPopup: Probe }).__stackpeekPopup);

export interface PopupFirstRender {
  notes: number;
  /** Navigation start → Notes view in the DOM. */
  renderMs: number;
  /** Navigation start → the frame after it. */
  frameMs: number;
  status: string;
  /** Where the time goes: navigation start → DOMContentLoaded (scripts parsed and run). */
  domContentLoadedMs: number;
  /** A `notes/list` message round trip from the popup (database read, validation, messaging). */
  listRoundTripMs: number;
  /** The same notes sent to the background and refused at once: the cost of messaging alone. */
  messagingRoundTripMs: number;
}

export interface NotesSearch {
  notes: number;
  queries: string[];
  /** Input event → list updated in the DOM (median over queries and runs). */
  updateMs: number;
  maxUpdateMs: number;
  /** Input event → the next frame after the update. */
  frameMs: number;
}

export interface PopupLatency {
  firstRender: PopupFirstRender[];
  search: NotesSearch;
}

async function importNotes(page: Page, text: string): Promise<void> {
  const reply = (await page.evaluate(
    (file) => chrome.runtime.sendMessage({ type: 'notes/import', text: file }),
    text,
  )) as { ok?: boolean } | undefined;
  if (!reply?.ok) throw new Error(`Seeding notes failed: ${JSON.stringify(reply).slice(0, 300)}`);
}

async function firstRender(page: Page, url: string, notes: number, runs: number): Promise<PopupFirstRender> {
  const results: Probe[] = [];
  const loaded: number[] = [];
  const roundTrips: number[] = [];
  const messaging: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { __stackpeekPopup: Probe }).__stackpeekPopup.painted > 0,
      null,
      { timeout: 30_000, polling: 20 },
    );
    results.push(await readProbe(page));
    loaded.push(
      await page.evaluate(
        () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      ),
    );
    const [listMs, sendMs] = await page.evaluate(async () => {
      let start = performance.now();
      const list = await chrome.runtime.sendMessage({ type: 'notes/list' });
      const listed = performance.now() - start;
      start = performance.now();
      // An unknown type: the background refuses it on sight, so this times the transfer.
      await chrome.runtime.sendMessage({ type: 'bench/none', payload: list });
      return [listed, performance.now() - start];
    });
    roundTrips.push(listMs);
    messaging.push(sendMs);
  }
  return {
    notes,
    renderMs: round(median(results.map((probe) => probe.rendered))),
    frameMs: round(median(results.map((probe) => probe.painted))),
    status: results[0]?.status ?? '',
    domContentLoadedMs: round(median(loaded)),
    listRoundTripMs: round(median(roundTrips)),
    messagingRoundTripMs: round(median(messaging)),
  };
}

const QUERIES = ['tornado', 'event loop', 'perf', 'graceful shutdown', 'no-such-word'];

async function search(page: Page, notes: number, runs: number): Promise<NotesSearch> {
  const box = page.locator('#notes-query');
  const update: number[] = [];
  const frame: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const query of QUERIES) {
      await box.fill('');
      await page.waitForTimeout(50);
      await box.fill(query);
      await page.waitForFunction(
        () => (window as unknown as { __stackpeekPopup: Probe }).__stackpeekPopup.updatedFrame > 0,
        null,
        { timeout: 10_000, polling: 20 },
      );
      const probe = await readProbe(page);
      update.push(probe.updated - probe.input);
      frame.push(probe.updatedFrame - probe.input);
    }
  }
  return {
    notes,
    queries: QUERIES,
    updateMs: round(median(update)),
    maxUpdateMs: round(Math.max(...update)),
    frameMs: round(median(frame)),
  };
}

/** Needs a fresh profile: it fills the notes database. */
export async function measurePopupLatency(browser: BenchBrowser, runs: number): Promise<PopupLatency> {
  const url = `chrome-extension://${browser.extensionId}/popup.html#notes`;
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  // The context's init scripts do not reach extension pages; the protocol's do.
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: POPUP_PROBES });
  await page.goto(url);
  const sizes: PopupFirstRender[] = [];
  sizes.push(await firstRender(page, url, 0, runs));
  await importNotes(page, notesFile(1_000));
  sizes.push(await firstRender(page, url, 1_000, runs));
  await importNotes(page, notesFile(9_000, 1_000));
  sizes.push(await firstRender(page, url, 10_000, runs));
  const searched = await search(page, 10_000, Math.max(1, Math.ceil(runs / 2)));
  await page.close();
  return { firstRender: sizes, search: searched };
}
