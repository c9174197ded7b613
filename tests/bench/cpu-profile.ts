/**
 * Main-thread time of the extension, read from a V8 CPU profile of the page
 * (DevTools protocol `Profiler`). Content scripts run in the page's isolate,
 * so their samples are in the page's profile; a sample is the extension's when
 * any frame on its stack comes from a `chrome-extension://` script (native
 * calls it makes, such as `TreeWalker.nextNode` or a RegExp, included).
 */

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Sample {
  /** Milliseconds on the profile's clock. */
  at: number;
  /** Milliseconds until the next sample: the time this sample stands for. */
  ms: number;
  extension: boolean;
  functionNames: string[];
  /** The frame running when sampled: a native function's name, else "content script JS" / "page JS". */
  top: string;
}

/** The profile as timed samples, each marked as the extension's or not. */
export function readSamples(
  profile: CpuProfile,
  isExtensionUrl = (url: string) => url.startsWith('chrome-extension://'),
): Sample[] {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stackOf = (id: number) => {
    const stack: CpuProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node) stack.push(node);
    }
    return stack;
  };
  const stacks = new Map<number, { extension: boolean; functionNames: string[]; top: string }>();
  let time = profile.startTime;
  return profile.samples.map((id, index) => {
    time += profile.timeDeltas[index] ?? 0;
    let info = stacks.get(id);
    if (!info) {
      const stack = stackOf(id);
      const extension = stack.some((node) => isExtensionUrl(node.callFrame.url));
      info = {
        extension,
        functionNames: stack.map((node) => node.callFrame.functionName),
        top: topName(stack[0], extension),
      };
      stacks.set(id, info);
    }
    const next = profile.timeDeltas[index + 1] ?? 0;
    return { at: time / 1000, ms: Math.max(0, next) / 1000, ...info };
  });
}

function topName(node: CpuProfileNode | undefined, extension: boolean): string {
  if (!node) return '?';
  const { url, functionName } = node.callFrame;
  // A minified build names its functions with a letter or two; a dev build keeps real names.
  if (url) return extension ? (functionName.length > 2 ? `JS ${functionName}` : 'content script JS') : 'page JS';
  // Compiled RegExps are named by their source: the alias alternation is the very long one.
  if (functionName.startsWith('RegExp:')) {
    return functionName.length > 200 ? 'RegExp: the alias alternation' : functionName.slice(0, 48);
  }
  return functionName || '(native)';
}

/** Extension time by the frame that was running, largest first. */
export function extensionHotspots(samples: readonly Sample[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const sample of samples) if (sample.extension) totals.set(sample.top, (totals.get(sample.top) ?? 0) + sample.ms);
  return new Map([...totals].sort((a, b) => b[1] - a[1]));
}

export function extensionMs(samples: readonly Sample[]): number {
  return samples.reduce((sum, sample) => sum + (sample.extension ? sample.ms : 0), 0);
}

/**
 * The offset from the profile's clock to the page's `performance.now()`:
 * the page ran a busy function of a known name, starting at a known `now`.
 */
export function clockOffset(samples: readonly Sample[], marker: string, startedAt: number): number | undefined {
  const first = samples.find((sample) => sample.functionNames.includes(marker));
  return first ? first.at - startedAt : undefined;
}

/** Extension time inside [start, end) of the page's clock. */
export function extensionMsBetween(samples: readonly Sample[], offset: number, start: number, end: number): number {
  let sum = 0;
  for (const sample of samples) {
    const at = sample.at - offset;
    if (sample.extension && at >= start && at < end) sum += sample.ms;
  }
  return sum;
}
