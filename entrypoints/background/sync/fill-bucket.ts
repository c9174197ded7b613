/**
 * Filling one sync item: of a bucket's candidates, in order, those that fit
 * (see plan-buckets.ts for why this order and why it must be the same on
 * every device), found with as few compressions as possible.
 */
import { hash64, noteHash } from './note-hash';
import { packRecords, payloadBytes, payloadJson } from './pack';
import type { SyncRecord } from './sync-record';
import { versionTag } from './version-vector';

/**
 * Below this much room (characters of base64) the search stops: a note of a
 * line or two takes about as much inside an item, and trying every remaining
 * note of a large collection would compress the item hundreds of times.
 */
const MIN_ROOM = 200;

export type Fill = Awaited<ReturnType<typeof fill>>;
/** The last fill of each bucket, by a key of its candidates and room. */
export type FillCache = Map<number, { key: string; fill: Fill }>;

/** The fill of a bucket, from the cache when its candidates and room are as last time. */
export async function cachedFill(
  index: number,
  candidates: SyncRecord[],
  cap: number,
  input: { format?: number; fills?: FillCache; hashes?: Map<string, string> },
): Promise<Fill> {
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
 * fits. Notes too large for any item are set aside first; then the longest
 * prefix that fits is found, and the rest are tried one by one, skipping
 * without a trial any whose JSON is over three times the room left (notes do
 * not deflate that far as part of an item).
 */
async function fill(all: SyncRecord[], cap: number, format?: number) {
  const packed = (records: SyncRecord[]) => packRecords(records, format);
  const candidates: SyncRecord[] = [];
  const tooLarge: SyncRecord[] = [];
  for (const record of all) ((await fitsAlone(record, cap, format)) ? candidates : tooLarge).push(record);
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
  return { chosen, value, skipped, tooLarge };
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
