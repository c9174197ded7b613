/**
 * Page cost in real Chromium, extension versus no extension, on large real
 * pages: the content script's main-thread time (CPU profile), its scan as
 * the page's performance timeline records it, the longest main-thread task
 * its code runs in (trace), layout shift, JS heap added, and the floor (a
 * bare TreeWalker walk of the same roots, in the page without the extension,
 * in an isolated world as a content script runs; the main world's is reported beside it).
 */
import type { Page } from 'playwright-core';
import type { BenchBrowser } from './browsers';
import {
  type CpuProfile,
  clockOffset,
  extensionHotspots,
  extensionMs,
  extensionMsBetween,
  readSamples,
} from './cpu-profile';
import { type FloorWalk, runFloorWalk } from './floor-script';
import { extensionTasks, startTaskTrace } from './main-thread-tasks';
import { CLOCK_MARKER, type ProbeReadings, readProbes, runClockMarker } from './page-probes';
import { max, median, round } from './stats';

export interface PageSpec {
  name: string;
  url: string;
  html: string;
  /** One of the pages the speed target names (issue #4: the largest shared pages). */
  target: boolean;
}

/** Time left after the scan for late tasks and layout shifts to show. */
const SETTLE_MS = 300;
/** 200 µs: fine enough for slices of a few ms, light enough not to skew them much. */
const SAMPLING_INTERVAL_US = 200;

interface ExtensionRun {
  cpuMs: number;
  scanCpuMs: number;
  scanWallMs: number;
  dclToMarkedMs: number;
  longestTaskMs: number;
  longestTaskExtensionMs: number;
  longTasks: number;
  layoutShift: number;
  /** Shift after the extension's first line of code ran: the only shift it can have caused. */
  layoutShiftAfterStart: number;
  heapBytes: number;
  marks: number;
  shiftSources: string[];
  hotspots: Map<string, number>;
}

interface BaselineRun {
  floor: FloorWalk;
  floorMainWorld: FloorWalk;
  longestTaskMs: number;
  layoutShift: number;
  shiftSources: string[];
  heapBytes: number;
}

export interface PageCost {
  page: string;
  htmlBytes: number;
  runs: number;
  marks: number;
  target: boolean;
  /** The floor in an isolated world, as a content script walks. */
  floorMs: number;
  /** The same walk in the page's own world. */
  floorMainWorldMs: number;
  floorTextNodes: number;
  contentScriptCpuMs: number;
  scanCpuMs: number;
  scanWallMs: number;
  ratioToFloor: number;
  ratioToMainWorldFloor: number;
  /** The scan alone (CPU inside the `stackpeek:scan` measure), without start-up. */
  scanCpuRatioToFloor: number;
  scanWallRatioToFloor: number;
  dclToMarkedMs: number;
  /** Longest main-thread task the extension's code ran in (trace), worst run. */
  longestExtensionTaskMs: number;
  longestExtensionTaskShareMs: number;
  /** Tasks of 50 ms or more with extension code, worst run. */
  extensionLongTasks: number;
  layoutShiftWith: number;
  layoutShiftWithout: number;
  /** Layout shift after the content script started (worst run): what it may have caused. */
  layoutShiftAfterStart: number;
  heapAddedMB: number;
  longestTaskWithoutMs: number;
  /** Where the content script's time goes (median ms per run, by running frame). */
  hotspots: Record<string, number>;
  /** What shifted, with and without the extension (first run that shifted). */
  shiftSourcesWith: string[];
  shiftSourcesWithout: string[];
}

function medianHotspots(runs: readonly ExtensionRun[]): Record<string, number> {
  const names = new Set(runs.flatMap((run) => [...run.hotspots.keys()]));
  const rows = [...names].map((name) => [name, median(runs.map((run) => run.hotspots.get(name) ?? 0))] as const);
  return Object.fromEntries(
    rows
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([name, ms]) => [name, round(ms)]),
  );
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

async function open(browser: BenchBrowser, spec: PageSpec): Promise<Page> {
  browser.server.serve(spec.url, spec.html);
  const page = await browser.context.newPage();
  return page;
}

async function runWithExtension(browser: BenchBrowser, spec: PageSpec): Promise<ExtensionRun> {
  const page = await open(browser, spec);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
  const stopTrace = await startTaskTrace(cdp);
  await page.goto(spec.url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName('stackpeek:scan').length > 0, null, {
    timeout: 30_000,
    polling: 50,
  });
  await page.waitForTimeout(SETTLE_MS);
  const markerAt = await runClockMarker(page);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const events = await stopTrace();
  await cdp.detach();
  const probes: ProbeReadings = await readProbes(page);
  const heapBytes = await heapUsed(page);
  await page.close();

  const samples = readSamples(profile);
  const offset = clockOffset(samples, CLOCK_MARKER, markerAt) ?? Number.NaN;
  const scan = probes.scan ?? { start: Number.NaN, end: Number.NaN };
  const tasks = extensionTasks(events, samples);
  const firstExtension = samples.find((sample) => sample.extension);
  const extensionStart = firstExtension ? firstExtension.at - offset : 0;
  return {
    cpuMs: extensionMs(samples),
    scanCpuMs: extensionMsBetween(samples, offset, scan.start, scan.end),
    scanWallMs: scan.end - scan.start,
    dclToMarkedMs: scan.end - probes.domContentLoaded,
    longestTaskMs: tasks.longestMs,
    longestTaskExtensionMs: tasks.longestExtensionMs,
    longTasks: tasks.longCount,
    layoutShift: probes.layoutShift,
    layoutShiftAfterStart: probes.shifts
      .filter((shift) => shift.start >= extensionStart)
      .reduce((sum, shift) => sum + shift.value, 0),
    heapBytes,
    marks: probes.marks,
    shiftSources: probes.shiftSources,
    hotspots: extensionHotspots(samples),
  };
}

async function runWithoutExtension(browser: BenchBrowser, spec: PageSpec): Promise<BaselineRun> {
  const page = await open(browser, spec);
  await page.goto(spec.url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForTimeout(SETTLE_MS);
  const probes = await readProbes(page);
  const heapBytes = await heapUsed(page);
  const floor = await runFloorWalk(page, 'isolated');
  const floorMainWorld = await runFloorWalk(page, 'main');
  await page.close();
  return {
    floor,
    floorMainWorld,
    longestTaskMs: max(
      probes.longTasks.filter((task) => task.start >= probes.domContentLoaded).map((task) => task.duration),
    ),
    layoutShift: probes.layoutShift,
    shiftSources: probes.shiftSources,
    heapBytes,
  };
}

/** Alternates with/without runs so machine noise falls on both alike. */
export async function measurePageCost(
  withExt: BenchBrowser,
  without: BenchBrowser,
  spec: PageSpec,
  runs: number,
): Promise<PageCost> {
  const ext: ExtensionRun[] = [];
  const base: BaselineRun[] = [];
  for (let run = 0; run < runs; run++) {
    ext.push(await runWithExtension(withExt, spec));
    base.push(await runWithoutExtension(without, spec));
  }
  const floorMs = median(base.map((run) => run.floor.ms));
  const floorMainWorldMs = median(base.map((run) => run.floorMainWorld.ms));
  const cpuMs = median(ext.map((run) => run.cpuMs));
  const scanWallMs = median(ext.map((run) => run.scanWallMs));
  const scanCpuMs = median(ext.map((run) => run.scanCpuMs));
  const longest = ext.reduce((a, b) => (b.longestTaskMs > a.longestTaskMs ? b : a));
  return {
    page: spec.name,
    htmlBytes: Buffer.byteLength(spec.html),
    runs,
    marks: median(ext.map((run) => run.marks)),
    target: spec.target,
    floorMs: round(floorMs, 2),
    floorMainWorldMs: round(floorMainWorldMs, 2),
    floorTextNodes: base[0]?.floor.nodes ?? 0,
    contentScriptCpuMs: round(cpuMs),
    scanCpuMs: round(scanCpuMs),
    scanWallMs: round(scanWallMs),
    ratioToFloor: round(cpuMs / floorMs, 2),
    ratioToMainWorldFloor: round(cpuMs / floorMainWorldMs, 2),
    scanCpuRatioToFloor: round(scanCpuMs / floorMs, 2),
    scanWallRatioToFloor: round(scanWallMs / floorMs, 2),
    dclToMarkedMs: round(median(ext.map((run) => run.dclToMarkedMs))),
    longestExtensionTaskMs: round(longest.longestTaskMs),
    longestExtensionTaskShareMs: round(longest.longestTaskExtensionMs),
    extensionLongTasks: max(ext.map((run) => run.longTasks)),
    layoutShiftWith: round(max(ext.map((run) => run.layoutShift)), 4),
    layoutShiftWithout: round(max(base.map((run) => run.layoutShift)), 4),
    layoutShiftAfterStart: round(max(ext.map((run) => run.layoutShiftAfterStart)), 4),
    heapAddedMB: round((median(ext.map((run) => run.heapBytes)) - median(base.map((run) => run.heapBytes))) / 1e6, 2),
    longestTaskWithoutMs: round(max(base.map((run) => run.longestTaskMs))),
    hotspots: medianHotspots(ext),
    shiftSourcesWith: ext.find((run) => run.shiftSources.length > 0)?.shiftSources ?? [],
    shiftSourcesWithout: base.find((run) => run.shiftSources.length > 0)?.shiftSources ?? [],
  };
}
