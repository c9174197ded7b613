/**
 * When the next write to `storage.sync` may go. Chrome allows 120 `set` calls
 * a minute and 1,800 an hour, counting every call, refused ones and no-op ones
 * too (extensions/browser/quota_service.cc: a fixed window that starts at the
 * first call); Firefox counts nothing but bytes. One write every 2.5 seconds
 * at most stays under both of Chrome's limits. A refused write waits longer
 * each time; a full storage shrinks what the next plan may use.
 */

/** The least time between two writes: 24 a minute, 1,440 an hour. */
export const MIN_WRITE_INTERVAL_MS = 2_500;

export type WriteFailureKind = 'rate' | 'quota' | 'other';

export interface WriteFailure {
  kind: WriteFailureKind;
  retryAt: number;
  /** For the reader: what happened, and that nothing is lost. */
  message: string;
}

const MINUTE = 60_000;

export function classifyWriteError(error: unknown): WriteFailureKind {
  const message = String((error as { message?: unknown } | null)?.message ?? error);
  // Chrome: "This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota."
  if (/MAX_WRITE_OPERATIONS/.test(message)) return 'rate';
  // Chrome: "Resource::kQuotaBytes quota exceeded" (older: "QUOTA_BYTES quota exceeded"), also
  // kQuotaBytesPerItem and kMaxItems; Firefox: "QuotaExceededError: storage.sync API call exceeded its quota limitations."
  if (/quota/i.test(message)) return 'quota';
  return 'other';
}

export class WritePacer {
  private lastWrite = -Infinity;
  private failures = 0;
  /** The share of the sync storage plans may use; below 1 after the browser said it was full. */
  budget = 1;

  nextWriteAt(): number {
    return this.lastWrite + MIN_WRITE_INTERVAL_MS;
  }

  wrote(at: number): void {
    this.lastWrite = at;
  }

  succeeded(): void {
    this.failures = 0;
  }

  failed(error: unknown, now: number): WriteFailure {
    this.failures++;
    const kind = classifyWriteError(error);
    const backoff = (first: number, most: number) => Math.min(most, first * 2 ** (this.failures - 1));
    if (kind === 'rate') {
      const perHour = /PER_HOUR/.test(String((error as Error)?.message));
      const wait = perHour ? backoff(10 * MINUTE, 60 * MINUTE) : MINUTE;
      return {
        kind,
        retryAt: now + wait,
        message: `The browser's limit on sync writes was reached; Stackpeek tries again in ${Math.round(wait / MINUTE)} min. Your notes are safe on this device.`,
      };
    }
    if (kind === 'quota') {
      this.budget = Math.max(0.5, this.budget * 0.85);
      return {
        kind,
        retryAt: now + backoff(5_000, 5 * MINUTE),
        message:
          'The sync storage is full; Stackpeek syncs fewer notes and tries again. Your notes are safe on this device.',
      };
    }
    const reason = String((error as { message?: unknown } | null)?.message ?? error);
    return {
      kind,
      retryAt: now + backoff(10_000, 10 * MINUTE),
      message: `Sync could not write (${reason}); Stackpeek tries again. Your notes are safe on this device.`,
    };
  }
}
