/** Time, timers and one-at-a-time jobs for the sync engine; tests pass a manual clock. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Runs jobs one at a time, in order; a job that fails is reported and the next one runs. */
export class JobQueue {
  private tail = Promise.resolve();
  private pending = 0;

  constructor(private readonly onError: (error: unknown) => void) {}

  run(job: () => Promise<void>): Promise<void> {
    this.pending++;
    const run = this.tail
      .then(job)
      .catch(this.onError)
      .finally(() => {
        this.pending--;
      });
    this.tail = run;
    return run;
  }

  async idle(): Promise<void> {
    while (this.pending > 0) await this.tail;
  }
}

/** A timer that, asked for several times, fires once, at the earliest of them. */
export class EarliestTimer {
  private timer: { handle: unknown; at: number } | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly fire: () => void,
  ) {}

  get pending(): boolean {
    return this.timer !== undefined;
  }

  in(delay: number): void {
    const at = this.clock.now() + delay;
    if (this.timer && this.timer.at <= at) return;
    this.cancel();
    const handle = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.fire();
    }, delay);
    this.timer = { handle, at };
  }

  cancel(): void {
    if (this.timer) this.clock.clearTimeout(this.timer.handle);
    this.timer = undefined;
  }
}
