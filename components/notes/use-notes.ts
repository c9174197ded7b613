/**
 * The reader's notes as the popup holds them: the newest first (so the first
 * view is quick however many notes there are), then all of them, then kept in
 * step with each save, delete and undo, so a change never refetches
 * thousands of notes. Only when sync brings another device's changes is the
 * whole list read again.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ask } from '../../data/ask';
import { type Note, type NoteDraft, newestFirst } from '../../data/notes';
import { NOTES_MERGED_KEY } from '../../data/sync';

/** How many notes the first view asks for before the whole list. */
export const FIRST_NOTES = 100;

export interface NotesState {
  notes: Note[] | null;
  /** Notes stored; `notes` holds them all once `complete`. */
  total: number;
  complete: boolean;
  unreadable: number;
  error: string | null;
  save(draft: NoteDraft): Promise<Note>;
  remove(note: Note): Promise<void>;
  restore(note: Note): Promise<void>;
  clearError(): void;
}

function upsert(notes: Note[], note: Note): Note[] {
  // In the background's order (data/notes.ts).
  return [note, ...notes.filter((other) => other.id !== note.id)].sort(newestFirst);
}

export function useNotes(): NotesState {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [total, setTotal] = useState(0);
  const [complete, setComplete] = useState(false);
  const [unreadable, setUnreadable] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const loadAll = () =>
      ask({ type: 'notes/list' })
        .then((list) => {
          setNotes(list.notes);
          setTotal(list.notes.length);
          setUnreadable(list.unreadable);
          setComplete(true);
        })
        .catch((e: Error) => {
          setNotes((current) => current ?? []);
          setError(e.message);
          setComplete(true);
        });
    ask({ type: 'notes/list', newest: FIRST_NOTES })
      .then((first) => {
        setNotes(first.notes);
        setTotal(first.total);
        // The whole list only after the first view is on screen: receiving it
        // takes the popup's main thread for a while when there are thousands.
        requestAnimationFrame(() => setTimeout(loadAll, 0));
      })
      .catch(loadAll);
    const onMerged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && NOTES_MERGED_KEY in changes) void loadAll();
    };
    browser.storage.onChanged.addListener(onMerged);
    return () => browser.storage.onChanged.removeListener(onMerged);
  }, []);

  const save = useCallback(async (draft: NoteDraft) => {
    const saved = await ask({ type: 'notes/save', note: draft });
    setNotes((current) => {
      if (!current?.some((other) => other.id === saved.id)) setTotal((count) => count + 1);
      return upsert(current ?? [], saved);
    });
    return saved;
  }, []);

  const remove = useCallback(async (note: Note) => {
    await ask({ type: 'notes/delete', id: note.id });
    setNotes((current) => (current ?? []).filter((other) => other.id !== note.id));
    setTotal((count) => Math.max(0, count - 1));
  }, []);

  const restore = useCallback(async (note: Note) => {
    const restored = await ask({ type: 'notes/restore', note });
    setNotes((current) => upsert(current ?? [], restored));
    setTotal((count) => count + 1);
  }, []);

  return { notes, total, complete, unreadable, error, save, remove, restore, clearError: () => setError(null) };
}
