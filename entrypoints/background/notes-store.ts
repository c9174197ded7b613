/**
 * Reading and writing notes. Each write is one transaction, so writes from
 * the popup and a card at the same moment both land; an import merges in a
 * single transaction, so it lands whole or not at all.
 */
import * as v from 'valibot';
import type { ImportSummary, NotesList } from '../../data/messages';
import { type Note, type NoteDraft, NoteDraftSchema, NoteSchema, normalizeTags } from '../../data/notes';
import type { NotesDatabase } from './notes-db';

export async function listNotes(db: NotesDatabase, frameworkId?: string): Promise<NotesList> {
  const records = frameworkId
    ? await db.getAllFromIndex('notes', 'by-framework', frameworkId)
    : await db.getAllFromIndex('notes', 'by-updated');
  const notes: Note[] = [];
  let unreadable = 0;
  for (const record of records) {
    if (v.is(NoteSchema, record)) notes.push(record);
    else unreadable++;
  }
  // The store may also hold records without an updatedAt (not in the index).
  if (!frameworkId) unreadable += (await db.count('notes')) - records.length;
  notes.sort((a, b) => b.updatedAt - a.updatedAt);
  return { notes, unreadable };
}

export async function saveNote(db: NotesDatabase, input: NoteDraft, now = Date.now()): Promise<Note> {
  const draft = v.parse(NoteDraftSchema, input);
  const tx = db.transaction('notes', 'readwrite');
  const existing = draft.id ? await tx.store.get(draft.id) : undefined;
  const note: Note = {
    id: draft.id ?? crypto.randomUUID(),
    frameworkId: draft.frameworkId,
    text: draft.text,
    tags: normalizeTags(draft.tags),
    pageUrl: existing && draft.pageUrl === null ? existing.pageUrl : draft.pageUrl,
    pageTitle: existing && draft.pageTitle === null ? existing.pageTitle : draft.pageTitle,
    createdAt: existing?.createdAt ?? now,
    updatedAt: Math.max(now, (existing?.updatedAt ?? 0) + 1),
  };
  await Promise.all([tx.store.put(note), tx.done]);
  return note;
}

export async function deleteNote(db: NotesDatabase, id: string): Promise<Note | null> {
  const tx = db.transaction('notes', 'readwrite');
  const existing = await tx.store.get(id);
  if (existing) await tx.store.delete(id);
  await tx.done;
  return existing ?? null;
}

/** Puts back a note exactly as it was (undo of a delete). */
export async function restoreNote(db: NotesDatabase, note: Note): Promise<Note> {
  await db.put('notes', v.parse(NoteSchema, note));
  return note;
}

export async function deleteAllNotes(db: NotesDatabase): Promise<{ deleted: number }> {
  const tx = db.transaction('notes', 'readwrite');
  const deleted = await tx.store.count();
  await Promise.all([tx.store.clear(), tx.done]);
  return { deleted };
}

/** Merges notes by id in one transaction: the newer update wins. */
export async function mergeNotes(db: NotesDatabase, incoming: Note[]): Promise<ImportSummary> {
  const tx = db.transaction('notes', 'readwrite');
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
  const existing = await Promise.all(incoming.map((note) => tx.store.get(note.id)));
  const writes = incoming.map((note, i) => {
    const current = existing[i];
    if (!current) summary.added++;
    else if (note.updatedAt > current.updatedAt) summary.updated++;
    else {
      summary.unchanged++;
      return undefined;
    }
    return tx.store.put(note);
  });
  await Promise.all([...writes, tx.done]);
  return summary;
}
