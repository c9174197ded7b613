/**
 * Pre-paint and paint time on the page's main thread, from a DevTools trace
 * (`devtools.timeline`): `Performance.getMetrics` has no counter for them.
 * The page stamps the trace (`console.timeStamp`) where its idle period
 * starts and ends, which also names the thread to read: the page's own.
 */
import type { CDPSession, Page } from 'playwright-core';
import { startTrace, type TraceEvent } from './trace';

export interface PaintTimes {
  prePaintMs: number;
  paintMs: number;
  /** Pre-paint passes: one per frame the page produced. */
  frames: number;
}

const IDLE_START = 'stackpeek-bench:idle-start';
const IDLE_END = 'stackpeek-bench:idle-end';

export function startPaintTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  return startTrace(cdp, 'devtools.timeline');
}

export function stampIdleStart(page: Page): Promise<void> {
  return page.evaluate((label) => console.timeStamp(label), IDLE_START);
}

export function stampIdleEnd(page: Page): Promise<void> {
  return page.evaluate((label) => console.timeStamp(label), IDLE_END);
}

function sum(events: readonly TraceEvent[], from: number, to: number): PaintTimes {
  const times: PaintTimes = { prePaintMs: 0, paintMs: 0, frames: 0 };
  for (const event of events) {
    if (event.ph !== 'X' || event.ts < from || event.ts >= to) continue;
    const ms = (event.tdur ?? event.dur ?? 0) / 1000;
    if (event.name === 'PrePaint') {
      times.prePaintMs += ms;
      times.frames++;
    } else if (event.name === 'Paint') times.paintMs += ms;
  }
  return times;
}

/**
 * Paint work before the idle stamp (the load) and between the two stamps
 * (idle), on the thread that made the stamps.
 */
export function paintTimes(events: readonly TraceEvent[]): { load: PaintTimes; idle?: PaintTimes } {
  const stamp = (label: string) =>
    events.find((event) => event.name === 'TimeStamp' && event.args?.data?.message === label);
  const start = stamp(IDLE_START);
  if (!start) throw new Error('The trace has no idle stamp: the page did not run console.timeStamp.');
  const end = stamp(IDLE_END);
  const main = events.filter((event) => event.pid === start.pid && event.tid === start.tid);
  return {
    load: sum(main, 0, start.ts),
    idle: end ? sum(main, start.ts, end.ts) : undefined,
  };
}
