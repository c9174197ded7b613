/** Shared set-up for the notes tests: fresh databases, version 1 profiles, sample notes. */

import { type IDBPDatabase, openDB } from 'idb';
import { vi } from 'vitest';
import type { Framework } from '../../data/catalog-schema';
import type { Note } from '../../data/notes';
import { readSettings } from '../../data/settings';
import { createMessageHandler } from '../../entrypoints/background/handle-message';
import { type NotesDatabase, openNotesDb } from '../../entrypoints/background/notes-db';

/** A database name no other test uses (fake-indexeddb is shared by the whole file). */
export const freshName = () => `stackpeek-test-${crypto.randomUUID()}`;

export async function freshDb(): Promise<NotesDatabase> {
  return openNotesDb(freshName());
}

/** Writes a profile as the walking skeleton left it: version 1, store `notes`, {id, text, createdAt}. */
export async function makeV1Db(name: string, records: unknown[]): Promise<void> {
  const db: IDBPDatabase = await openDB(name, 1, {
    upgrade(database) {
      database.createObjectStore('notes', { keyPath: 'id' });
    },
  });
  const tx = db.transaction('notes', 'readwrite');
  await Promise.all([...records.map((record) => tx.store.put(record)), tx.done]);
  db.close();
}

/** Every record in the store, valid or not, in key order. */
export async function snapshot(db: NotesDatabase): Promise<unknown[]> {
  return (db as unknown as IDBPDatabase).getAll('notes');
}

export function note(overrides: Partial<Note> = {}): Note {
  return {
    id: crypto.randomUUID(),
    frameworkId: 'tornado',
    text: 'Tornado runs one IOLoop per process.',
    tags: ['python'],
    pageUrl: 'https://stackoverflow.com/questions/1',
    pageTitle: 'Why Tornado?',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}

/** Puts records straight into the store, bypassing every check (to plant corrupt data). */
export async function plant(db: NotesDatabase, ...records: unknown[]): Promise<void> {
  const raw = db as unknown as IDBPDatabase;
  const tx = raw.transaction('notes', 'readwrite');
  await Promise.all([...records.map((record) => tx.store.put(record)), tx.done]);
}

/** The background's message handler over one database, as the extension `stackpeek-test-id`. */
export const EXTENSION_ID = 'stackpeek-test-id';
export const SELF = { id: EXTENSION_ID };

export function handlerFor(
  db: NotesDatabase | (() => Promise<NotesDatabase>),
  openTab: (path: string, openerTabId?: number) => Promise<unknown> = async () => undefined,
) {
  const frameworks = [
    { id: 'tornado', name: 'Tornado', alternatives: ['twisted'] },
    { id: 'twisted', name: 'Twisted', alternatives: ['tornado'] },
  ] as unknown as Framework[];
  const opener = typeof db === 'function' ? db : async () => db;
  return createMessageHandler({
    extensionId: EXTENSION_ID,
    openTab,
    db: opener,
    frameworks,
    comparisons: [],
    settings: async () => readSettings({}),
  });
}

export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/**
 * Makes the `at`-th `put` (1-based, counted from now) fail with QuotaExceededError:
 * - 'throw': `put` throws at once, as it does for some storage errors;
 * - 'abort': the put is queued, then its transaction aborts with the error, as
 *   Chrome reports a full disk (fake-indexeddb's internal `_abort(name)` is the
 *   only way to give an abort a named error).
 * Restored after each test by `restoreMocks`.
 */
export function failPut(at: number, how: 'throw' | 'abort') {
  const original = IDBObjectStore.prototype.put;
  let calls = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    calls++;
    if (calls === at && how === 'throw') throw quotaError();
    const request = original.apply(this, args);
    if (calls === at) (request.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
    return request;
  });
}
