/**
 * What the sync storage holds, as this device last read it: the raw items,
 * each bucket unpacked once per value, the devices that sync, and the bytes
 * used as each browser counts them.
 */
import { BUCKET_COUNT, BUCKET_PREFIX, DEVICE_ID, DEVICE_PREFIX, SYNC_FORMAT, SYNC_LIMITS } from '../../../data/sync';
import { hash64 } from './note-hash';
import { type Unpacked, unpackRecords } from './pack';
import { bucketKey, type RemoteBucket } from './plan-buckets';

/** A device that has not synced for this long no longer holds back tombstones. */
export const DEVICE_ACTIVE_MS = 60 * 24 * 60 * 60 * 1000;
/** A device rewrites its own entry this often, so others know it is still there. */
export const DEVICE_REFRESH_MS = 24 * 60 * 60 * 1000;

export interface ReadBuckets {
  buckets: RemoteBucket[];
  /** Items written by a newer Stackpeek. */
  newer: string[];
  /** Items refused, with the reason. */
  refused: { key: string; reason: string }[];
}

const utf8 = (text: string) => new TextEncoder().encode(text).byteLength;

export class RemoteItems {
  private readonly items = new Map<string, unknown>();
  private readonly unpacked = new Map<string, { value: unknown; result: Unpacked }>();

  constructor(private readonly format = SYNC_FORMAT) {}

  replaceAll(items: Record<string, unknown>): void {
    this.items.clear();
    this.apply(items);
  }

  /** Applies changes; returns the buckets whose value changed. */
  apply(changes: Record<string, unknown>): string[] {
    const changed: string[] = [];
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) this.items.delete(key);
      else this.items.set(key, value);
      if (key.startsWith(BUCKET_PREFIX)) changed.push(key);
    }
    return changed;
  }

  get(key: string): unknown {
    return this.items.get(key);
  }

  async readBuckets(): Promise<ReadBuckets> {
    const read: ReadBuckets = { buckets: [], newer: [], refused: [] };
    for (let index = 0; index < BUCKET_COUNT; index++) {
      const key = bucketKey(index);
      const value = this.items.get(key);
      if (value === undefined) {
        read.buckets.push({ state: 'absent' });
        continue;
      }
      let cached = this.unpacked.get(key);
      if (cached?.value !== value) {
        cached = { value, result: await unpackRecords(value, this.format) };
        this.unpacked.set(key, cached);
      }
      const { result } = cached;
      if (result.kind === 'ok') read.buckets.push({ state: 'ok', records: result.records });
      else {
        read.buckets.push({ state: 'invalid' });
        if (result.kind === 'newer') read.newer.push(key);
        else read.refused.push({ key, reason: result.reason });
      }
    }
    for (const [key, value] of this.items) {
      if (key.startsWith(DEVICE_PREFIX) && deviceFormat(value) > this.format) read.newer.push(key);
    }
    return read;
  }

  /** Devices seen lately, this one included. */
  activeDevices(me: string, now: number): Set<string> {
    const active = new Set([me]);
    for (const [key, value] of this.items) {
      const id = key.slice(DEVICE_PREFIX.length);
      const seen = deviceSeenAt(value);
      if (key.startsWith(DEVICE_PREFIX) && DEVICE_ID.test(id) && seen !== null && now - seen < DEVICE_ACTIVE_MS) {
        active.add(id);
      }
    }
    return active;
  }

  /** This device's entry, when it is missing or due to be refreshed. */
  deviceEntry(me: string, now: number): Record<string, string> {
    const key = `${DEVICE_PREFIX}${me}`;
    const seen = deviceSeenAt(this.items.get(key));
    if (seen !== null && now - seen < DEVICE_REFRESH_MS && deviceFormat(this.items.get(key)) === this.format) return {};
    return { [key]: `${this.format}:${now.toString(36)}` };
  }

  /**
   * The largest bucket item (key + JSON of the value) that keeps every item
   * within both browsers' limits: Firefox refuses an item of exactly 8,192
   * bytes and counts the whole area as one JSON object, braces, quotes and
   * commas included (application-services webext-storage api.rs).
   */
  itemCap(extra: Record<string, unknown>, budget: number): number {
    let others = 2;
    for (const [key, value] of Object.entries({ ...Object.fromEntries(this.items), ...extra })) {
      if (!key.startsWith(BUCKET_PREFIX)) others += utf8(JSON.stringify(key)) + utf8(JSON.stringify(value)) + 2;
    }
    const share = Math.floor((SYNC_LIMITS.QUOTA_BYTES * budget - others) / BUCKET_COUNT) - 4;
    return Math.min(SYNC_LIMITS.QUOTA_BYTES_PER_ITEM - 1, share);
  }

  /** A hash of every item, to tell at the next start whether anything changed meanwhile. */
  digest(): string {
    const keys = [...this.items.keys()].sort();
    return hash64(JSON.stringify(keys.map((key) => [key, this.items.get(key)])));
  }

  /** Bytes and items used, as Chrome counts them (each key plus the JSON of its value). */
  usage(): { bytes: number; items: number } {
    let bytes = 0;
    for (const [key, value] of this.items) bytes += utf8(key) + utf8(JSON.stringify(value));
    return { bytes, items: this.items.size };
  }
}

function deviceFormat(value: unknown): number {
  const match = typeof value === 'string' ? /^(\d{1,6}):/.exec(value) : null;
  return match ? Number(match[1]) : 0;
}

function deviceSeenAt(value: unknown): number | null {
  const match = typeof value === 'string' ? /^\d{1,6}:([0-9a-z]{1,12})$/.exec(value) : null;
  const time = match ? Number.parseInt(match[1] ?? '', 36) : Number.NaN;
  return Number.isFinite(time) ? time : null;
}
