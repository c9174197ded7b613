/**
 * Merging what this device holds for a note with what another device wrote.
 * The newer version wins when one includes the other. When both were edited
 * since they last agreed, both texts are kept: the later edit stays the note,
 * the other becomes a conflict copy. An edit racing a deletion is kept. Any
 * device merging the same two versions reaches the same result, copy id
 * included, so devices converge instead of trading copies.
 */
import { CONFLICT_TAG } from '../../../data/sync';
import { hash64, noteHash, sameContent } from './note-hash';
import { contentVersion, type NoteRecord, type SyncRecord, type TombstoneRecord } from './sync-record';
import { compareVersions, includes, joinVersions, versionTag } from './version-vector';

export interface MergeResult {
  record: SyncRecord;
  /** A conflict copy to add, when the losing text is not already kept. */
  copy?: NoteRecord;
}

export function mergeRecords(local: SyncRecord | undefined, remote: SyncRecord, me: string): MergeResult {
  if (!local) return { record: seenHere(remote, me) };
  const order = compareVersions(local.vv, remote.vv);
  // Equal vectors name the same version; a mismatch can only come from a
  // corrupt or forged item, and is merged like a conflict so nothing is lost.
  const same =
    order === 'equal' && local.kind === remote.kind && (local.kind === 'tombstone' || sameNote(local, remote));
  if (same) return { record: seenHere(local.kind === 'tombstone' ? unionSeen(local, remote) : local, me) };
  if (order === 'after') return { record: seenHere(local, me) };
  if (order === 'before') return { record: seenHere(remote, me) };
  return mergeConcurrent(local, remote, me, order === 'equal');
}

/**
 * `sameVersion`: equal vectors with different content, as when a browser
 * profile was copied to a second machine and both went on with one device id.
 */
function mergeConcurrent(a: SyncRecord, b: SyncRecord, me: string, sameVersion: boolean): MergeResult {
  const vv = joinVersions(a.vv, b.vv);
  if (a.kind === 'tombstone' && b.kind === 'tombstone') {
    return {
      record: seenHere({ ...unionSeen(a, b), vv, deletedAt: Math.max(a.deletedAt, b.deletedAt) }, me),
    };
  }
  // An edit the deleting device had not seen: keep the note.
  if (a.kind === 'tombstone') return { record: { ...(b as NoteRecord), vv, cv: contentVersion(b as NoteRecord) } };
  if (b.kind === 'tombstone') return { record: { ...a, vv, cv: contentVersion(a) } };
  const [winner, loser] = laterEdit(a, b) === a ? [a, b] : [b, a];
  const record: NoteRecord = { kind: 'note', note: winner.note, vv, cv: contentVersion(winner) };
  // The winner's history already holds the loser's text (edited over, or copied before).
  const kept = !sameVersion && includes(winner.vv, contentVersion(loser));
  if (kept || sameContent(winner.note, loser.note)) return { record };
  return { record, copy: conflictCopy(loser) };
}

/** The later edit by time; a tie is decided by version, then content, the same way on every device. */
function laterEdit(a: NoteRecord, b: NoteRecord): NoteRecord {
  if (a.note.updatedAt !== b.note.updatedAt) return a.note.updatedAt > b.note.updatedAt ? a : b;
  const [tagA, tagB] = [versionTag(contentVersion(a)), versionTag(contentVersion(b))];
  if (tagA !== tagB) return tagA > tagB ? a : b;
  return noteHash(a.note) > noteHash(b.note) ? a : b;
}

/** The losing text as a note of its own, tagged so it shows as a conflict copy. */
export function conflictCopy(loser: NoteRecord): NoteRecord {
  const version = contentVersion(loser);
  const id = loser.note.id;
  // Bounded length even for a copy of a copy; the same id wherever it is made.
  const copyId = `${id.slice(0, 60)}~${hash64(`${id} ${versionTag(version)}`).slice(0, 12)}`;
  const tags = loser.note.tags.includes(CONFLICT_TAG) ? loser.note.tags : [...loser.note.tags, CONFLICT_TAG];
  return { kind: 'note', note: { ...loser.note, id: copyId, tags: tags.slice(0, 100) }, vv: { ...version } };
}

function sameNote(a: NoteRecord, b: SyncRecord): boolean {
  return b.kind === 'note' && a.note.updatedAt === b.note.updatedAt && sameContent(a.note, b.note);
}

function unionSeen(a: TombstoneRecord, b: SyncRecord): TombstoneRecord {
  if (b.kind !== 'tombstone') return a;
  return { ...a, seen: [...new Set([...a.seen, ...b.seen])].sort() };
}

/** A tombstone this device holds has been seen here. */
function seenHere(record: SyncRecord, me: string): SyncRecord {
  if (record.kind !== 'tombstone' || record.seen.includes(me)) return record;
  return { ...record, seen: [...record.seen, me].sort() };
}
