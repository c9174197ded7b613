/**
 * Which notes go into which sync item, and which items must be written.
 *
 * Each note lives in the bucket its id hashes to. A bucket holds its
 * tombstones first, then its notes from the most recently edited down, each
 * added only if the item still fits; the rest stay on this device only. The
 * choice depends only on the notes, so two devices holding the same notes
 * choose the same ones and never undo each other's writes.
 *
 * A bucket is rewritten only when it lacks something this device holds, holds
 * an older version of it, or is unreadable; a bucket that is merely
 * different is left alone (fewer writes, and no back-and-forth between
 * devices whose compressors differ by a byte).
 */
import { BUCKET_COUNT, BUCKET_PREFIX, type LocalOnlyReason } from '../../../data/sync';
import { cachedFill, type FillCache } from './fill-bucket';
import { fnv1a } from './note-hash';
import { recordId, type SyncRecord } from './sync-record';
import { compareVersions } from './version-vector';

export const bucketKey = (index: number) => `${BUCKET_PREFIX}${index}`;
export const bucketOf = (id: string) => fnv1a(id) % BUCKET_COUNT;

/** What the sync storage holds in one bucket, as this device last read it. */
export type RemoteBucket = { state: 'absent' } | { state: 'invalid' } | { state: 'ok'; records: SyncRecord[] };

export interface PlanInput {
  /** Everything this device holds: its notes and tombstones, versioned. */
  local: Map<string, SyncRecord>;
  remote: RemoteBucket[];
  /** Devices that have synced lately: a tombstone all of them have seen can go. */
  activeDevices: Set<string>;
  /** Largest item, in bytes as the browsers count them (key + JSON of the value). */
  itemCap: number;
  format?: number;
  /**
   * The last fill of each bucket, kept by the caller between plans: an edit
   * changes one bucket's candidates, so the other eleven are not packed again.
   */
  fills?: FillCache;
  /** Content hashes of the local notes, by id (from readLocal), so the cache key costs little. */
  hashes?: Map<string, string>;
}

export interface BucketPlan {
  key: string;
  records: SyncRecord[];
  /** The item to write, when the bucket must be rewritten. */
  value?: string;
}

export interface Plan {
  buckets: BucketPlan[];
  /** Notes that stay on this device only, newest first. */
  localOnly: { id: string; reason: LocalOnlyReason }[];
}

export async function planBuckets(input: PlanInput): Promise<Plan> {
  const byBucket: SyncRecord[][] = Array.from({ length: BUCKET_COUNT }, () => []);
  for (const record of input.local.values()) byBucket[bucketOf(recordId(record))]?.push(record);
  const buckets: BucketPlan[] = [];
  const localOnly: Plan['localOnly'] = [];
  for (let index = 0; index < BUCKET_COUNT; index++) {
    const remote = input.remote[index] ?? { state: 'absent' };
    const plan = await planBucket(index, byBucket[index] ?? [], remote, input);
    buckets.push(plan.bucket);
    localOnly.push(...plan.localOnly);
  }
  const updatedAt = (id: string) => {
    const record = input.local.get(id);
    return record?.kind === 'note' ? record.note.updatedAt : 0;
  };
  localOnly.sort((a, b) => updatedAt(b.id) - updatedAt(a.id));
  return { buckets, localOnly };
}

async function planBucket(index: number, local: SyncRecord[], remote: RemoteBucket, input: PlanInput) {
  const key = bucketKey(index);
  const remoteRecords = remote.state === 'ok' ? remote.records : [];
  const remoteById = new Map(remoteRecords.map((record) => [recordId(record), record]));
  const candidates = candidatesFor(local, remoteRecords, remoteById, input);
  const cap = input.itemCap - key.length - 2; // the value's JSON string adds two quotes
  const { chosen, value, skipped, tooLarge } = await cachedFill(index, candidates, cap, input);

  const needsWrite =
    remote.state === 'invalid' ||
    chosen.some((record) => isBehind(remoteById.get(recordId(record)), record)) ||
    remoteRecords.some((record) => {
      const held = input.local.get(recordId(record));
      return held !== undefined && isBehind(record, held);
    });
  const bucket: BucketPlan = needsWrite ? { key, records: chosen, value } : { key, records: remoteRecords };

  const stored = new Set(bucket.records.map((record) => recordId(record)));
  const kept = (record: SyncRecord) =>
    record.kind === 'note' && !stored.has(record.note.id) && input.local.has(record.note.id);
  const localOnly: Plan['localOnly'] = [
    ...skipped.filter(kept).map((record) => ({ id: recordId(record), reason: 'no-room' as const })),
    ...tooLarge.filter(kept).map((record) => ({ id: recordId(record), reason: 'too-large' as const })),
  ];
  return { bucket, localOnly };
}

/** Tombstones still owed to some device, newest first; then notes, most recently edited first. */
function candidatesFor(
  local: SyncRecord[],
  remoteRecords: SyncRecord[],
  remoteById: Map<string, SyncRecord>,
  input: PlanInput,
): SyncRecord[] {
  // Records this device could not merge (its own copy is unreadable) pass through untouched.
  const passThrough = remoteRecords.filter((record) => !input.local.has(recordId(record)));
  const all = [...local, ...passThrough];
  const tombstones = all.filter(
    (record): record is Extract<SyncRecord, { kind: 'tombstone' }> =>
      record.kind === 'tombstone' &&
      // Seen everywhere: dropped, unless the item still holds the note it deletes.
      (![...input.activeDevices].every((device) => record.seen.includes(device)) ||
        (remoteById.has(record.id) && isBehind(remoteById.get(record.id), record))),
  );
  const notes = all.filter((record): record is Extract<SyncRecord, { kind: 'note' }> => record.kind === 'note');
  tombstones.sort((a, b) => b.deletedAt - a.deletedAt || a.id.localeCompare(b.id));
  notes.sort((a, b) => b.note.updatedAt - a.note.updatedAt || a.note.id.localeCompare(b.note.id));
  return [...tombstones, ...notes];
}

/** True when the sync storage lacks `held`, or holds an older version of it (or a tombstone not yet seen here). */
export function isBehind(stored: SyncRecord | undefined, held: SyncRecord): boolean {
  if (!stored) return true;
  const order = compareVersions(stored.vv, held.vv);
  if (order === 'before' || order === 'concurrent') return true;
  if (order === 'after') return false;
  if (stored.kind !== held.kind) return true;
  return held.kind === 'tombstone' && stored.kind === 'tombstone' && held.seen.some((d) => !stored.seen.includes(d));
}
