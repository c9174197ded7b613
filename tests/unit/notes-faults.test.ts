/**
 * Notes under faults (issue 8): a full disk, a database blocked by an older
 * page, corrupt records, writes cut off part-way, a killed background. Each
 * ends with every committed note intact and a clear message for what failed.
 */

import { forceCloseDatabase } from 'fake-indexeddb';
import fc from 'fast-check';
import { openDB, unwrap } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import type { Note } from '../../data/notes';
import { describeError } from '../../entrypoints/background/handle-message';
import { createNotesDbOpener, DB_BLOCKED_MESSAGE } from '../../entrypoints/background/notes-connection';
import { DB_VERSION, type NotesDatabase, openNotesDb } from '../../entrypoints/background/notes-db';
import { listNotes, restoreNote, saveNote } from '../../entrypoints/background/notes-store';
import { failPut, freshDb, freshName, handlerFor, makeV1Db, note, plant, SELF, snapshot } from './notes-helpers';

const QUOTA_MESSAGE = describeError(new DOMException('', 'QuotaExceededError'));
const CLOSED_MESSAGE = describeError(new DOMException('', 'AbortError'));

/** Counted for the README: every fault this file injects. */
let faults = 0;

async function withNotes(count: number): Promise<NotesDatabase> {
  const db = await freshDb();
  for (let i = 0; i < count; i++) await restoreNote(db, note({ id: `kept-${i}`, text: `committed ${i}` }));
  return db;
}

describe('the disk is full (QuotaExceededError)', () => {
  const writes = [
    ['a new note', { type: 'notes/save', note: { frameworkId: null, text: 'new', tags: [] } }],
    ['an edit', { type: 'notes/save', note: { id: 'kept-1', frameworkId: null, text: 'edited', tags: [] } }],
    ['an undo', { type: 'notes/restore', note: note({ id: 'gone' }) }],
    [
      'an import',
      {
        type: 'notes/import',
        text: JSON.stringify({ format: 'stackpeek-notes', version: 1, exportedAt: '', notes: [note(), note()] }),
      },
    ],
  ] as const;

  for (const how of ['throw', 'abort'] as const) {
    for (const [what, message] of writes) {
      it(`refuses ${what} with a clear message and keeps every note (put ${how}s)`, async () => {
        const db = await withNotes(3);
        const before = await snapshot(db);
        failPut(1, how);
        faults++;
        expect(await handlerFor(db)(message, SELF)).toEqual({ ok: false, error: QUOTA_MESSAGE });
        vi.restoreAllMocks();
        expect(await snapshot(db)).toEqual(before);
        // And the database still works once there is room again.
        expect((await handlerFor(db)(message, SELF)).ok).toBe(true);
      });
    }
  }
});

describe('the database is blocked by an older Stackpeek page', () => {
  it('answers with a clear message instead of hanging, then opens once the page is gone', async () => {
    const name = freshName();
    await makeV1Db(name, [{ id: 'old', text: 'from version 1', createdAt: 5 }]);
    // An older page holding a version 1 connection and ignoring versionchange.
    const olderPage = await openDB(name, 1);
    const db = createNotesDbOpener({ name, blockedTimeoutMs: 50 });
    faults++;
    const handle = handlerFor(db);
    expect(await handle({ type: 'notes/list' }, SELF)).toEqual({ ok: false, error: DB_BLOCKED_MESSAGE });

    olderPage.close();
    const reply = await handle({ type: 'notes/list' }, SELF);
    expect(reply).toMatchObject({ ok: true, data: { notes: [{ id: 'old', text: 'from version 1' }], unreadable: 0 } });
    expect((await db()).version).toBe(DB_VERSION);
  });

  it('steps aside for a newer version, and says so when it cannot open the newer database', async () => {
    const name = freshName();
    const db = createNotesDbOpener({ name, blockedTimeoutMs: 50 });
    const first = await db();
    const safe = await restoreNote(first, note({ id: 'safe' }));
    // A newer Stackpeek opens version DB_VERSION + 1: our connection must not block it.
    faults++;
    const newer = await openDB(name, DB_VERSION + 1);
    expect(await newer.getAll('notes')).toEqual([safe]);
    newer.close();
    // Our handle was dropped, and reopening (at the older version) fails clearly.
    const reply = await handlerFor(db)({ type: 'notes/list' }, SELF);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('newer Stackpeek') });
  });
});

describe('a corrupt record in the store', () => {
  it('is counted as unreadable, never dropped, and the other notes still work', async () => {
    const db = await withNotes(2);
    faults++;
    await plant(db, { id: 'corrupt', text: ['not', 'text'], frameworkId: 3, updatedAt: 'soon' });
    const handle = handlerFor(db);
    const list = await handle({ type: 'notes/list' }, SELF);
    expect(list).toMatchObject({ ok: true, data: { unreadable: 1 } });
    expect((list as { data: { notes: Note[] } }).data.notes).toHaveLength(2);

    const exported = await handle({ type: 'notes/export' }, SELF);
    expect(exported).toMatchObject({ ok: true, data: { count: 2, unreadable: 1 } });
    await handle({ type: 'notes/save', note: { frameworkId: null, text: 'another', tags: [] } }, SELF);
    await handle({ type: 'notes/delete', id: 'kept-0' }, SELF);
    await handle({ type: 'notes/import', text: (exported as { data: { json: string } }).data.json }, SELF);
    expect(await snapshot(db)).toContainEqual({
      id: 'corrupt',
      text: ['not', 'text'],
      frameworkId: 3,
      updatedAt: 'soon',
    });
  });
});

describe('a version 1 profile whose upgrade fails part-way', () => {
  it('stays at version 1 untouched, and upgrades whole on the next open', async () => {
    const name = freshName();
    const v1 = [1, 2, 3, 4].map((i) => ({ id: `v${i}`, text: `note ${i}`, createdAt: i }));
    await makeV1Db(name, v1);
    const update = IDBCursor.prototype.update;
    let calls = 0;
    vi.spyOn(IDBCursor.prototype, 'update').mockImplementation(function (this: IDBCursor, value) {
      if (++calls === 3) throw new DOMException('disk error', 'UnknownError');
      return update.call(this, value);
    });
    faults++;
    await expect(openNotesDb(name)).rejects.toBeDefined();
    vi.restoreAllMocks();

    const raw = await openDB(name);
    expect(raw.version).toBe(1);
    expect(await raw.getAll('notes')).toEqual(v1);
    raw.close();
    const db = await openNotesDb(name);
    expect((await listNotes(db)).notes.map((n) => n.text).sort()).toEqual(v1.map((r) => r.text));
    db.close();
  });
});

/** Closes a connection the way the browser does when it stops the background (fires `close`). */
function forceClose(db: NotesDatabase) {
  // fake-indexeddb types its parameter as the IDBDatabase class, not an instance.
  forceCloseDatabase(unwrap(db) as unknown as Parameters<typeof forceCloseDatabase>[0]);
}

/** Every transaction opened from now on, so a test can cut them off like a killed background. */
function watchTransactions() {
  const open: IDBTransaction[] = [];
  const transaction = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, ...args) {
    const tx = transaction.apply(this, args);
    open.push(tx);
    return tx;
  });
  /** Aborts whatever is still running and force-closes the connection, as a stopped service worker does. */
  return function kill(db: NotesDatabase) {
    for (const tx of open) {
      try {
        tx.abort();
      } catch {
        // Already committed: its writes are durable.
      }
    }
    forceClose(db);
  };
}

describe('a write cut off part-way', () => {
  it('an aborted save rejects with a clear message and leaves no trace', async () => {
    const db = await withNotes(2);
    const before = await snapshot(db);
    const kill = watchTransactions();
    faults++;
    const saving = handlerFor(db)({ type: 'notes/save', note: { frameworkId: null, text: 'lost', tags: [] } }, SELF);
    kill(db);
    expect(await saving).toEqual({ ok: false, error: CLOSED_MESSAGE });
    const reopened = await openNotesDb(unwrap(db).name);
    expect(await snapshot(reopened)).toEqual(before);
    reopened.close();
  });

  it('closing the connection normally lets the write in flight finish', async () => {
    const db = await withNotes(1);
    faults++;
    const saving = saveNote(db, { frameworkId: null, text: 'finished', tags: [] });
    db.close();
    const saved = await saving;
    const reopened = await openNotesDb(db.name);
    expect(await snapshot(reopened)).toContainEqual(saved);
    reopened.close();
  });

  it('a killed background keeps every committed note, and the opener reopens', async () => {
    const name = freshName();
    const db = createNotesDbOpener({ name });
    const first = await db();
    const saved = await Promise.all(
      [1, 2, 3].map((i) => saveNote(first, { frameworkId: null, text: `committed ${i}`, tags: [] })),
    );
    faults++;
    forceClose(first);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const second = await db();
    expect(second).not.toBe(first);
    expect((await listNotes(second)).notes.sort((a, b) => a.text.localeCompare(b.text))).toEqual(saved);
  });

  it('whenever the background dies, each write is fully there or not at all (property)', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 8 }), async (count, ticks) => {
        runs++;
        faults++;
        const db = await withNotes(count);
        const before = (await snapshot(db)) as Note[];
        const kill = watchTransactions();
        // Every note edited at once, plus as many new notes.
        const edits = before.map((old) =>
          saveNote(db, { id: old.id, frameworkId: 'flask', text: `edited ${old.id}`, tags: ['e'] }).then(
            (n) => ({ ok: true as const, old, note: n }),
            () => ({ ok: false as const, old }),
          ),
        );
        const creates = before.map((_, i) =>
          saveNote(db, { frameworkId: null, text: `new ${i}`, tags: [] }).then(
            (n) => n,
            () => null,
          ),
        );
        for (let i = 0; i < ticks; i++) await new Promise((resolve) => setTimeout(resolve, 0));
        kill(db);
        const results = await Promise.all(edits);
        const created = await Promise.all(creates);
        vi.restoreAllMocks();

        const reopened = await openNotesDb(db.name);
        const after = new Map(((await snapshot(reopened)) as Note[]).map((n) => [n.id, n]));
        for (const result of results) {
          expect(after.get(result.old.id)).toEqual(result.ok ? result.note : result.old);
        }
        for (const made of created) if (made) expect(after.get(made.id)).toEqual(made);
        expect(after.size).toBe(before.length + created.filter(Boolean).length);
        reopened.close();
      }),
      { numRuns: 60 },
    );
    expect(runs).toBe(60);
    console.info(`notes faults injected: ${faults}`);
  });
});
