/**
 * The reader's notes as the popup holds them: loaded once from the
 * background, then kept in step with each save, delete and undo, so a change
 * never refetches thousands of notes.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ask } from '../../data/ask';
import type { Note, NoteDraft } from '../../data/notes';

export interface NotesState {
  notes: Note[] | null;
  unreadable: number;
  error: string | null;
  save(draft: NoteDraft): Promise<Note>;
  remove(note: Note): Promise<void>;
  restore(note: Note): Promise<void>;
  clearError(): void;
}

function upsert(notes: Note[], note: Note): Note[] {
  // Newest first, as the background lists them.
  return [note, ...notes.filter((other) => other.id !== note.id)].sort((a, b) => b.updatedAt - a.updatedAt);
}

export function useNotes(): NotesState {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    ask({ type: 'notes/list' })
      .then((list) => {
        setNotes(list.notes);
        setUnreadable(list.unreadable);
      })
      .catch((e: Error) => {
        setNotes([]);
        setError(e.message);
      });
  }, []);

  const save = useCallback(async (draft: NoteDraft) => {
    const saved = await ask({ type: 'notes/save', note: draft });
    setNotes((current) => upsert(current ?? [], saved));
    return saved;
  }, []);

  const remove = useCallback(async (note: Note) => {
    await ask({ type: 'notes/delete', id: note.id });
    setNotes((current) => (current ?? []).filter((other) => other.id !== note.id));
  }, []);

  const restore = useCallback(async (note: Note) => {
    const restored = await ask({ type: 'notes/restore', note });
    setNotes((current) => upsert(current ?? [], restored));
  }, []);

  return { notes, unreadable, error, save, remove, restore, clearError: () => setError(null) };
}
