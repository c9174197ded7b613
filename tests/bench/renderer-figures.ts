/** The figures the whole-renderer targets are judged on, derived from one page's renderer cost. */
import type { RendererCost } from './renderer-cost';
import { round } from './stats';

/** Idle time added counts as zero below this: 1 ms/s, or 3 % of what the page alone spends idle. */
export function idleNoiseMsPerS(row: RendererCost): number {
  return round(Math.max(1, 0.03 * (row.variants.alone?.idle?.taskMs ?? 0)), 1);
}

export interface RendererFigures {
  page: string;
  aloneMs: number;
  stackpeekMs: number;
  markJsMs: number;
  startupFloorMs: number;
  /** Stackpeek's added time over mark.js's (target ≤ 0.2). */
  ratioToPeer: number;
  idle?: { aloneMsPerS: number; stackpeekMsPerS: number; markJsMsPerS: number; noiseMsPerS: number };
}

export function rendererFigures(row: RendererCost): RendererFigures {
  const { alone, stackpeek, markjs, startupFloor } = row.variants;
  const stackpeekMs = stackpeek?.addedAtLoad?.taskMs ?? Number.NaN;
  const markJsMs = markjs?.addedAtLoad?.taskMs ?? Number.NaN;
  const figures: RendererFigures = {
    page: row.page,
    aloneMs: alone?.load.taskMs ?? Number.NaN,
    stackpeekMs,
    markJsMs,
    startupFloorMs: startupFloor?.addedAtLoad?.taskMs ?? Number.NaN,
    ratioToPeer: round(stackpeekMs / markJsMs, 2),
  };
  if (alone?.idle && stackpeek?.addedIdle) {
    figures.idle = {
      aloneMsPerS: alone.idle.taskMs,
      stackpeekMsPerS: stackpeek.addedIdle.taskMs,
      markJsMsPerS: markjs?.addedIdle?.taskMs ?? Number.NaN,
      noiseMsPerS: idleNoiseMsPerS(row),
    };
  }
  return figures;
}

/** On the start-up page: what Stackpeek and the minimal content script each add to the page alone. */
export function startupFigures(row: RendererCost): {
  aloneMs: number;
  stackpeekMs: number;
  startupFloorMs: number;
  ratio: number;
} {
  const stackpeekMs = row.variants.stackpeek?.addedAtLoad?.taskMs ?? Number.NaN;
  const startupFloorMs = row.variants.startupFloor?.addedAtLoad?.taskMs ?? Number.NaN;
  return {
    aloneMs: row.variants.alone?.load.taskMs ?? Number.NaN,
    stackpeekMs,
    startupFloorMs,
    ratio: round(stackpeekMs / startupFloorMs, 2),
  };
}
