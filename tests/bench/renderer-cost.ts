/**
 * Page cost as the browser pays it: the renderer main thread's whole time
 * (script, style, layout from `Performance.getMetrics`; pre-paint and paint
 * from a trace) for the page alone and with each extension, at load and over
 * an idle period with the marks in place. Runs of the variants alternate so
 * machine noise falls on all alike; what a variant adds is the median, over
 * runs, of its time minus the page alone's in the same run.
 */
import type { BenchBrowser } from './browsers';
import type { PageSpec } from './page-cost';
import { type PaintTimes, paintTimes, stampIdleEnd, stampIdleStart, startPaintTrace } from './paint-trace';
import { enableRendererMetrics, minus, type RendererTimes, readRendererTimes } from './renderer-metrics';
import { median, round } from './stats';

export const VARIANTS = ['alone', 'stackpeek', 'markjs', 'startupFloor'] as const;
export type Variant = (typeof VARIANTS)[number];

export interface VariantBrowser {
  variant: Variant;
  browser: BenchBrowser;
  /** The `performance.measure` the variant's script leaves when it is done, if any. */
  doneMeasure?: string;
  /** Whether idle time is measured for it (the start-up floor paints nothing). */
  idle: boolean;
}

/** Time from the load event to the reading "at load": every variant's script has finished by then. */
export const LOAD_WINDOW_MS = 1000;

export interface Cost {
  taskMs: number;
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  prePaintMs: number;
  paintMs: number;
}

interface Sample {
  load: Cost;
  /** Per second of idle. */
  idle?: Cost & { frames: number };
  done: boolean;
}

export interface VariantCost {
  load: Cost;
  idle?: Cost & { frames: number };
  /** Each idle run's task time per second (the spread is the noise). */
  idleTaskRuns: number[];
  /** Loads after which the variant's script had not finished within the window (should be 0). */
  unfinished: number;
  /** What it adds to the page alone, at load and per second of idle (paired medians). */
  addedAtLoad?: Cost;
  addedIdle?: Cost;
}

export interface RendererCost {
  page: string;
  runs: number;
  idleRuns: number;
  idleSeconds: number;
  variants: Partial<Record<Variant, VariantCost>>;
}

const cost = (times: RendererTimes, paint: PaintTimes): Cost => ({
  ...times,
  prePaintMs: paint.prePaintMs,
  paintMs: paint.paintMs,
});

async function measureOnce(target: VariantBrowser, spec: PageSpec, idleMs: number): Promise<Sample> {
  target.browser.server.serve(spec.url, spec.html);
  const page = await target.browser.context.newPage();
  const cdp = await target.browser.context.newCDPSession(page);
  await enableRendererMetrics(cdp);
  const stopTrace = await startPaintTrace(cdp);
  const before = await readRendererTimes(cdp);
  await page.goto(spec.url, { waitUntil: 'load', timeout: 60_000 });
  // A fixed window for every variant (no polling, which would cost the page time of its own).
  await page.waitForTimeout(LOAD_WINDOW_MS);
  const atLoad = minus(await readRendererTimes(cdp), before);
  const done = target.doneMeasure
    ? await page.evaluate((name) => performance.getEntriesByName(name).length > 0, target.doneMeasure)
    : true;
  await stampIdleStart(page);
  let afterIdle: RendererTimes | undefined;
  if (idleMs > 0) {
    await page.waitForTimeout(idleMs);
    afterIdle = minus(await readRendererTimes(cdp), before);
    await stampIdleEnd(page);
  }
  const paint = paintTimes(await stopTrace());
  await cdp.detach();
  await page.close();
  const perSecond = (ms: number) => ms / (idleMs / 1000);
  let idle: Sample['idle'];
  if (afterIdle && paint.idle) {
    const spent = minus(afterIdle, atLoad);
    idle = {
      taskMs: perSecond(spent.taskMs),
      scriptMs: perSecond(spent.scriptMs),
      styleMs: perSecond(spent.styleMs),
      layoutMs: perSecond(spent.layoutMs),
      prePaintMs: perSecond(paint.idle.prePaintMs),
      paintMs: perSecond(paint.idle.paintMs),
      frames: perSecond(paint.idle.frames),
    };
  }
  return { load: cost(atLoad, paint.load), idle, done };
}

const KEYS = ['taskMs', 'scriptMs', 'styleMs', 'layoutMs', 'prePaintMs', 'paintMs'] as const;

function medianCost(samples: Cost[]): Cost {
  return Object.fromEntries(KEYS.map((key) => [key, round(median(samples.map((s) => s[key])), 1)])) as unknown as Cost;
}

/**
 * Median over runs of (variant − page alone) in the same run: the two loads
 * are seconds apart, so a burst of load on the shared machine mostly hits both.
 */
function pairedAdded(mine: (Cost | undefined)[], alone: (Cost | undefined)[]): Cost | undefined {
  const pairs = mine.flatMap((cost, run) => {
    const base = alone[run];
    return cost && base ? [[cost, base] as const] : [];
  });
  if (pairs.length === 0) return undefined;
  return Object.fromEntries(
    KEYS.map((key) => [key, round(median(pairs.map(([cost, base]) => cost[key] - base[key])), 1)]),
  ) as unknown as Cost;
}

export async function measureRendererCost(
  targets: VariantBrowser[],
  spec: PageSpec,
  options: { runs: number; idleRuns: number; idleMs: number },
): Promise<RendererCost> {
  const samples = new Map<Variant, Sample[]>(targets.map((target) => [target.variant, []]));
  for (let run = 0; run < options.runs; run++) {
    // Rotate the order each run, so no variant always follows the same one.
    const order = targets.map((_, i) => targets[(i + run) % targets.length] as VariantBrowser);
    for (const target of order) {
      const idleMs = target.idle && run < options.idleRuns ? options.idleMs : 0;
      samples.get(target.variant)?.push(await measureOnce(target, spec, idleMs));
    }
  }
  const alone = samples.get('alone') ?? [];
  const variants: RendererCost['variants'] = {};
  for (const [variant, list] of samples) {
    const idle = list.flatMap((sample) => (sample.idle ? [sample.idle] : []));
    variants[variant] = {
      load: medianCost(list.map((sample) => sample.load)),
      idle: idle.length > 0 ? { ...medianCost(idle), frames: round(median(idle.map((s) => s.frames)), 1) } : undefined,
      idleTaskRuns: idle.map((sample) => round(sample.taskMs, 1)),
      unfinished: list.filter((sample) => !sample.done).length,
      addedAtLoad:
        variant === 'alone'
          ? undefined
          : pairedAdded(
              list.map((sample) => sample.load),
              alone.map((sample) => sample.load),
            ),
      addedIdle:
        variant === 'alone'
          ? undefined
          : pairedAdded(
              list.map((sample) => sample.idle),
              alone.map((sample) => sample.idle),
            ),
    };
  }
  return {
    page: spec.name,
    runs: options.runs,
    idleRuns: options.idleRuns,
    idleSeconds: options.idleMs / 1000,
    variants,
  };
}
