import type { Note } from '../../data/notes';
import { NoteText } from './NoteText';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

export interface NoteItemProps {
  note: Note;
  frameworkName: string | null;
  onEdit(): void;
  onDelete(): void;
  /** Shows only the notes with this tag. */
  onTag(tag: string): void;
}

/** One note in the list: its text (links as links), framework, tags (each a filter), source page and date. */
export function NoteItem({ note, frameworkName, onEdit, onDelete, onTag }: NoteItemProps) {
  const when = new Date(note.updatedAt);
  return (
    <article class="note" aria-label={`Note${frameworkName ? ` on ${frameworkName}` : ''}, ${dateFormat.format(when)}`}>
      <NoteText text={note.text} />
      <p class="note-meta">
        {frameworkName && <span class="note-framework">{frameworkName}</span>}
        {note.tags.map((tag) => (
          <button
            type="button"
            key={tag}
            class="tag"
            aria-label={`Show notes tagged ${tag}`}
            onClick={() => onTag(tag)}
          >
            #{tag}
          </button>
        ))}
        <time dateTime={when.toISOString()}>{dateFormat.format(when)}</time>
        {note.pageUrl && (
          <a href={note.pageUrl} target="_blank" rel="noopener noreferrer" class="note-page">
            {note.pageTitle || note.pageUrl}
          </a>
        )}
      </p>
      <div class="button-row">
        <button type="button" onClick={onEdit}>
          Edit
        </button>
        <button type="button" onClick={onDelete}>
          Delete
        </button>
      </div>
    </article>
  );
}
