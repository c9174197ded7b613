/**
 * A fake `storage.sync` for several devices, enforcing the browsers' limits
 * the way they do (written from their sources and checked against Chromium
 * 156 here, not shared with the code under test):
 *
 * Chrome (extensions/browser/api/storage/settings_storage_quota_enforcer.cc,
 * quota_service.cc): an item is its key plus its JSON in UTF-8 bytes, `<`
 * counted as `\u003C`; per item ≤ 8,192 (checked item by item), then the total
 * ≤ 102,400, then ≤ 512 items, all or nothing. `set` and `remove` each have
 * their own fixed windows of 120 calls a minute and 1,800 an hour, counted
 * before the call runs, so refused and no-op calls count too. onChanged fires
 * only for values that changed.
 *
 * Firefox (application-services webext-storage api.rs): per item < 8,192, at
 * most 512 items, the whole area as one JSON object ≤ 102,400 bytes; no write
 * rate limit; one message for every quota; onChanged fires for every key set.
 *
 * Each device has its own replica; `FakeSyncCloud.deliver()` carries writes to
 * the server (the last upload of a key wins, as with Chrome Sync) and the
 * server's state back to every online device, with no quota check there.
 */
import type { SyncArea } from '../../../entrypoints/background/sync/sync-area';

export type Browser = 'chrome' | 'firefox';

export const CHROME_ERRORS = {
  perItem: 'Resource::kQuotaBytesPerItem quota exceeded',
  total: 'Resource::kQuotaBytes quota exceeded',
  items: 'Resource::kMaxItems quota exceeded',
  perMinute: 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.',
  perHour: 'This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.',
};
export const FIREFOX_QUOTA_ERROR = 'QuotaExceededError: storage.sync API call exceeded its quota limitations.';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
/** base::JSONWriter escapes `<`, U+2028 and U+2029 where JSON.stringify does not. */
const chromeJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003C')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

class FixedWindow {
  private tokens = 0;
  private expires = -Infinity;
  constructor(
    private readonly limit: number,
    private readonly period: number,
  ) {}
  take(now: number): boolean {
    if (now > this.expires) {
      this.tokens = this.limit;
      this.expires = now + this.period;
    }
    if (this.tokens === 0) return false;
    this.tokens--;
    return true;
  }
}

export class FakeStorageSync implements SyncArea {
  online = true;
  /** Calls made, refused ones included: what Chrome's write limits count. */
  readonly calls = { set: 0, remove: 0 };
  readonly items = new Map<string, unknown>();
  readonly uploads: [string, unknown][] = [];
  private readonly listeners = new Set<(changes: Record<string, unknown>) => void>();
  private readonly windows = {
    set: [new FixedWindow(120, 60_000), new FixedWindow(1_800, 3_600_000)],
    remove: [new FixedWindow(120, 60_000), new FixedWindow(1_800, 3_600_000)],
  };

  constructor(
    readonly browser: Browser,
    private readonly now: () => number,
  ) {}

  async get(): Promise<Record<string, unknown>> {
    return structuredClone(Object.fromEntries(this.items));
  }

  async set(values: Record<string, unknown>): Promise<void> {
    this.calls.set++;
    this.checkRate('set');
    const next = new Map(this.items);
    for (const [key, value] of Object.entries(values)) next.set(key, JSON.parse(JSON.stringify(value)));
    if (this.browser === 'chrome') this.checkChrome(values, next);
    else this.checkFirefox(values);
    const changed = this.commit(next, Object.keys(values));
    for (const key of Object.keys(values)) this.uploads.push([key, next.get(key)]);
    this.notify(changed);
  }

  async remove(keys: string[]): Promise<void> {
    this.calls.remove++;
    this.checkRate('remove');
    const next = new Map(this.items);
    for (const key of keys) next.delete(key);
    const changed = this.commit(next, keys);
    for (const key of keys) this.uploads.push([key, undefined]);
    this.notify(changed);
  }

  watch(listener: (changes: Record<string, unknown>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Bytes in use as Chrome reports them (getBytesInUse). */
  bytesInUse(): number {
    let total = 0;
    for (const [key, value] of this.items) total += bytes(key) + bytes(chromeJson(value));
    return total;
  }

  /** A change from the server: applied without quota checks, as synced data is. */
  receive(key: string, value: unknown): void {
    const next = new Map(this.items);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    this.notify(this.commit(next, [key], true));
  }

  private checkRate(fn: 'set' | 'remove'): void {
    if (this.browser !== 'chrome') return;
    const [minute, hour] = this.windows[fn];
    if (!minute?.take(this.now())) throw new Error(CHROME_ERRORS.perMinute);
    if (!hour?.take(this.now())) throw new Error(CHROME_ERRORS.perHour);
  }

  private checkChrome(values: Record<string, unknown>, next: Map<string, unknown>): void {
    for (const key of Object.keys(values)) {
      if (bytes(key) + bytes(chromeJson(next.get(key))) > 8_192) throw new Error(CHROME_ERRORS.perItem);
    }
    let total = 0;
    for (const [key, value] of next) total += bytes(key) + bytes(chromeJson(value));
    if (total > 102_400) throw new Error(CHROME_ERRORS.total);
    if (next.size > 512) throw new Error(CHROME_ERRORS.items);
  }

  private checkFirefox(values: Record<string, unknown>): void {
    const current = new Map(this.items);
    for (const [key, value] of Object.entries(values)) {
      current.delete(key);
      if (current.size >= 512) throw new Error(FIREFOX_QUOTA_ERROR);
      if (bytes(key) + bytes(JSON.stringify(value)) >= 8_192) throw new Error(FIREFOX_QUOTA_ERROR);
      current.set(key, value);
    }
    if (bytes(JSON.stringify(Object.fromEntries(current))) > 102_400) throw new Error(FIREFOX_QUOTA_ERROR);
  }

  /** Replaces the replica; returns the keys whose value changed (all keys written, in Firefox). */
  private commit(next: Map<string, unknown>, keys: string[], fromServer = false): Record<string, unknown> {
    const changed: Record<string, unknown> = {};
    for (const key of keys) {
      const same = JSON.stringify(this.items.get(key)) === JSON.stringify(next.get(key));
      if (!same || (this.browser === 'firefox' && !fromServer && next.has(key))) changed[key] = next.get(key);
    }
    this.items.clear();
    for (const [key, value] of next) this.items.set(key, value);
    return changed;
  }

  private notify(changes: Record<string, unknown>): void {
    if (Object.keys(changes).length === 0) return;
    // Listeners hear of a change asynchronously, as in the browsers.
    queueMicrotask(() => {
      for (const listener of this.listeners) listener(structuredClone(changes));
    });
  }
}

export class FakeSyncCloud {
  readonly server = new Map<string, unknown>();
  readonly devices: FakeStorageSync[] = [];

  constructor(private readonly now: () => number) {}

  device(browser: Browser = 'chrome'): FakeStorageSync {
    const area = new FakeStorageSync(browser, this.now);
    this.devices.push(area);
    return area;
  }

  /** Carries every online device's writes to the server, in `order`, then the server's state to every online device. */
  deliver(order: FakeStorageSync[] = this.devices): void {
    for (const area of order) {
      if (!area.online) continue;
      for (const [key, value] of area.uploads.splice(0)) {
        if (value === undefined) this.server.delete(key);
        else this.server.set(key, value);
      }
    }
    for (const area of this.devices) {
      if (!area.online) continue;
      for (const key of new Set([...area.items.keys(), ...this.server.keys()])) {
        // A device's own write not yet uploaded stays until it is.
        if (area.uploads.some(([pending]) => pending === key)) continue;
        if (JSON.stringify(area.items.get(key)) !== JSON.stringify(this.server.get(key))) {
          area.receive(key, this.server.get(key));
        }
      }
    }
  }

  pendingUploads(): number {
    return this.devices.reduce((sum, area) => sum + (area.online ? area.uploads.length : 0), 0);
  }
}
