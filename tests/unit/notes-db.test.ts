/** The notes database: upgrades from the first version, reads and writes, indexes, concurrent writers. */
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openNotesDb } from '../../entrypoints/background/notes-db';
import {
  deleteAllNotes,
  deleteNote,
  listNewestNotes,
  listNotes,
  restoreNote,
  saveNote,
} from '../../entrypoints/background/notes-store';
import { freshDb, freshName, makeV1Db, note, plant, snapshot } from './notes-helpers';

describe('upgrading a version 1 profile', () => {
  const v1 = [
    { id: 'a', text: 'First note from the skeleton', createdAt: 1_600_000_000_000 },
    { id: 'b', text: 'Second: gevent monkey-patches the socket module', createdAt: 1_600_000_100_000 },
    { id: 'c', text: '', createdAt: 1_600_000_200_000 },
  ];

  it('keeps every note and fills in the new fields', async () => {
    const name = freshName();
    await makeV1Db(name, v1);
    const db = await openNotesDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(['notes', 'sync-versions']);
    expect([...db.transaction('notes').store.indexNames].sort()).toEqual(['by-framework', 'by-updated']);
    expect(await snapshot(db)).toEqual(
      v1.map((old) => ({
        id: old.id,
        frameworkId: null,
        text: old.text,
        tags: [],
        pageUrl: null,
        pageTitle: null,
        createdAt: old.createdAt,
        updatedAt: old.createdAt,
      })),
    );
    const { notes, unreadable } = await listNotes(db);
    expect(unreadable).toBe(0);
    expect(notes.map((n) => n.id)).toEqual(['c', 'b', 'a']);
    db.close();
  });

  it('upgrades a large profile completely (the cursor walk finishes before the upgrade commits)', async () => {
    const name = freshName();
    const many = Array.from({ length: 2_000 }, (_, i) => ({ id: `n${i}`, text: `note ${i}`, createdAt: 1_000 + i }));
    await makeV1Db(name, many);
    const db = await openNotesDb(name);
    const { notes, unreadable } = await listNotes(db);
    expect(unreadable).toBe(0);
    expect(notes).toHaveLength(2_000);
    expect(notes.every((n) => n.updatedAt === n.createdAt && n.tags.length === 0)).toBe(true);
    db.close();
  });

  it('keeps a version 1 record it cannot upgrade, and still upgrades the others', async () => {
    const name = freshName();
    const odd = [
      ...v1,
      { id: 'no-date', text: 'written before createdAt existed' },
      { id: 'not-text', text: 42, createdAt: 1_600_000_300_000 },
      { id: 'float-date', text: 'a fractional time', createdAt: 1_600_000_400_000.5 },
    ];
    await makeV1Db(name, odd);
    const db = await openNotesDb(name);
    const records = await snapshot(db);
    expect(records).toHaveLength(odd.length);
    const { notes, unreadable } = await listNotes(db);
    // A note without a date gets one (its text is what matters); a note whose
    // text is not text cannot be shown but is kept for a later fix.
    expect(notes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c', 'float-date', 'no-date']);
    expect(unreadable).toBe(1);
    expect(records).toContainEqual(expect.objectContaining({ id: 'not-text', text: 42 }));
    db.close();
  });

  it('is a no-op when opened again at the current version', async () => {
    const name = freshName();
    await makeV1Db(name, v1);
    const first = await openNotesDb(name);
    const before = await snapshot(first);
    first.close();
    const second = await openNotesDb(name);
    expect(await snapshot(second)).toEqual(before);
    second.close();
  });
});

describe('reading and writing notes', () => {
  it('saves a new note with an id, tidy tags and equal created/updated times', async () => {
    const db = await freshDb();
    const saved = await saveNote(
      db,
      { frameworkId: 'gevent', text: '  greenlets, not threads  ', tags: [' Python ', 'python', 'IO'] },
      5_000,
    );
    expect(saved).toEqual({
      id: expect.any(String),
      frameworkId: 'gevent',
      text: 'greenlets, not threads',
      tags: ['python', 'io'],
      pageUrl: null,
      pageTitle: null,
      createdAt: 5_000,
      updatedAt: 5_000,
    });
    expect((await listNotes(db)).notes).toEqual([saved]);
  });

  it('updates in place: keeps createdAt and the page it was written on, bumps updatedAt', async () => {
    const db = await freshDb();
    const first = await saveNote(
      db,
      {
        frameworkId: 'tornado',
        text: 'v1',
        tags: [],
        pageUrl: 'https://github.com/tornadoweb/tornado',
        pageTitle: 'T',
      },
      1_000,
    );
    const edited = await saveNote(db, { id: first.id, frameworkId: 'tornado', text: 'v2', tags: ['x'] }, 2_000);
    expect(edited).toEqual({ ...first, text: 'v2', tags: ['x'], updatedAt: 2_000 });
    expect((await listNotes(db)).notes).toEqual([edited]);
  });

  it('makes updatedAt strictly increase on every edit, even when the clock stands still or goes back', async () => {
    const db = await freshDb();
    let current = await saveNote(db, { frameworkId: null, text: 'start', tags: [] }, 10_000);
    for (let i = 0; i < 30; i++) {
      const now = i % 3 === 0 ? 10_000 : 9_000; // same moment, then a clock set back
      const next = await saveNote(db, { id: current.id, frameworkId: null, text: `edit ${i}`, tags: [] }, now);
      expect(next.updatedAt).toBeGreaterThan(current.updatedAt);
      expect(next.createdAt).toBe(current.createdAt);
      current = next;
    }
  });

  it('refuses a draft without text and writes nothing', async () => {
    const db = await freshDb();
    await expect(saveNote(db, { frameworkId: null, text: '   ', tags: [] })).rejects.toThrow(/needs some text/);
    expect(await snapshot(db)).toEqual([]);
  });

  it('deletes a note and returns it; deleting a missing note returns null', async () => {
    const db = await freshDb();
    const keep = await saveNote(db, { frameworkId: null, text: 'keep', tags: [] });
    const drop = await saveNote(db, { frameworkId: null, text: 'drop', tags: [] });
    expect(await deleteNote(db, drop.id)).toEqual(drop);
    expect(await deleteNote(db, drop.id)).toBeNull();
    expect((await listNotes(db)).notes).toEqual([keep]);
  });

  it('restores a deleted note exactly as it was (undo)', async () => {
    const db = await freshDb();
    const original = await saveNote(db, {
      frameworkId: 'twisted',
      text: 'Deferreds',
      tags: ['py'],
      pageUrl: 'https://x.test/',
    });
    await deleteNote(db, original.id);
    expect(await restoreNote(db, original)).toEqual(original);
    expect((await listNotes(db)).notes).toEqual([original]);
  });

  it("undo leaves a note alone that came back meanwhile (sync brought another device's edit)", async () => {
    const db = await freshDb();
    const original = await saveNote(db, { frameworkId: null, text: 'before', tags: [] }, 1_000);
    await deleteNote(db, original.id);
    const edited = await restoreNote(db, { ...original, text: 'edited elsewhere', updatedAt: 2_000 });
    expect(await restoreNote(db, original)).toEqual(edited);
    expect((await listNotes(db)).notes).toEqual([edited]);
  });

  it('keeps a version the editor never saw as a conflict copy, instead of overwriting it', async () => {
    const db = await freshDb();
    const opened = await saveNote(db, { frameworkId: null, text: 'as the editor opened it', tags: ['io'] }, 1_000);
    // Meanwhile, another tab (or sync) changes it.
    await saveNote(db, { id: opened.id, frameworkId: null, text: 'changed meanwhile', tags: ['io'] }, 2_000);
    const saved = await saveNote(
      db,
      { id: opened.id, frameworkId: null, text: 'my edit', tags: ['io'], baseUpdatedAt: opened.updatedAt },
      3_000,
    );
    const { notes } = await listNotes(db);
    expect(notes.map((n) => n.text).sort()).toEqual(['changed meanwhile', 'my edit']);
    expect(notes.find((n) => n.text === 'changed meanwhile')?.tags).toEqual(['io', 'conflict-copy']);
    expect(notes.find((n) => n.id === opened.id)).toEqual(saved);
    // Saving on top of what the editor saw makes no copy.
    await saveNote(db, { id: saved.id, frameworkId: null, text: 'again', tags: [], baseUpdatedAt: saved.updatedAt });
    expect((await listNotes(db)).notes).toHaveLength(2);
  });

  it('deletes all notes, and says how many', async () => {
    const db = await freshDb();
    for (const text of ['a', 'b', 'c']) await saveNote(db, { frameworkId: null, text, tags: [] });
    expect(await deleteAllNotes(db)).toEqual({ deleted: 3 });
    expect(await snapshot(db)).toEqual([]);
  });
});

describe('indexes', () => {
  it('finds notes by framework, and lists everything newest first', async () => {
    const db = await freshDb();
    await restoreNote(db, note({ id: '1', frameworkId: 'tornado', updatedAt: 1_700_000_000_003 }));
    await restoreNote(db, note({ id: '2', frameworkId: 'django', updatedAt: 1_700_000_000_001 }));
    await restoreNote(db, note({ id: '3', frameworkId: 'tornado', updatedAt: 1_700_000_000_002 }));
    await restoreNote(db, note({ id: '4', frameworkId: null, updatedAt: 1_700_000_000_004 }));

    expect((await listNotes(db, 'tornado')).notes.map((n) => n.id)).toEqual(['1', '3']);
    expect((await listNotes(db, 'django')).notes.map((n) => n.id)).toEqual(['2']);
    expect((await listNotes(db, 'flask')).notes).toEqual([]);
    expect((await listNotes(db)).notes.map((n) => n.id)).toEqual(['4', '1', '3', '2']);

    // The indexes themselves, as the popup's paging would use them.
    expect((await db.getAllKeysFromIndex('notes', 'by-framework', 'tornado')).sort()).toEqual(['1', '3']);
    expect(await db.getAllKeysFromIndex('notes', 'by-updated')).toEqual(['2', '3', '1', '4']);
  });
});

describe('concurrent writers (card and popup)', () => {
  it('keeps both of two saves made at the same moment', async () => {
    const db = await freshDb();
    const [card, popup] = await Promise.all([
      saveNote(db, { frameworkId: 'tornado', text: 'from the card', tags: [], pageUrl: 'https://so.test/q' }, 7),
      saveNote(db, { frameworkId: null, text: 'from the popup', tags: [] }, 7),
    ]);
    expect(card.id).not.toBe(popup.id);
    expect((await listNotes(db)).notes).toHaveLength(2);
  });

  it('keeps both saves made through two separate connections', async () => {
    const name = freshName();
    const [one, two] = await Promise.all([openNotesDb(name), openNotesDb(name)]);
    const writes = Array.from({ length: 20 }, (_, i) =>
      saveNote(i % 2 ? one : two, { frameworkId: null, text: `note ${i}`, tags: [] }, 42),
    );
    const saved = await Promise.all(writes);
    const listed = (await listNotes(one)).notes;
    expect(listed).toHaveLength(20);
    expect(listed.map((n) => n.id).sort()).toEqual(saved.map((n) => n.id).sort());
    one.close();
    two.close();
  });

  it('orders two edits of one note from two connections: the later write wins with a later updatedAt', async () => {
    const name = freshName();
    const [one, two] = await Promise.all([openNotesDb(name), openNotesDb(name)]);
    const base = await saveNote(one, { frameworkId: null, text: 'base', tags: [] }, 100);
    const [a, b] = await Promise.all([
      saveNote(one, { id: base.id, frameworkId: null, text: 'card edit', tags: [] }, 100),
      saveNote(two, { id: base.id, frameworkId: null, text: 'popup edit', tags: [] }, 100),
    ]);
    expect(new Set([a.updatedAt, b.updatedAt]).size).toBe(2);
    const last = a.updatedAt > b.updatedAt ? a : b;
    expect((await listNotes(two)).notes).toEqual([last]);
    one.close();
    two.close();
  });

  it('lists a consistent picture while writes are under way (no phantom unreadable records)', async () => {
    const db = await freshDb();
    await saveNote(db, { frameworkId: null, text: 'already there', tags: [] });
    // Each read starts just before a write, so a read made of two transactions
    // would see the write in its second half only.
    const reads: Promise<{ unreadable: number }>[] = [];
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 30; i++) {
      reads.push(listNotes(db));
      writes.push(saveNote(db, { frameworkId: null, text: `n${i}`, tags: [] }));
    }
    const lists = await Promise.all(reads);
    await Promise.all(writes);
    for (const list of lists) expect(list.unreadable).toBe(0);
  });
});

describe('corrupt records', () => {
  it('counts a record of the wrong shape as unreadable, keeps it, and lists the rest', async () => {
    const db = await freshDb();
    const good = note({ id: 'good' });
    await plant(
      db,
      good,
      { id: 'no-fields' },
      { ...note({ id: 'bad-url' }), pageUrl: 'not a url' },
      { ...note({ id: 'string-time' }), updatedAt: '2024-01-01' },
      { ...note({ id: 'object-time' }), updatedAt: { when: 'now' } },
      { ...note({ id: 'extra' }), secret: true },
    );
    const all = await listNotes(db);
    expect(all.notes).toEqual([good]);
    expect(all.unreadable).toBe(5);
    const tornado = await listNotes(db, 'tornado');
    expect(tornado.notes).toEqual([good]);
    expect(await snapshot(db)).toHaveLength(6);
  });

  it('saving over a corrupt record writes a valid note, never a corrupt one', async () => {
    const db = await freshDb();
    await plant(db, { id: 'broken', text: 'old', createdAt: 'yesterday', updatedAt: 'today', pageUrl: 5 });
    const saved = await saveNote(db, { id: 'broken', frameworkId: null, text: 'fixed', tags: [] }, 9_000);
    expect(saved).toMatchObject({ id: 'broken', text: 'fixed', createdAt: 9_000, updatedAt: 9_000, pageUrl: null });
    expect(await listNotes(db)).toEqual({ notes: [saved], unreadable: 0, total: 1 });
  });
});

describe('listNewestNotes', () => {
  it('reads only the newest notes, newest first, and counts them all', async () => {
    const db = await openNotesDb(freshName());
    for (let i = 0; i < 30; i++) await saveNote(db, { frameworkId: null, text: `note ${i}`, tags: [] }, 1_000 + i);
    const first = await listNewestNotes(db, 10);
    expect(first.total).toBe(30);
    expect(first.notes.map((note) => note.text)).toEqual(Array.from({ length: 10 }, (_, i) => `note ${29 - i}`));
    db.close();
  });
});
