/**
 * The two browser surfaces sync uses, behind small interfaces so the engine
 * runs in tests against a fake that enforces the browsers' limits:
 * `storage.sync` itself, and `storage.local` for this device's switch and status.
 */

import * as v from 'valibot';
import { browser } from 'wxt/browser';
import {
  NOTES_MERGED_KEY,
  SYNC_CONFIG_KEY,
  SYNC_STATUS_KEY,
  type SyncConfig,
  SyncConfigSchema,
  type SyncStatus,
} from '../../../data/sync';

export interface SyncArea {
  /** Every item. */
  get(): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** New values of changed items (undefined: removed), from any device, this one included. */
  watch(listener: (changes: Record<string, unknown>) => void): () => void;
}

export const browserSyncArea: SyncArea = {
  get: () => browser.storage.sync.get(null),
  set: (items) => browser.storage.sync.set(items),
  remove: (keys) => browser.storage.sync.remove(keys),
  watch(listener) {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'sync') return;
      listener(Object.fromEntries(Object.entries(changes).map(([key, change]) => [key, change.newValue])));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
};

export interface SyncSettingsStore {
  load(): Promise<SyncConfig>;
  save(config: SyncConfig): Promise<void>;
  /** Where the popup and options page read the status from. */
  publish(status: SyncStatus): Promise<void>;
  /** The status last published, if any. */
  loadStatus(): Promise<SyncStatus | null>;
  /** Notes from another device changed this one's: tells an open popup or options page to reload them. */
  announceMerge(at: number): Promise<void>;
}

export const browserSyncSettings: SyncSettingsStore = {
  async load() {
    const stored = await browser.storage.local.get(SYNC_CONFIG_KEY);
    return v.parse(SyncConfigSchema, stored[SYNC_CONFIG_KEY] ?? {});
  },
  save: (config) => browser.storage.local.set({ [SYNC_CONFIG_KEY]: config }),
  publish: (status) => browser.storage.local.set({ [SYNC_STATUS_KEY]: status }),
  async loadStatus() {
    const stored = await browser.storage.local.get(SYNC_STATUS_KEY);
    return (stored[SYNC_STATUS_KEY] as SyncStatus | undefined) ?? null;
  },
  announceMerge: (at) => browser.storage.local.set({ [NOTES_MERGED_KEY]: at }),
};
