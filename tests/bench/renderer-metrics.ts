/**
 * What the page's renderer main thread spent, as it accounts for itself:
 * DevTools protocol `Performance.getMetrics` in thread ticks (CPU time, not
 * wall time), so work the browser does because of an extension counts even
 * with none of its code on the stack (style, layout), and other processes'
 * load on the machine counts less. The counters start with the renderer
 * process, which a navigation to a new site creates afresh.
 */
import type { CDPSession } from 'playwright-core';

export interface RendererTimes {
  /** Every task on the main thread. */
  taskMs: number;
  scriptMs: number;
  /** Style recalculation. */
  styleMs: number;
  layoutMs: number;
}

const FIELDS = {
  taskMs: 'TaskDuration',
  scriptMs: 'ScriptDuration',
  styleMs: 'RecalcStyleDuration',
  layoutMs: 'LayoutDuration',
} as const satisfies Record<keyof RendererTimes, string>;

export async function enableRendererMetrics(cdp: CDPSession): Promise<void> {
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
}

export async function readRendererTimes(cdp: CDPSession): Promise<RendererTimes> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const value = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? Number.NaN) * 1000;
  return {
    taskMs: value(FIELDS.taskMs),
    scriptMs: value(FIELDS.scriptMs),
    styleMs: value(FIELDS.styleMs),
    layoutMs: value(FIELDS.layoutMs),
  };
}

export function minus(a: RendererTimes, b: RendererTimes): RendererTimes {
  return {
    taskMs: a.taskMs - b.taskMs,
    scriptMs: a.scriptMs - b.scriptMs,
    styleMs: a.styleMs - b.styleMs,
    layoutMs: a.layoutMs - b.layoutMs,
  };
}
