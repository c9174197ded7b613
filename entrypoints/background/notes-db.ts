/**
 * The notes database: IndexedDB through idb, opened only by the background
 * (a database opened by a content script would belong to the page's origin).
 * Version 1 was the walking skeleton's store; every later version is an
 * `if (oldVersion < N)` step so any older profile upgrades in order.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Note } from '../../data/notes';

export const DB_NAME = 'stackpeek';
export const DB_VERSION = 2;

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
}

export type NotesDatabase = IDBPDatabase<StackpeekDB>;

export function openNotesDb(name = DB_NAME): Promise<NotesDatabase> {
  return openDB<StackpeekDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        db.createObjectStore('notes', { keyPath: 'id' });
      }
      if (oldVersion < 2) {
        const store = transaction.objectStore('notes');
        store.createIndex('by-framework', 'frameworkId');
        store.createIndex('by-updated', 'updatedAt');
        // Fill in the fields version 1 did not have. No other await may run
        // inside a versionchange transaction, so the cursor is walked alone.
        void (async () => {
          for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
            const old = cursor.value as unknown as NoteV1 & Partial<Note>;
            if (old.updatedAt !== undefined) continue;
            void cursor.update({
              id: old.id,
              frameworkId: null,
              text: old.text,
              tags: [],
              pageUrl: null,
              pageTitle: null,
              createdAt: old.createdAt,
              updatedAt: old.createdAt,
            });
          }
        })();
      }
    },
    blocking(_currentVersion, _blockedVersion, event) {
      // A newer version wants to open (an updated extension): step aside.
      (event.target as IDBDatabase).close();
    },
  });
}
