/**
 * The notes database: IndexedDB through idb, opened only by the background
 * (a database opened by a content script would belong to the page's origin).
 * Version 1 was the walking skeleton's store; every later version is an
 * `if (oldVersion < N)` step so any older profile upgrades in order.
 */
import { type DBSchema, type IDBPDatabase, type IDBPObjectStore, openDB } from 'idb';
import type { Note } from '../../data/notes';
import type { LocalVersion } from '../../data/sync';

export const DB_NAME = 'stackpeek';
export const DB_VERSION = 3;

/** The first version's record, kept to type the upgrade step. */
export interface NoteV1 {
  id: string;
  text: string;
  createdAt: number;
}

export interface StackpeekDB extends DBSchema {
  notes: {
    key: string;
    value: Note;
    indexes: { 'by-framework': string; 'by-updated': number };
  };
  /** Beside each synced note, its version (sync/sync-record.ts); written only while sync is on. */
  'sync-versions': {
    key: string;
    value: LocalVersion;
  };
}

export type NotesDatabase = IDBPDatabase<StackpeekDB>;

/**
 * Runs `work` in the readwrite transaction `tx` and resolves once it has
 * committed. Any failure, even a synchronous throw after some writes were
 * queued, aborts the transaction, so a write lands whole or not at all and the
 * caller hears about it. `work` must await only requests on `tx` (no other
 * await keeps a transaction alive).
 */
export async function commitOrAbort<T>(tx: { done: Promise<void>; abort(): void }, work: () => Promise<T>): Promise<T> {
  // Handled here so an abort never surfaces as an unhandled rejection.
  const done = tx.done.then(
    () => undefined,
    (error: unknown) => error ?? new DOMException('The write was aborted.', 'AbortError'),
  );
  try {
    const result = await work();
    const failure = await done;
    if (failure) throw failure;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing was left to undo.
    }
    // The transaction's own error (QuotaExceededError) says more than the
    // AbortError or TransactionInactiveError its requests failed with.
    const failure = await done;
    throw failure && (failure as { name?: string }).name !== 'AbortError' ? failure : error;
  }
}

/** What the opener wants to hear about a connection besides its opening. */
export interface OpenHooks {
  /** An older connection (another Stackpeek page) will not let the upgrade run. */
  blocked?(): void;
  /** This connection was closed: for a newer version, or by the browser. */
  closed?(): void;
}

export function openNotesDb(name = DB_NAME, hooks: OpenHooks = {}): Promise<NotesDatabase> {
  return openDB<StackpeekDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      // A failed upgrade is reported by openDB itself; without this, idb's
      // `done` promise for the upgrade would also reject with nobody listening.
      transaction.done.catch(() => undefined);
      if (oldVersion < 1) {
        db.createObjectStore('notes', { keyPath: 'id' });
      }
      if (oldVersion < 2) {
        const store = transaction.objectStore('notes');
        store.createIndex('by-framework', 'frameworkId');
        store.createIndex('by-updated', 'updatedAt');
        // If any record cannot be rewritten, abort the whole upgrade: the
        // profile stays at version 1 and is upgraded on the next open, rather
        // than committing a version 2 with half its notes never upgraded.
        fillVersion2Fields(store, Date.now()).catch(() => {
          try {
            transaction.abort();
          } catch {
            // The transaction already ended; its own error reaches openDB.
          }
        });
      }
      if (oldVersion < 3) {
        db.createObjectStore('sync-versions', { keyPath: 'id' });
      }
    },
    // Without this the open would wait silently until the other page closes.
    blocked: () => hooks.blocked?.(),
    blocking(_currentVersion, _blockedVersion, event) {
      // A newer version wants to open (an updated extension): step aside.
      // close() fires no `close` event, so tell the opener ourselves.
      (event.target as IDBDatabase).close();
      hooks.closed?.();
    },
    // The browser closed the connection (storage cleared, disk error).
    terminated: () => hooks.closed?.(),
  });
}

type UpgradeStore = IDBPObjectStore<StackpeekDB, ArrayLike<'notes' | 'sync-versions'>, 'notes', 'versionchange'>;

/**
 * Gives every version 1 record the fields version 2 added. Only IndexedDB
 * requests are awaited, so the versionchange transaction stays alive
 * (https://github.com/jakearchibald/idb#transaction-lifetime). Fields the
 * record already has are kept, so nothing a user wrote is dropped; a record
 * that still fails the schema afterwards is listed as unreadable, not deleted.
 */
async function fillVersion2Fields(store: UpgradeStore, now: number): Promise<void> {
  for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
    const old = cursor.value as unknown as Partial<Record<keyof Note, unknown>>;
    if (old.updatedAt !== undefined) continue;
    // The skeleton wrote Date.now(); anything else (missing, fractional) gets
    // a usable time so the note's text is still shown.
    const createdAt =
      typeof old.createdAt === 'number' && Number.isFinite(old.createdAt) && old.createdAt >= 0
        ? Math.round(old.createdAt)
        : now;
    await cursor.update({
      ...old,
      frameworkId: old.frameworkId ?? null,
      tags: old.tags ?? [],
      pageUrl: old.pageUrl ?? null,
      pageTitle: old.pageTitle ?? null,
      createdAt,
      updatedAt: createdAt,
    } as Note);
  }
}
