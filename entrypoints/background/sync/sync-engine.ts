/**
 * Notes sync, end to end: at start a full merge of what the sync storage
 * holds; then every change another device makes (`storage.onChanged`, area
 * `sync`) is merged into the notes database, and every change made here is
 * written back, batched (a flush waits FLUSH_DEBOUNCE_MS after the first
 * change) and paced (write-pacer.ts). One job runs at a time.
 */
import { DEVICE_PREFIX, SYNC_FORMAT, SYNC_OFF, type SyncConfig, type SyncStatus } from '../../../data/sync';
import type { NotesDatabase } from '../notes-db';
import type { FillCache } from './fill-bucket';
import { planBuckets } from './plan-buckets';
import { RemoteItems } from './remote-items';
import { type Clock, EarliestTimer, JobQueue, realClock } from './scheduling';
import type { SyncArea, SyncSettingsStore } from './sync-area';
import { PAUSED_MESSAGE, syncedStatus } from './sync-status';
import { applyRemote, forgetNotesHere, readLocal } from './sync-store';
import { WritePacer } from './write-pacer';

export const FLUSH_DEBOUNCE_MS = 2_000;
/** Changes from another device often come as several events at once. */
export const MERGE_DEBOUNCE_MS = 200;
const RETRY_AFTER_ERROR_MS = 60_000;

export interface SyncEngineDeps {
  db: () => Promise<NotesDatabase>;
  area: SyncArea;
  settings: SyncSettingsStore;
  clock?: Clock;
  /** The data format this Stackpeek writes (tests run an older and a newer one side by side). */
  format?: number;
  log?: (message: string) => void;
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;

export function createSyncEngine(deps: SyncEngineDeps) {
  const clock = deps.clock ?? realClock;
  const format = deps.format ?? SYNC_FORMAT;
  const log = deps.log ?? ((message: string) => console.warn(`Stackpeek sync: ${message}`));
  const remote = new RemoteItems(format);
  const pacer = new WritePacer();
  const written = new Map<string, unknown>();
  const fills: FillCache = new Map();
  const refusalsLogged = new Set<string>();
  let config: SyncConfig = { enabled: false };
  let status: SyncStatus = SYNC_OFF;
  let mergeTimer: unknown;
  let listening = false;
  /** Whether the sync storage has been read in full since sync was turned on here. */
  let loaded = false;
  let remoteGeneration = 0;

  const me = () => config.deviceId ?? '';

  const jobs = new JobQueue((error) => {
    const message = (error as Error)?.message ?? String(error);
    log(message);
    publish({ state: 'waiting', error: `Sync met an error (${message}); it tries again in a minute.` });
    flushTimer.in(RETRY_AFTER_ERROR_MS);
  });
  /** Jobs do nothing once sync is off. */
  const enqueue = (job: () => Promise<void>) => jobs.run(() => (config.enabled ? job() : Promise.resolve()));
  const flushTimer = new EarliestTimer(clock, () => void enqueue(flush));

  function publish(change: Partial<SyncStatus>): void {
    // A job still running when sync was turned off has nothing more to say.
    if (!config.enabled && change.enabled !== false) return;
    status = { ...status, ...change };
    deps.settings.publish(status).catch((error: unknown) => log(`could not save the status: ${error}`));
  }

  function onRemoteChange(changes: Record<string, unknown>): void {
    // Our own writes come back as changes too: nothing to merge in them.
    const foreign = Object.fromEntries(Object.entries(changes).filter(([key, value]) => written.get(key) !== value));
    if (Object.keys(foreign).length === 0) return;
    remoteGeneration++;
    if (remote.apply(foreign).length === 0) return;
    clock.clearTimeout(mergeTimer);
    mergeTimer = clock.setTimeout(() => {
      void enqueue(async () => {
        await merge();
        await flush();
      });
    }, MERGE_DEBOUNCE_MS);
  }

  async function merge(): Promise<void> {
    const read = await remote.readBuckets();
    for (const { key, reason } of read.refused) {
      if (!refusalsLogged.has(`${key} ${reason}`))
        log(`refused the sync item ${key}: ${reason}. Nothing here was changed.`);
      refusalsLogged.add(`${key} ${reason}`);
    }
    const records = read.buckets.flatMap((bucket) => (bucket.state === 'ok' ? bucket.records : []));
    const merged = await applyRemote(await deps.db(), records, me(), clock.now());
    if (merged.changed > 0) {
      deps.settings.announceMerge(clock.now()).catch((error: unknown) => log(`could not announce a merge: ${error}`));
    }
  }

  async function flush(): Promise<void> {
    // Never plan against a sync storage not yet read (its first read failed): merge it first.
    if (!loaded) {
      await load();
      await merge();
    }
    const read = await remote.readBuckets();
    if (read.newer.length > 0) {
      publish({ state: 'paused', error: PAUSED_MESSAGE });
      return;
    }
    const now = clock.now();
    if (now < pacer.nextWriteAt()) {
      flushTimer.in(pacer.nextWriteAt() - now);
      return;
    }
    const generation = remoteGeneration;
    const local = await readLocal(await deps.db(), me(), now);
    const device = remote.deviceEntry(me(), now);
    const plan = await planBuckets({
      local: local.records,
      remote: read.buckets,
      activeDevices: remote.activeDevices(me(), now),
      itemCap: remote.itemCap(device, pacer.budget),
      format,
      fills,
      hashes: local.hashes,
    });
    // Something arrived while planning: merge it first, then plan again.
    if (generation !== remoteGeneration) return;
    const writes: Record<string, unknown> = { ...device };
    for (const bucket of plan.buckets) if (bucket.value !== undefined) writes[bucket.key] = bucket.value;
    if (Object.keys(writes).length > 0) {
      pacer.wrote(now);
      try {
        for (const [key, value] of Object.entries(writes)) written.set(key, value);
        await deps.area.set(writes);
        pacer.succeeded();
        remote.apply(writes);
      } catch (error) {
        const failure = pacer.failed(error, clock.now());
        log(`a write was refused (${(error as Error)?.message ?? error}); trying again later.`);
        publish({ state: 'waiting', error: failure.message });
        flushTimer.in(failure.retryAt - clock.now());
        return;
      }
    }
    // An unreadable item this write did not replace (it is written with the next change in its bucket).
    const refused = read.refused.find(({ key }) => !(key in writes));
    publish(syncedStatus({ plan, local, usage: remote.usage(), refused, now: clock.now() }));
    // In agreement, with no change here waiting: the next start may skip its full merge.
    const agreed = checkpoint();
    if (!flushTimer.pending && !refused && agreed && config.checkpoint !== agreed)
      await saveConfig({ ...config, checkpoint: agreed });
  }

  /**
   * What the sync storage held when this device last agreed with it and had
   * nothing left to write; empty when its device entry is due anyway.
   */
  function checkpoint(): string {
    return Object.keys(remote.deviceEntry(me(), clock.now())).length > 0 ? '' : remote.digest();
  }

  async function load(): Promise<void> {
    remote.replaceAll(await deps.area.get());
    loaded = true;
  }

  async function activate(): Promise<void> {
    listening = true;
    loaded = false;
    await enqueue(async () => {
      await load();
      // The background starts often (a service worker stops when idle): when
      // nothing changed here or there since the last agreement, a full merge
      // would change nothing, and with thousands of notes it is not free.
      if (config.checkpoint && config.checkpoint === checkpoint()) {
        status = (await deps.settings.loadStatus()) ?? status;
        return;
      }
      publish({ ...SYNC_OFF, ...status, enabled: true, state: 'syncing' });
      await merge();
      await flush();
    });
  }

  /** Stops listening and drops pending timers. */
  function stop(): void {
    listening = false;
    flushTimer.cancel();
    clock.clearTimeout(mergeTimer);
  }

  function deactivate(): void {
    stop();
    publish(SYNC_OFF);
  }

  async function saveConfig(next: SyncConfig): Promise<void> {
    config = next;
    await deps.settings.save(next);
  }

  // Registered at once, not after the switch is read: a stopped service
  // worker is woken only for listeners added in its first turn
  // (https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/events).
  const unwatch = deps.area.watch((changes) => {
    if (listening) onRemoteChange(changes);
  });

  const ready = (async () => {
    config = await deps.settings.load();
    if (config.enabled) await activate();
  })().catch((error: unknown) => log(`could not start: ${error}`));

  return {
    /** Resolves once the engine has started (and, with sync on, made its first full merge). */
    ready,
    status: () => status,
    /** The notes database changed here: write the change out soon. */
    notesChanged(): void {
      if (!config.enabled) return;
      flushTimer.in(FLUSH_DEBOUNCE_MS);
      // Should the background stop before the flush, its next start must merge in full.
      if (config.checkpoint) void saveConfig({ ...config, checkpoint: undefined }).catch(() => undefined);
    },
    async setEnabled(enabled: boolean): Promise<SyncStatus> {
      await ready;
      if (enabled === config.enabled) return status;
      if (enabled) {
        await saveConfig({ enabled: true, deviceId: config.deviceId ?? newDeviceId() });
        await activate();
      } else {
        await saveConfig({ ...config, enabled: false, checkpoint: undefined });
        deactivate();
        // Other devices stop waiting for this one before dropping tombstones.
        await deps.area.remove([`${DEVICE_PREFIX}${me()}`]).catch(() => undefined);
      }
      return status;
    },
    /** "Delete all notes on this device only": sync turns off so they do not come back. */
    async forgetHere(): Promise<{ deleted: number }> {
      await ready;
      if (config.enabled) {
        await saveConfig({ ...config, enabled: false, checkpoint: undefined });
        deactivate();
      }
      await jobs.idle();
      return forgetNotesHere(await deps.db());
    },
    /** For tests: resolves when no job is running or queued. */
    async whenIdle(): Promise<void> {
      await ready;
      await jobs.idle();
    },
    /** As a stopped background: no listener, no pending timer (tests). */
    dispose(): void {
      stop();
      unwatch();
    },
  };
}

function newDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((byte) => (byte % 36).toString(36)).join('');
}
