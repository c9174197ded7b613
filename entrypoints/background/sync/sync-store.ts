/**
 * Sync's side of the notes database. IndexedDB stays the one store of
 * record: what arrives from other devices is merged into it note by note,
 * each note and its version written in one transaction, so a stopped
 * background leaves either both or neither. Every computation inside a
 * transaction is synchronous (https://github.com/jakearchibald/idb#transaction-lifetime).
 */
import type { IDBPTransaction } from 'idb';
import type { Note } from '../../../data/notes';
import { CONFLICT_TAG, type LocalVersion } from '../../../data/sync';
import { commitOrAbort, type NotesDatabase, type StackpeekDB } from '../notes-db';
import { mergeRecords } from './merge';
import { noteHash } from './note-hash';
import { reconcile, recordId, type SyncRecord, toLocalVersion } from './sync-record';

type SyncTransaction = IDBPTransaction<StackpeekDB, ('notes' | 'sync-versions')[], 'readwrite'>;

export interface LocalState {
  /** Every note and tombstone this device holds, each with its current version. */
  records: Map<string, SyncRecord>;
  /** Content hash of each note, by id. */
  hashes: Map<string, string>;
  /** Records that fail the note schema: never synced, never taken for deletions. */
  unreadable: number;
  conflicts: number;
}

/** One readwrite transaction on the notes and their versions (see commitOrAbort). */
function inTransaction<T>(db: NotesDatabase, work: (tx: SyncTransaction) => Promise<T>): Promise<T> {
  const tx = db.transaction(['notes', 'sync-versions'], 'readwrite');
  return commitOrAbort(tx, () => work(tx));
}

/** Everything held here, after versioning the changes made here since the last sync. */
export async function readLocal(db: NotesDatabase, me: string, now: number): Promise<LocalState> {
  return inTransaction(db, async (tx) => {
    const [notes, versions] = await Promise.all([
      tx.objectStore('notes').getAll() as Promise<unknown[]>,
      tx.objectStore('sync-versions').getAll(),
    ]);
    const state: LocalState = { records: new Map(), hashes: new Map(), unreadable: 0, conflicts: 0 };
    const held = indexNotes(notes);
    const versionOf = new Map(versions.map((version) => [version.id, version]));
    const writes: Promise<unknown>[] = [];
    for (const id of new Set([...held.keys(), ...versionOf.keys()])) {
      const result = reconcile(held.get(id), versionOf.get(id), me, now);
      if (result.kind === 'unreadable') state.unreadable++;
      if (result.kind !== 'record') continue;
      state.records.set(id, result.record);
      if (result.record.kind === 'note' && result.record.note.tags.includes(CONFLICT_TAG)) state.conflicts++;
      const version = result.changed ? toLocalVersion(result.record) : versionOf.get(id);
      if (result.record.kind === 'note' && version) state.hashes.set(id, version.hash);
      if (result.changed && version) writes.push(tx.objectStore('sync-versions').put(version));
    }
    await Promise.all(writes);
    return state;
  });
}

export interface ApplySummary {
  /** Notes added, changed or deleted here. */
  changed: number;
  /** Conflict copies made. */
  copies: number;
}

/**
 * Merges records read from the sync storage into the notes database, in one
 * transaction. A change made here and not yet versioned is versioned first,
 * so it is merged (and kept) rather than overwritten.
 */
export async function applyRemote(
  db: NotesDatabase,
  remote: SyncRecord[],
  me: string,
  now: number,
): Promise<ApplySummary> {
  if (remote.length === 0) return { changed: 0, copies: 0 };
  return inTransaction(db, async (tx) => {
    const notesStore = tx.objectStore('notes');
    const versionStore = tx.objectStore('sync-versions');
    const ids = [...new Set(remote.map(recordId))];
    const [notes, versions] = await Promise.all([
      Promise.all(ids.map((id) => notesStore.get(id) as Promise<unknown>)),
      Promise.all(ids.map((id) => versionStore.get(id))),
    ]);
    const current = new Map<string, SyncRecord | 'unreadable' | undefined>();
    const before = new Map<string, string>();
    ids.forEach((id, i) => {
      const result = reconcile(notes[i], versions[i], me, now);
      current.set(
        id,
        result.kind === 'record' ? result.record : result.kind === 'unreadable' ? 'unreadable' : undefined,
      );
      before.set(id, result.kind === 'record' && !result.changed ? signature(result.record) : '');
    });
    const summary: ApplySummary = { changed: 0, copies: 0 };
    const copies: SyncRecord[] = [];
    const mergeIn = (incoming: SyncRecord) => {
      const id = recordId(incoming);
      const held = current.get(id);
      // A note this device cannot read is left as it is; its remote version passes through.
      if (held === 'unreadable') return;
      const { record, copy } = mergeRecords(held, incoming, me);
      current.set(id, record);
      if (copy) copies.push(copy);
    };
    for (const record of remote) mergeIn(record);
    // Copies are merged like any record: one already here (and perhaps edited) is kept.
    const copyIds = copies.map(recordId).filter((id) => !current.has(id));
    const [copyNotes, copyVersions] = await Promise.all([
      Promise.all(copyIds.map((id) => notesStore.get(id) as Promise<unknown>)),
      Promise.all(copyIds.map((id) => versionStore.get(id))),
    ]);
    copyIds.forEach((id, i) => {
      const result = reconcile(copyNotes[i], copyVersions[i], me, now);
      current.set(
        id,
        result.kind === 'record' ? result.record : result.kind === 'unreadable' ? 'unreadable' : undefined,
      );
      before.set(id, result.kind === 'record' && !result.changed ? signature(result.record) : '');
    });
    for (const copy of copies) {
      const had = current.get(recordId(copy));
      mergeIn(copy);
      if (current.get(recordId(copy)) !== had) summary.copies++;
    }
    const writes: Promise<unknown>[] = [];
    for (const [id, record] of current) {
      if (record === undefined || record === 'unreadable' || signature(record) === before.get(id)) continue;
      summary.changed++;
      if (record.kind === 'note') writes.push(notesStore.put(record.note));
      else writes.push(notesStore.delete(id));
      writes.push(versionStore.put(toLocalVersion(record)));
    }
    await Promise.all(writes);
    return summary;
  });
}

/** "Delete all notes on this device only": the notes and their versions go; the sync storage keeps them. */
export async function forgetNotesHere(db: NotesDatabase): Promise<{ deleted: number }> {
  return inTransaction(db, async (tx) => {
    const deleted = await tx.objectStore('notes').count();
    await Promise.all([tx.objectStore('notes').clear(), tx.objectStore('sync-versions').clear()]);
    return { deleted };
  });
}

function indexNotes(records: unknown[]): Map<string, unknown> {
  const byId = new Map<string, unknown>();
  for (const record of records) {
    const id = (record as { id?: unknown } | null)?.id;
    if (typeof id === 'string') byId.set(id, record);
  }
  return byId;
}

/** What would be written for a record: the same signature means nothing to write. */
function signature(record: SyncRecord): string {
  const version: LocalVersion = toLocalVersion(record);
  return JSON.stringify([version, record.kind === 'note' ? noteHash(record.note as Note) : '']);
}
