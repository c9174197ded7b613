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
import { fnv1a, hash64, noteHash } from './note-hash';
import { packRecords, payloadBytes, payloadJson } from './pack';
import { recordId, type SyncRecord } from './sync-record';
import { compareVersions, versionTag } from './version-vector';

export const bucketKey = (index: number) => `${BUCKET_PREFIX}${index}`;
export const bucketOf = (id: string) => fnv1a(id) % BUCKET_COUNT;

/**
 * Below this much room (characters of base64) the search stops: a note of a
 * line or two takes about as much inside an item, and trying every remaining
 * note of a large collection would compress the item hundreds of times.
 */
const MIN_ROOM = 200;

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
  fills?: Map<number, { key: string; fill: Fill }>;
  /** Content hashes of the local notes, by id (from readLocal), so the cache key costs little. */
  hashes?: Map<string, string>;
}

type Fill = Awaited<ReturnType<typeof fill>>;

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
  const { chosen, value, skipped } = await cachedFill(index, candidates, cap, input);

  const needsWrite =
    remote.state === 'invalid' ||
    chosen.some((record) => isBehind(remoteById.get(recordId(record)), record)) ||
    remoteRecords.some((record) => {
      const held = input.local.get(recordId(record));
      return held !== undefined && isBehind(record, held);
    });
  const bucket: BucketPlan = needsWrite
    ? { key, records: chosen, value: value ?? (await packRecords(chosen, input.format)) }
    : { key, records: remoteRecords };

  const stored = new Set(bucket.records.map((record) => recordId(record)));
  const localOnly: Plan['localOnly'] = [];
  for (const record of skipped) {
    if (record.kind !== 'note' || stored.has(record.note.id) || !input.local.has(record.note.id)) continue;
    localOnly.push({
      id: record.note.id,
      reason: (await fitsAlone(record, cap, input.format)) ? 'no-room' : 'too-large',
    });
  }
  return { bucket, localOnly };
}

/** Tombstones still owed to some device, newest first; then notes, most recently edited first. */
function candidatesFor(
  local: SyncRecord[],
  remoteRecords: SyncRecord[],
  remoteById: Map<string, SyncRecord>,
  input: PlanInput,
): SyncRecord[] {
  const localIds = new Set(local.map(recordId));
  // Records this device could not merge (its own copy is unreadable) pass through untouched.
  const passThrough = remoteRecords.filter((record) => !input.local.has(recordId(record)));
  const all = [...local, ...passThrough.filter((record) => !localIds.has(recordId(record)))];
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

async function cachedFill(index: number, candidates: SyncRecord[], cap: number, input: PlanInput): Promise<Fill> {
  const signature = candidates.map((record) =>
    record.kind === 'note'
      ? `${record.note.id} ${versionTag(record.vv)} ${input.hashes?.get(record.note.id) ?? noteHash(record.note)}`
      : `${record.id} ${versionTag(record.vv)} ${record.seen.join(',')} ${record.deletedAt}`,
  );
  const key = `${cap} ${input.format} ${hash64(signature.join('\n'))}`;
  const cached = input.fills?.get(index);
  if (cached?.key === key) return cached.fill;
  const result = await fill(candidates, cap, input.format);
  input.fills?.set(index, { key, fill: result });
  return result;
}

/**
 * The candidates that fit, in order, each added only if the packed item still
 * fits. First the longest prefix that fits (by bisection), then the rest one
 * by one, skipping without a trial any whose JSON is over three times the
 * room left (notes do not deflate that far as part of an item).
 */
async function fill(candidates: SyncRecord[], cap: number, format?: number) {
  const packed = (records: SyncRecord[]) => packRecords(records, format);
  // The longest prefix that fits: gallop (1, 2, 4… candidates), then bisect
  // between the last fit and the first miss, so a large collection's bucket
  // is only ever packed in prefixes about the size that fits.
  let fits = 0;
  let value = await packed([]);
  let miss = candidates.length + 1;
  for (let size = 1; size < miss; size = Math.min(size * 2, candidates.length)) {
    const trial = await packed(candidates.slice(0, size));
    if (trial.length > cap) {
      miss = size;
      break;
    }
    fits = size;
    value = trial;
    if (size === candidates.length) break;
  }
  while (miss - fits > 1) {
    const middle = Math.floor((fits + miss) / 2);
    const trial = await packed(candidates.slice(0, middle));
    if (trial.length <= cap) {
      fits = middle;
      value = trial;
    } else miss = middle;
  }
  const chosen = candidates.slice(0, fits);
  // The first miss is known not to fit; the rest are tried one by one.
  const skipped: SyncRecord[] = candidates.slice(fits, fits + 1);
  for (const candidate of candidates.slice(fits + 1)) {
    const room = cap - value.length;
    if (room < MIN_ROOM || payloadBytes([candidate]) > 3 * room) {
      skipped.push(candidate);
      continue;
    }
    const trial = await packed([...chosen, candidate]);
    if (trial.length <= cap) {
      chosen.push(candidate);
      value = trial;
    } else skipped.push(candidate);
  }
  return { chosen, value, skipped };
}

/**
 * Whether a note fits an item on its own. Deflate grows its input by at most
 * 11 bytes plus 5 per stored block, so most notes need no trial compression.
 */
async function fitsAlone(record: SyncRecord, cap: number, format?: number): Promise<boolean> {
  // UTF-8 takes at most 3 bytes per UTF-16 unit: a bound without encoding.
  const raw = 3 * payloadJson([record]).length;
  const deflated = raw + 11 + 5 * Math.ceil(raw / 16_383);
  if (8 + 4 * Math.ceil(deflated / 3) <= cap) return true;
  return (await packRecords([record], format)).length <= cap;
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
