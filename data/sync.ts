/**
 * Notes sync through the browser's own `storage.sync`: the shapes kept on this
 * device (versions beside the notes, the on/off switch, the status the popup
 * shows) and the schema every item read from sync must pass, as strictly as an
 * import file.
 */
import * as v from 'valibot';
import { NoteSchema } from './notes';

/** The sync data format. A device refuses items of a newer format and never overwrites them. */
export const SYNC_FORMAT = 1;

/**
 * Notes are spread over this many items by a hash of their id, so an edit
 * rewrites one item and the others stay as they are. 12 items of at most 8 KB
 * fill the browsers' 100 KB and leave room for the device list.
 */
export const BUCKET_COUNT = 12;
export const BUCKET_PREFIX = 'n.';
export const DEVICE_PREFIX = 'd.';

/** The tag a conflict copy carries, so it is visible in the list and can be searched for. */
export const CONFLICT_TAG = 'conflict-copy';

/**
 * Documented limits of `storage.sync`, the same in Chrome and Firefox
 * (https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync,
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/storage/sync).
 * Write rates are limited by Chrome only.
 */
export const SYNC_LIMITS = {
  QUOTA_BYTES: 102_400,
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_ITEMS: 512,
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
  MAX_WRITE_OPERATIONS_PER_HOUR: 1_800,
} as const;

export const DEVICE_ID = /^[a-z0-9]{4,16}$/;
const DeviceId = v.pipe(v.string(), v.regex(DEVICE_ID, 'must be a device id'));
const Counter = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(2 ** 31));

/**
 * A version vector: for each device that edited the note, how many of its
 * edits this version includes. Two versions where neither includes the other
 * were edited on two devices since they last agreed: a conflict.
 */
export const VersionVectorSchema = v.pipe(
  v.record(DeviceId, Counter),
  v.check((vector) => {
    const size = Object.keys(vector).length;
    return size > 0 && size <= 64;
  }, 'must name between 1 and 64 devices'),
);
export type VersionVector = Record<string, number>;

/** What this device keeps beside each note it has synced (store `sync-versions`). */
export interface LocalVersion {
  id: string;
  vv: VersionVector;
  /** The version whose text the note shows, when a merge made `vv` larger; absent when equal to `vv`. */
  cv?: VersionVector;
  /** Hash of the note as last versioned: a different hash means an edit not yet versioned. */
  hash: string;
  /** Set when the note was deleted: a tombstone, kept until every device has seen it. */
  tombstone?: { seen: string[]; deletedAt: number };
}

const Time = NoteSchema.entries.createdAt;

/** A note as packed in a sync item: positional, so no field name is stored once per note. */
export const PackedNoteSchema = v.strictTuple([
  NoteSchema.entries.id,
  VersionVectorSchema,
  v.nullable(VersionVectorSchema),
  NoteSchema.entries.frameworkId,
  NoteSchema.entries.text,
  v.array(v.string()),
  v.nullable(v.string()),
  v.nullable(v.string()),
  Time,
  Time,
]);
export type PackedNote = v.InferOutput<typeof PackedNoteSchema>;

export const PackedTombstoneSchema = v.strictTuple([
  NoteSchema.entries.id,
  VersionVectorSchema,
  v.pipe(v.array(DeviceId), v.maxLength(256)),
  Time,
]);
export type PackedTombstone = v.InferOutput<typeof PackedTombstoneSchema>;

/** One sync item once inflated: its notes and tombstones. */
export const BucketPayloadSchema = v.strictObject({
  n: v.pipe(v.array(v.unknown()), v.maxLength(2_000)),
  t: v.pipe(v.array(v.unknown()), v.maxLength(2_000)),
});

/** This device's sync switch and name, in `storage.local`. */
export const SYNC_CONFIG_KEY = 'notesSync';
export const SyncConfigSchema = v.fallback(
  v.object({
    enabled: v.fallback(v.boolean(), false),
    deviceId: v.fallback(v.optional(DeviceId), undefined),
    /** Digest of the sync storage when this device last agreed with it (sync-engine.ts). */
    checkpoint: v.fallback(v.optional(v.string()), undefined),
  }),
  { enabled: false },
);
export type SyncConfig = v.InferOutput<typeof SyncConfigSchema>;

/** The status the popup and options page show, kept in `storage.local` so they can watch it. */
export const SYNC_STATUS_KEY = 'notesSyncStatus';

/** When notes from another device last changed this one's (`storage.local`): an open notes list reloads. */
export const NOTES_MERGED_KEY = 'notesMergedFromSync';

export type LocalOnlyReason = 'too-large' | 'no-room';

export interface SyncStatus {
  enabled: boolean;
  /**
   * off: sync is off. syncing: a merge or write is under way or waiting its
   * turn. synced: this device and the sync storage agree. waiting: a write was
   * refused (quota, rate) and will be tried again. paused: another device uses
   * a newer format; nothing is written until Stackpeek is updated here.
   */
  state: 'off' | 'syncing' | 'synced' | 'waiting' | 'paused';
  lastSyncedAt: number | null;
  /** Notes in the sync storage. */
  synced: number;
  /** Notes that stay on this device only, and the first few of them. */
  localOnly: number;
  localOnlyNotes: { id: string; excerpt: string; reason: LocalOnlyReason }[];
  /** Conflict copies among the notes, for the reader to compare and tidy. */
  conflicts: number;
  /** Bytes and items used in the sync storage, as the browser counts them. */
  usage: { bytes: number; items: number };
  /** What went wrong last, in words a reader can act on; null when all is well. */
  error: string | null;
}

export const SYNC_OFF: SyncStatus = {
  enabled: false,
  state: 'off',
  lastSyncedAt: null,
  synced: 0,
  localOnly: 0,
  localOnlyNotes: [],
  conflicts: 0,
  usage: { bytes: 0, items: 0 },
  error: null,
};
