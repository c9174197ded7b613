/**
 * Reading and writing notes. Each write is one transaction, so writes from
 * the popup and a card at the same moment both land; an import merges in a
 * single transaction, so it lands whole or not at all.
 */
import type { IDBPObjectStore } from 'idb';
import * as v from 'valibot';
import type { ImportSummary, NotesList } from '../../data/messages';
import {
  hashtagsIn,
  type Note,
  type NoteDraft,
  NoteDraftSchema,
  NoteSchema,
  newestFirst,
  normalizeTags,
} from '../../data/notes';
import { CONFLICT_TAG } from '../../data/sync';
import { commitOrAbort, type NotesDatabase, type StackpeekDB } from './notes-db';

type WriteStore = IDBPObjectStore<StackpeekDB, ['notes'], 'notes', 'readwrite'>;

/** One readwrite transaction on the notes (see commitOrAbort). */
function write<T>(db: NotesDatabase, work: (store: WriteStore) => Promise<T>): Promise<T> {
  const tx = db.transaction('notes', 'readwrite');
  return commitOrAbort(tx, () => work(tx.store));
}

/**
 * Marks a request's promise as handled, for requests queued in a batch: if a
 * later request throws synchronously, the batch is never awaited, and the
 * earlier ones would reject (AbortError) with nobody listening.
 */
function queued<T>(request: Promise<T>): Promise<T> {
  request.catch(() => undefined);
  return request;
}

/** Every note, newest first (or one framework's), and how many records could not be read. */
export async function listNotes(db: NotesDatabase, frameworkId?: string): Promise<NotesList> {
  // One transaction for the whole read, and the store itself rather than the
  // update-time index: a record whose updatedAt is broken is missing from
  // that index, and counting it separately raced with concurrent writes.
  const tx = db.transaction('notes');
  const records: unknown[] = frameworkId
    ? await tx.store.index('by-framework').getAll(frameworkId)
    : await tx.store.getAll();
  const notes: Note[] = [];
  let unreadable = 0;
  for (const record of records) {
    if (v.is(NoteSchema, record)) notes.push(record);
    else unreadable++;
  }
  notes.sort(newestFirst);
  return { notes, unreadable, total: records.length };
}

/**
 * The `count` most recently updated notes, read from the update-time index
 * without touching the rest: the popup shows these first, at once, however
 * many notes there are. Unreadable records are counted by the full list.
 */
export async function listNewestNotes(db: NotesDatabase, count: number): Promise<NotesList> {
  const tx = db.transaction('notes');
  const notes: Note[] = [];
  let unreadable = 0;
  let cursor = await tx.store.index('by-updated').openCursor(null, 'prev');
  while (cursor && notes.length < count) {
    if (v.is(NoteSchema, cursor.value)) notes.push(cursor.value);
    else unreadable++;
    cursor = await cursor.continue();
  }
  return { notes, unreadable, total: await tx.store.count() };
}

export async function saveNote(db: NotesDatabase, input: NoteDraft, now = Date.now()): Promise<Note> {
  const draft = v.parse(NoteDraftSchema, input);
  return write(db, async (store) => {
    const stored = draft.id ? await store.get(draft.id) : undefined;
    // A corrupt record under this id lends nothing: its dates or URL would
    // turn the new note corrupt too.
    const existing = v.is(NoteSchema, stored) ? stored : undefined;
    const note: Note = {
      id: draft.id ?? crypto.randomUUID(),
      frameworkId: draft.frameworkId,
      text: draft.text,
      // "#perf" in the text is a tag too, whichever page or card saved the note.
      tags: normalizeTags([...draft.tags, ...hashtagsIn(draft.text)]).slice(0, 100),
      pageUrl: existing && draft.pageUrl === null ? existing.pageUrl : draft.pageUrl,
      pageTitle: existing && draft.pageTitle === null ? existing.pageTitle : draft.pageTitle,
      createdAt: existing?.createdAt ?? now,
      // Strictly later than the stored version even if the clock stood still
      // or went back, so "newer update wins" always picks the latest edit.
      updatedAt: Math.max(now, (existing?.updatedAt ?? 0) + 1, existing?.createdAt ?? 0),
    };
    // Changed underneath the editor: keep what the reader has not seen, as a copy.
    const changedSince = existing && draft.baseUpdatedAt !== undefined && existing.updatedAt !== draft.baseUpdatedAt;
    if (existing && changedSince && existing.text !== note.text) {
      const tags = existing.tags.includes(CONFLICT_TAG) ? existing.tags : [...existing.tags, CONFLICT_TAG];
      await store.put({ ...existing, id: crypto.randomUUID(), tags: tags.slice(0, 100) });
    }
    await store.put(note);
    return note;
  });
}

export async function deleteNote(db: NotesDatabase, id: string): Promise<Note | null> {
  return write(db, async (store) => {
    const existing = await store.get(id);
    if (existing) await store.delete(id);
    return existing ?? null;
  });
}

/**
 * Puts back a note exactly as it was (undo of a delete). If the note is back
 * already (sync brought another device's edit of it), that newer note stays.
 */
export async function restoreNote(db: NotesDatabase, input: Note): Promise<Note> {
  const note = v.parse(NoteSchema, input);
  return write(db, async (store) => {
    const current: unknown = await store.get(note.id);
    if (v.is(NoteSchema, current) && current.updatedAt >= note.updatedAt) return current;
    await store.put(note);
    return note;
  });
}

export async function deleteAllNotes(db: NotesDatabase): Promise<{ deleted: number }> {
  return write(db, async (store) => {
    const deleted = await store.count();
    await store.clear();
    return { deleted };
  });
}

/**
 * Merges notes by id in one transaction: the newer update wins. If the same
 * id comes twice, the newer of the two counts. A stored record that no longer
 * passes the schema is replaced by a valid incoming note with its id (that is
 * how a backup repairs it); with no incoming note it is left alone.
 */
export async function mergeNotes(db: NotesDatabase, incoming: Note[]): Promise<ImportSummary> {
  const newest = new Map<string, Note>();
  for (const note of incoming) {
    const seen = newest.get(note.id);
    if (!seen || note.updatedAt > seen.updatedAt) newest.set(note.id, note);
  }
  const notes = [...newest.values()];
  return write(db, async (store) => {
    const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
    const existing = await Promise.all(notes.map((note) => queued(store.get(note.id))));
    const writes = notes.map((note, i) => {
      const current: unknown = existing[i];
      if (current === undefined) summary.added++;
      else if (!v.is(NoteSchema, current) || note.updatedAt > current.updatedAt) summary.updated++;
      else {
        summary.unchanged++;
        return undefined;
      }
      return queued(store.put(note));
    });
    await Promise.all(writes);
    return summary;
  });
}
