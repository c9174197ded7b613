import { useEffect, useState } from 'preact/hooks';
import { ask } from '../../data/messages';
import type { Note } from '../../data/notes';

/** Lists the reader's notes and writes new ones. */
export function NotesPanel() {
  const [notes, setNotes] = useState<Note[]>([]);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const refresh = () =>
    ask({ type: 'notes/list' })
      .then((list) => setNotes(list.notes))
      .catch((e: Error) => setError(e.message));

  useEffect(() => {
    void refresh();
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await ask({ type: 'notes/save', note: { frameworkId: null, text: draft, tags: [] } });
      setDraft('');
      setError(null);
      await refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section aria-label="Notes">
      <form onSubmit={save}>
        <label>
          New note
          <textarea value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
        </label>
        <button type="submit" class="primary">
          Save note
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      <ul aria-label="Saved notes">
        {notes.map((note) => (
          <li key={note.id}>{note.text}</li>
        ))}
      </ul>
    </section>
  );
}
