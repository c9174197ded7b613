/**
 * A note as sync sees it: its content and version, or a tombstone. And the
 * step that turns this device's own changes (saves, deletes, undo, import,
 * "delete all") into new versions: a note whose hash no longer matches its
 * version record was changed here since, so nothing in notes-store.ts needs
 * to know that sync exists.
 */
import * as v from 'valibot';
import { type Note, NoteSchema } from '../../../data/notes';
import type { LocalVersion, VersionVector } from '../../../data/sync';
import { noteHash } from './note-hash';
import { bumpVersion } from './version-vector';

export interface NoteRecord {
  kind: 'note';
  note: Note;
  vv: VersionVector;
  /** The version whose content this is, when a merge made `vv` larger. */
  cv?: VersionVector;
}

export interface TombstoneRecord {
  kind: 'tombstone';
  id: string;
  vv: VersionVector;
  /** Devices known to have applied the deletion; when every device has, it can go. */
  seen: string[];
  deletedAt: number;
}

export type SyncRecord = NoteRecord | TombstoneRecord;

export const recordId = (record: SyncRecord): string => (record.kind === 'note' ? record.note.id : record.id);
export const contentVersion = (record: NoteRecord): VersionVector => record.cv ?? record.vv;

/** The record for what this device holds, read from its note and version record. */
export function toRecord(note: Note | undefined, version: LocalVersion): SyncRecord | undefined {
  if (version.tombstone) {
    return {
      kind: 'tombstone',
      id: version.id,
      vv: version.vv,
      seen: version.tombstone.seen,
      deletedAt: version.tombstone.deletedAt,
    };
  }
  if (!note) return undefined;
  return { kind: 'note', note, vv: version.vv, ...(version.cv ? { cv: version.cv } : {}) };
}

/** The version record this device keeps for a record. */
export function toLocalVersion(record: SyncRecord): LocalVersion {
  if (record.kind === 'tombstone') {
    return {
      id: record.id,
      vv: record.vv,
      hash: '',
      tombstone: { seen: record.seen, deletedAt: record.deletedAt },
    };
  }
  return { id: record.note.id, vv: record.vv, ...(record.cv ? { cv: record.cv } : {}), hash: noteHash(record.note) };
}

export type Reconciled =
  /** A record this device has no readable note for is left alone, never taken for a deletion. */
  { kind: 'unreadable' } | { kind: 'none' } | { kind: 'record'; record: SyncRecord; changed: boolean };

/**
 * What this device holds for one id, with any change made here since the last
 * sync turned into a new version: a new note gets its first version, an edit
 * (or an undo after a deletion) the next one, a deletion a tombstone.
 */
export function reconcile(stored: unknown, version: LocalVersion | undefined, me: string, now: number): Reconciled {
  if (stored !== undefined && !v.is(NoteSchema, stored)) return { kind: 'unreadable' };
  const note = stored as Note | undefined;
  if (note) {
    const hash = noteHash(note);
    if (version && !version.tombstone && version.hash === hash) {
      return { kind: 'record', record: toRecord(note, version) as NoteRecord, changed: false };
    }
    // New here, edited here, or brought back (undo, import) after a deletion.
    return { kind: 'record', record: { kind: 'note', note, vv: bumpVersion(version?.vv, me) }, changed: true };
  }
  if (!version) return { kind: 'none' };
  if (version.tombstone) return { kind: 'record', record: toRecord(undefined, version) as SyncRecord, changed: false };
  return {
    kind: 'record',
    record: { kind: 'tombstone', id: version.id, vv: bumpVersion(version.vv, me), seen: [me], deletedAt: now },
    changed: true,
  };
}
