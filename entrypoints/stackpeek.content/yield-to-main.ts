/**
 * Gives the main thread back to the page between slices of work, so no task
 * of ours runs past ~50 ms (https://web.dev/articles/optimize-long-tasks).
 * `scheduler.yield()` keeps our priority (Chrome 129+); `requestIdleCallback`
 * waits for idle time (no Safari); `setTimeout(0)` works everywhere, incl. Node.
 */
interface SchedulerLike {
  yield?: () => Promise<void>;
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof globalThis.requestIdleCallback === 'function') {
    // The timeout bounds the wait on a busy page; we still run in small slices.
    return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 100 }));
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Milliseconds of work per slice before yielding. */
export const SLICE_MS = 4;
