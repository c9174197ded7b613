/**
 * What the bench watches from inside a page (main world, installed before
 * the page's own scripts): layout shifts and the page's own long tasks,
 * buffered, and a clock marker that lines the CPU profile up with
 * `performance.now()`. (Long-task entries miss the content script's work:
 * see main-thread-tasks.ts.)
 */
import type { Page } from 'playwright-core';

export interface ProbeReadings {
  longTasks: { start: number; duration: number }[];
  layoutShift: number;
  /** Each shift: when (page clock) and how much. */
  shifts: { start: number; value: number }[];
  /** What moved, for diagnosis: "tag#id.class" of each shift's sources. */
  shiftSources: string[];
  domContentLoaded: number;
  scan?: { start: number; end: number };
  marks: number;
}

/** Runs in the page at document start. */
export const PROBES_INIT_SCRIPT = `(() => {
  const probes = { longTasks: [], layoutShift: 0, shifts: [], shiftSources: [], flush: () => {} };
  const describe = (node) => node && node.nodeType === 1
    ? node.localName + (node.id ? '#' + node.id : '') + (node.classList.length ? '.' + [...node.classList].slice(0, 2).join('.') : '')
    : String(node && node.nodeName);
  Object.defineProperty(window, '__stackpeekBench', { value: probes });
  const onLongTasks = (entries) => {
    for (const e of entries) probes.longTasks.push({ start: e.startTime, duration: e.duration });
  };
  const onShifts = (entries) => {
    for (const e of entries) {
      if (e.hadRecentInput) continue;
      probes.layoutShift += e.value;
      probes.shifts.push({ start: e.startTime, value: e.value });
      for (const source of e.sources || []) probes.shiftSources.push(describe(source.node) + ' @' + Math.round(e.startTime));
    }
  };
  try {
    const tasks = new PerformanceObserver((list) => onLongTasks(list.getEntries()));
    tasks.observe({ type: 'longtask', buffered: true });
    const shifts = new PerformanceObserver((list) => onShifts(list.getEntries()));
    shifts.observe({ type: 'layout-shift', buffered: true });
    // Observers report in a later task: reading takes what is still queued.
    probes.flush = () => {
      onLongTasks(tasks.takeRecords());
      onShifts(shifts.takeRecords());
    };
  } catch {}
})();`;

export const CLOCK_MARKER = 'stackpeekBenchClockMarker';

/** Busy for a few milliseconds in a named function; returns when it started on the page's clock. */
export function runClockMarker(page: Page): Promise<number> {
  return page.evaluate(
    `(function ${CLOCK_MARKER}() { const t0 = performance.now(); while (performance.now() - t0 < 5) {} return t0; })()`,
  );
}

export function readProbes(page: Page): Promise<ProbeReadings> {
  return page.evaluate(() => {
    const probes = (
      window as unknown as {
        __stackpeekBench?: {
          longTasks: [];
          layoutShift: number;
          shifts: { start: number; value: number }[];
          shiftSources: string[];
          flush(): void;
        };
      }
    ).__stackpeekBench;
    probes?.flush();
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const scan = performance.getEntriesByName('stackpeek:scan')[0];
    const highlight = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.get(
      'stackpeek-mention',
    );
    return {
      longTasks: probes?.longTasks ?? [],
      layoutShift: probes?.layoutShift ?? 0,
      shifts: probes?.shifts ?? [],
      shiftSources: probes?.shiftSources ?? [],
      domContentLoaded: nav?.domContentLoadedEventStart ?? 0,
      scan: scan ? { start: scan.startTime, end: scan.startTime + scan.duration } : undefined,
      marks: highlight?.size ?? 0,
    };
  });
}
