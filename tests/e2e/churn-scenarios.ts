/**
 * Churn scenarios (issue 8), shared by the short run in the normal e2e suite
 * (churn.e2e.ts) and the long one behind `npm run test:stress` (churn.stress.ts):
 * - a GitHub-like README whose text changes every animation frame;
 * - in-page navigations as GitHub makes them (pushState, main content
 *   replaced, `turbo:render` and `soft-nav:react-done`).
 * Each reports the long tasks seen while it ran (a PerformanceObserver put in
 * by `addInitScript`: long tasks carry no script attribution, so the test
 * compares with the same run in a browser without the extension), the marks
 * against the mentions of the current content, and the JS heap after a full
 * garbage collection at the start and at the end (the content script's
 * isolated world shares the page's heap).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';
import { fixture, type PageServer } from './serve-pages';

export const TEXT_CHURN_URL = 'https://github.com/stackpeek-test/churn';
export const NAVIGATION_URL = 'https://github.com/stackpeek-test/navigation/issues';

export interface ChurnResult {
  /** Long tasks (ms) while the scenario ran. */
  longTasks: number[];
  /** Marks and mentions of the content at each check, once marks settled. */
  checks: { at: string; marks: number; expected: number }[];
  heapStart: number;
  heapEnd: number;
  /** Frames mutated (text churn) or navigations made. */
  steps: number;
}

declare global {
  interface Window {
    __longTasks: number[];
    churn(ms: number): Promise<number>;
    navigate(n: number): void;
    expectedMentions(): number;
  }
}

/** Records every long task of every page of the context from its very start. */
export async function observeLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

export async function heapUsed(cdp: CDPSession): Promise<number> {
  // Twice: the first collection can leave objects with finalizers or weak references for the next.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

export function markCount(page: Page): Promise<number> {
  return page.evaluate(() => CSS.highlights.get('stackpeek-mention')?.size ?? 0);
}

/**
 * Waits until the marks equal the mentions of the current content and stay so
 * for a moment (a MutationObserver batch is 50 ms), or the timeout.
 */
export async function settledMarks(page: Page, withExtension: boolean, timeout = 5_000) {
  const deadline = Date.now() + timeout;
  let stableSince = 0;
  for (;;) {
    const [marks, expected] = await Promise.all([markCount(page), page.evaluate(() => window.expectedMentions())]);
    const right = withExtension ? marks === expected : marks === 0;
    if (right) stableSince ||= Date.now();
    else stableSince = 0;
    if ((right && Date.now() - stableSince >= 250) || Date.now() > deadline) return { marks, expected };
    await page.waitForTimeout(50);
  }
}

async function open(context: BrowserContext, server: PageServer, url: string, file: string) {
  server.serve(url, fixture(`churn/${file}`));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'load' });
  return { page, cdp };
}

/** Mutates the README every frame for `ms` milliseconds. */
export async function textChurn(
  context: BrowserContext,
  server: PageServer,
  withExtension: boolean,
  ms: number,
): Promise<ChurnResult> {
  const { page, cdp } = await open(context, server, TEXT_CHURN_URL, 'text-churn.html');
  try {
    const checks = [{ at: 'load', ...(await settledMarks(page, withExtension)) }];
    const heapStart = await heapUsed(cdp);
    await page.evaluate(() => {
      window.__longTasks = [];
    });
    const steps = await page.evaluate((duration) => window.churn(duration), ms);
    const longTasks = await page.evaluate(() => window.__longTasks);
    checks.push({ at: `after ${steps} frames`, ...(await settledMarks(page, withExtension)) });
    const heapEnd = await heapUsed(cdp);
    return { longTasks, checks, heapStart, heapEnd, steps };
  } finally {
    await page.close();
  }
}

/** Makes `count` in-page navigations, checking the marks every `checkEvery` of them. */
export async function navigations(
  context: BrowserContext,
  server: PageServer,
  withExtension: boolean,
  count: number,
  checkEvery: number,
): Promise<ChurnResult> {
  const { page, cdp } = await open(context, server, NAVIGATION_URL, 'github-navigation.html');
  try {
    const checks = [{ at: 'load', ...(await settledMarks(page, withExtension)) }];
    // Warm up first (caches, the card script is not involved), then measure from a known page.
    for (let n = 1; n <= 5; n++) await page.evaluate((i) => window.navigate(i), n);
    await page.evaluate(() => window.navigate(40)); // 1 + (40 × 17 mod 40) = 1 comment: a small page
    await settledMarks(page, withExtension);
    const heapStart = await heapUsed(cdp);
    await page.evaluate(() => {
      window.__longTasks = [];
    });
    const measured: number[] = [];
    for (let n = 1; n <= count; n++) {
      await page.evaluate((i) => window.navigate(i), 100 + n);
      // About the pace of a reader clicking through (GitHub's own soft navigations take longer).
      await page.waitForTimeout(n % 10 === 0 ? 120 : 25);
      if (n % checkEvery === 0) {
        measured.push(...(await page.evaluate(() => window.__longTasks.splice(0))));
        checks.push({ at: `navigation ${n}`, ...(await settledMarks(page, withExtension)) });
      }
    }
    measured.push(...(await page.evaluate(() => window.__longTasks.splice(0))));
    await page.evaluate(() => window.navigate(40));
    checks.push({ at: 'back on the small page', ...(await settledMarks(page, withExtension)) });
    const heapEnd = await heapUsed(cdp);
    return { longTasks: measured, checks, heapStart, heapEnd, steps: count };
  } finally {
    await page.close();
  }
}

export function describeRun(label: string, result: ChurnResult): string {
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} kB`;
  return `${label}: ${result.steps} steps, long tasks [${result.longTasks.map(Math.round).join(', ')}] ms, heap ${kb(result.heapStart)} → ${kb(result.heapEnd)}, marks ${result.checks.map((check) => `${check.at} ${check.marks}/${check.expected}`).join('; ')}`;
}

/** Heap the extension may hold beyond what the same run holds without it (marks, index, the scanner's caches). */
export const HEAP_TOLERANCE = 1.5 * 1024 * 1024;

/** The checks every churn run must pass, with and without the extension side by side. */
export function expectCalm(ext: ChurnResult, base: ChurnResult): void {
  const report = `${describeRun('with Stackpeek', ext)}\n${describeRun('without', base)}`;
  console.log(report);
  // No task over 50 ms that the page alone does not also have (long tasks carry no attribution).
  const extra = ext.longTasks.filter((duration) => duration > 50).length - base.longTasks.length;
  expect(extra, report).toBeLessThanOrEqual(0);
  // The marks are the mentions of the current content: none kept from content that left.
  for (const check of ext.checks) expect(check.marks, `${check.at}\n${report}`).toBe(check.expected);
  // The heap ends where it started, up to what the page itself gained and a small tolerance.
  const growth = ext.heapEnd - ext.heapStart;
  const baseGrowth = Math.max(0, base.heapEnd - base.heapStart);
  expect(growth, report).toBeLessThanOrEqual(baseGrowth + HEAP_TOLERANCE);
}
