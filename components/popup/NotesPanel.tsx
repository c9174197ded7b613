import { useMemo, useState } from 'preact/hooks';
import type { Note } from '../../data/notes';
import { useCatalog } from '../framework/catalog-context';
import { NoteEditor } from '../notes/NoteEditor';
import { NoteItem } from '../notes/NoteItem';
import { filterNotes, indexNotes } from '../notes/notes-search';
import { useNotes } from '../notes/use-notes';
import { SyncStatusLine } from '../sync/SyncStatusLine';
import { UndoBar } from './UndoBar';

/** Rows drawn at a time: thousands of notes must not become thousands of DOM nodes at once. */
export const PAGE_SIZE = 100;

/**
 * "Notes": the reader's notes, last changed first, searched in memory and
 * filtered by framework or by a tag (click one); create, edit, delete with undo.
 */
export function NotesPanel() {
  const catalog = useCatalog();
  const state = useNotes();
  const [query, setQuery] = useState('');
  const [framework, setFramework] = useState('all');
  const [tag, setTag] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [shownCount, setShownCount] = useState(PAGE_SIZE);
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const nameOf = (id: string) => catalog.byId.get(id)?.name ?? id;
  const index = useMemo(() => indexNotes(state.notes ?? [], nameOf), [state.notes, catalog]);
  const matching = useMemo(() => filterNotes(index, query, framework, tag), [index, query, framework, tag]);
  const withNotes = useMemo(() => {
    const ids = new Set((state.notes ?? []).flatMap((note) => (note.frameworkId ? [note.frameworkId] : [])));
    return [...ids].map((id) => ({ id, name: nameOf(id) })).sort((a, b) => a.name.localeCompare(b.name));
  }, [state.notes, catalog]);

  const run = async (action: () => Promise<unknown>) => {
    try {
      setActionError(null);
      await action();
    } catch (e) {
      setActionError((e as Error).message);
    }
  };
  const remove = (note: Note) =>
    run(async () => {
      await state.remove(note);
      setDeleted(note);
    });
  const undo = (note: Note) =>
    run(async () => {
      await state.restore(note);
      setDeleted(null);
    });

  if (!state.notes) return <p class="muted">Loading notes…</p>;
  const total = state.total;
  const filtered = query.trim() !== '' || framework !== 'all' || tag !== null;
  const shown = matching.slice(0, shownCount);

  return (
    <div class="notes">
      <div class="notes-toolbar">
        <div class="field grow">
          <label for="notes-query" class="field-label">
            Search notes
          </label>
          <input
            id="notes-query"
            type="search"
            value={query}
            onInput={(event) => {
              setQuery(event.currentTarget.value);
              setShownCount(PAGE_SIZE);
            }}
          />
        </div>
        <div class="field">
          <label for="notes-framework" class="field-label">
            Filter by framework
          </label>
          <select id="notes-framework" value={framework} onChange={(event) => setFramework(event.currentTarget.value)}>
            <option value="all">All notes</option>
            <option value="none">No framework</option>
            {withNotes.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {editing === 'new' ? (
        <NoteEditor
          frameworkId={framework === 'all' || framework === 'none' ? null : framework}
          onSave={async (draft) => {
            await state.save(draft);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button type="button" class="primary" onClick={() => setEditing('new')}>
          New note
        </button>
      )}
      {deleted && (
        <UndoBar
          key={deleted.id}
          message="Note deleted."
          onUndo={() => void undo(deleted)}
          onDismiss={() => setDeleted(null)}
        />
      )}
      {(state.error || actionError) && <p role="alert">{state.error ?? actionError}</p>}
      {state.unreadable > 0 && (
        <p class="muted">{state.unreadable} stored note(s) could not be read; they are kept, not shown.</p>
      )}
      {tag !== null && (
        <p class="tag-filter">
          Tagged <strong>#{tag}</strong>{' '}
          <button type="button" aria-label={`Show notes with any tag (not only #${tag})`} onClick={() => setTag(null)}>
            × Any tag
          </button>
        </p>
      )}
      <p class="muted" role="status">
        {total === 0
          ? 'No notes yet.'
          : !filtered
            ? `${total} ${total === 1 ? 'note' : 'notes'}, last changed first`
            : state.complete
              ? `${matching.length} of ${total} notes match, last changed first`
              : `${matching.length} of the newest ${state.notes.length} notes match; loading the rest…`}
      </p>
      <ul class="note-list" aria-label="Notes" aria-busy={!state.complete}>
        {shown.map((note) => (
          <li key={note.id}>
            {editing === note.id ? (
              <NoteEditor
                note={note}
                onSave={async (draft) => {
                  await state.save(draft);
                  setEditing(null);
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <NoteItem
                note={note}
                frameworkName={note.frameworkId ? nameOf(note.frameworkId) : null}
                onEdit={() => setEditing(note.id)}
                onDelete={() => void remove(note)}
                onTag={(chosen) => {
                  setTag(chosen);
                  setShownCount(PAGE_SIZE);
                }}
              />
            )}
          </li>
        ))}
      </ul>
      {matching.length > shown.length && (
        <button type="button" onClick={() => setShownCount((n) => n + PAGE_SIZE)}>
          Show more ({matching.length - shown.length} more)
        </button>
      )}
      <SyncStatusLine />
    </div>
  );
}
