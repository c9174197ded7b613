/**
 * Main-thread tasks from a DevTools trace ("toplevel" category: cheap), lined
 * up with the CPU profile (both use the browser's monotonic clock, in µs).
 *
 * Why not PerformanceObserver('longtask'): it does not see the content
 * script's work. Its scan resumes after `await` in microtasks, and a long
 * run of microtasks shows in the trace as one
 * `BlinkScheduler_PerformMicrotaskCheckpoint` that no long-task entry reports.
 * So a "task" here is any stretch of nested top-level trace events on the
 * page's main thread, and it is the extension's when its profile samples fall inside.
 */
import type { CDPSession } from 'playwright-core';
import type { Sample } from './cpu-profile';
import { startTrace, type TraceEvent } from './trace';

/** The top-level tasks only: a cheap trace. */
export function startTaskTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  return startTrace(cdp, 'toplevel');
}

export interface ExtensionTask {
  /** The longest main-thread task the extension's code ran in. */
  longestMs: number;
  /** How much of that task was the extension's code. */
  longestExtensionMs: number;
  /** Tasks of 50 ms or more with extension code in them. */
  longCount: number;
}

function extensionMsIn(samples: readonly Sample[], startUs: number, endUs: number): number {
  let sum = 0;
  for (const sample of samples) {
    const at = sample.at * 1000;
    if (sample.extension && at >= startUs && at < endUs) sum += sample.ms;
  }
  return sum;
}

export function extensionTasks(events: readonly TraceEvent[], samples: readonly Sample[]): ExtensionTask {
  const complete = events.filter((event) => event.ph === 'X' && (event.dur ?? 0) > 0);
  // The page's main thread: the one whose events hold the most extension samples.
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of complete) {
    const key = `${event.pid}:${event.tid}`;
    byThread.set(key, [...(byThread.get(key) ?? []), event]);
  }
  let best: { spans: [number, number][]; ext: number } = { spans: [], ext: 0 };
  for (const threadEvents of byThread.values()) {
    // Merge nested and overlapping events into top-level busy spans.
    const sorted = threadEvents.map((e) => [e.ts, e.ts + (e.dur ?? 0)] as [number, number]).sort((a, b) => a[0] - b[0]);
    const spans: [number, number][] = [];
    for (const [start, end] of sorted) {
      const last = spans.at(-1);
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else spans.push([start, end]);
    }
    const ext = spans.reduce((sum, [start, end]) => sum + extensionMsIn(samples, start, end), 0);
    if (ext > best.ext) best = { spans, ext };
  }
  let longestMs = 0;
  let longestExtensionMs = 0;
  let longCount = 0;
  for (const [start, end] of best.spans) {
    const ext = extensionMsIn(samples, start, end);
    if (ext < 0.5) continue;
    const ms = (end - start) / 1000;
    if (ms >= 50) longCount++;
    if (ms > longestMs) {
      longestMs = ms;
      longestExtensionMs = ext;
    }
  }
  return { longestMs, longestExtensionMs, longCount };
}
