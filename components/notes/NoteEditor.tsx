import { useState } from 'preact/hooks';
import type { Note, NoteDraft } from '../../data/notes';
import { useCatalog } from '../framework/catalog-context';
import { parseTags } from './notes-search';

export interface NoteEditorProps {
  /** The note being edited; absent for a new note. */
  note?: Note;
  /** Framework preselected for a new note (e.g. the list's filter). */
  frameworkId?: string | null;
  onSave(draft: NoteDraft): Promise<unknown>;
  onCancel(): void;
}

/**
 * Writes or edits one note: text, framework and tags. On failure the text
 * stays in the box and the error is announced, so nothing typed is lost.
 */
export function NoteEditor({ note, frameworkId = null, onSave, onCancel }: NoteEditorProps) {
  const catalog = useCatalog();
  const [text, setText] = useState(note?.text ?? '');
  const [framework, setFramework] = useState(note ? (note.frameworkId ?? '') : (frameworkId ?? ''));
  const [tags, setTags] = useState(note?.tags.join(', ') ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = note?.id ?? 'new';

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return;
    setSaving(true);
    try {
      await onSave({
        ...(note ? { id: note.id, baseUpdatedAt: note.updatedAt } : {}),
        frameworkId: framework || null,
        text,
        tags: parseTags(tags),
      });
    } catch (e) {
      setError((e as Error).message);
      setSaving(false);
    }
  };

  return (
    <form class="note-editor" onSubmit={submit} aria-label={note ? 'Edit note' : 'New note'}>
      <label for={`note-text-${id}`} class="field-label">
        Note text
      </label>
      <textarea
        id={`note-text-${id}`}
        rows={4}
        value={text}
        // biome-ignore lint/a11y/noAutofocus: the reader just asked to write
        autoFocus
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <div class="field-row">
        <div class="field">
          <label for={`note-framework-${id}`} class="field-label">
            Framework
          </label>
          <select
            id={`note-framework-${id}`}
            value={framework}
            onChange={(event) => setFramework(event.currentTarget.value)}
          >
            <option value="">None</option>
            {catalog.frameworks.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`note-tags-${id}`} class="field-label">
            Tags
          </label>
          <input
            id={`note-tags-${id}`}
            type="text"
            value={tags}
            placeholder="comma, separated"
            aria-describedby={`note-tags-${id}-hint`}
            onInput={(event) => setTags(event.currentTarget.value)}
          />
          <span id={`note-tags-${id}-hint`} class="hint">
            #words in the text become tags too.
          </span>
        </div>
      </div>
      <div class="button-row">
        <button type="submit" class="primary" disabled={saving || !text.trim()}>
          Save note
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
