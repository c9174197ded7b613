/**
 * Simulated devices for the sync tests: each with its own notes database,
 * its own replica of one fake `storage.sync`, the real background message
 * handler and the real sync engine, all on one manual clock.
 */
import { vi } from 'vitest';
import type { Framework } from '../../../data/catalog-schema';
import type { Note, NoteDraft } from '../../../data/notes';
import { readSettings } from '../../../data/settings';
import { SYNC_OFF, type SyncConfig, type SyncStatus } from '../../../data/sync';
import { createMessageHandler } from '../../../entrypoints/background/handle-message';
import { type NotesDatabase, openNotesDb } from '../../../entrypoints/background/notes-db';
import { listNotes } from '../../../entrypoints/background/notes-store';
import type { Clock } from '../../../entrypoints/background/sync/scheduling';
import type { SyncSettingsStore } from '../../../entrypoints/background/sync/sync-area';
import { createSyncEngine, type SyncEngine } from '../../../entrypoints/background/sync/sync-engine';
import { type Browser, type FakeStorageSync, FakeSyncCloud } from './fake-storage-sync';

export class ManualClock implements Clock {
  time = Date.UTC(2026, 0, 1);
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;

  now = () => this.time;
  setTimeout = (callback: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + Math.max(0, ms), callback });
    return id;
  };
  clearTimeout = (handle: unknown) => {
    this.timers.delete(handle as number);
  };
  nextAt(): number | undefined {
    return Math.min(...[...this.timers.values()].map((timer) => timer.at));
  }
  get pending(): number {
    return this.timers.size;
  }

  /** Moves time on by `ms`, running each timer that falls due, and `settle` after each. */
  async advance(ms: number, settle: () => Promise<void>): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = Math.max(this.time, due[1].at);
      due[1].callback();
      await settle();
    }
    this.time = end;
  }
}

export interface Device {
  name: string;
  db: NotesDatabase;
  area: FakeStorageSync;
  engine: SyncEngine;
  config: SyncConfig;
  statuses: SyncStatus[];
  logs: string[];
  /** When the engine announced that another device's notes changed this one's. */
  merges: number[];
  /** A message to the background, as the popup sends it; throws its error. */
  ask(request: unknown): Promise<unknown>;
  save(draft: NoteDraft): Promise<Note>;
  notes(): Promise<Note[]>;
  status(): SyncStatus;
  /** The background stops (pending timers lost) and starts again, as an idle service worker does. */
  restart(): Promise<void>;
}

const FRAMEWORKS = [{ id: 'tornado', name: 'Tornado', alternatives: [] }] as unknown as Framework[];

export interface DeviceOptions {
  browser?: Browser;
  format?: number;
  /** Sync switched on from the start (the default). */
  enabled?: boolean;
}

export class SyncWorld {
  readonly clock = new ManualClock();
  readonly cloud = new FakeSyncCloud(this.clock.now);
  readonly devices: Device[] = [];

  constructor() {
    // Notes are stamped with Date.now(): the same clock for everything (restored after each test).
    vi.spyOn(Date, 'now').mockImplementation(() => this.clock.time);
  }

  async addDevice(options: DeviceOptions = {}): Promise<Device> {
    const index = this.devices.length;
    const name = `dev${index}${'abcdefgh'[index % 8]}`;
    const db = await openNotesDb(`stackpeek-sync-${crypto.randomUUID()}`);
    const area = this.cloud.device(options.browser ?? 'chrome');
    const statuses: SyncStatus[] = [];
    const logs: string[] = [];
    const device = {
      name,
      db,
      area,
      config: { enabled: options.enabled ?? true, deviceId: name },
      statuses,
      logs,
      merges: [] as number[],
    } as Device;
    const settings: SyncSettingsStore = {
      load: async () => structuredClone(device.config),
      save: async (config) => {
        device.config = structuredClone(config);
      },
      publish: async (status) => {
        statuses.push(structuredClone(status));
      },
      loadStatus: async () => structuredClone(statuses.at(-1) ?? null),
      announceMerge: async (at) => {
        device.merges.push(at);
      },
    };
    const start = () => {
      const engine = createSyncEngine({
        db: async () => db,
        area,
        settings,
        clock: this.clock,
        format: options.format,
        log: (message) => logs.push(message),
      });
      const handle = createMessageHandler({
        extensionId: 'sync-test',
        openTab: async () => undefined,
        db: async () => db,
        frameworks: FRAMEWORKS,
        comparisons: [],
        settings: async () => readSettings({}),
        sync: engine,
      });
      device.engine = engine;
      device.ask = async (request) => {
        const reply = await handle(request, { id: 'sync-test' });
        if (!reply.ok) throw new Error(reply.error);
        return reply.data;
      };
      return engine;
    };
    device.restart = async () => {
      device.engine.dispose();
      await start().ready;
      await this.settle();
    };
    const engine = start();
    device.save = (draft) => device.ask({ type: 'notes/save', note: draft }) as Promise<Note>;
    device.notes = async () => (await listNotes(db)).notes;
    device.status = () => statuses.at(-1) ?? SYNC_OFF;
    this.devices.push(device);
    await engine.ready;
    await this.settle();
    return device;
  }

  /** Waits until no engine has work running and every storage event has been heard. */
  async settle(): Promise<void> {
    for (let round = 0; round < 3; round++) {
      await Promise.all(this.devices.map((device) => device.engine.whenIdle()));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  advance(ms: number): Promise<void> {
    return this.clock.advance(ms, () => this.settle());
  }

  /**
   * Lets time pass and the cloud carry items until nothing is left to do. A
   * system that kept writing (two devices undoing each other) fails here.
   */
  async runUntilQuiet(maxRounds = 400): Promise<number> {
    for (let round = 0; round < maxRounds; round++) {
      this.cloud.deliver();
      await this.settle();
      if (this.cloud.pendingUploads() === 0 && this.clock.pending === 0) return round;
      const next = this.clock.nextAt();
      await this.advance(next === undefined ? 0 : Math.max(0, next - this.clock.time));
    }
    throw new Error(`sync did not settle in ${maxRounds} rounds`);
  }

  async close(): Promise<void> {
    await this.settle();
    for (const device of this.devices) device.db.close();
  }
}

/** A note's text and other fields, by id, for comparing devices. */
export async function contents(device: Device): Promise<Record<string, Omit<Note, 'id'>>> {
  const notes = await device.notes();
  return Object.fromEntries(notes.map(({ id, ...rest }) => [id, rest]));
}
