import { useState } from 'preact/hooks';
import type { FrameworkDetails } from '../../data/messages';
import { FrameworkLinks } from '../framework/FrameworkLinks';
import { KeyNumbers } from '../framework/KeyNumbers';
import { ProsCons } from '../framework/ProsCons';
import { NoteText } from '../notes/NoteText';

/**
 * Everything past the summary, behind one disclosure: how it runs, figures
 * with sources, pros and cons, notes, links. Drawn when first opened, so the
 * card's first view costs only what it shows.
 */
export function CardMore({ details }: { details: FrameworkDetails }) {
  const [opened, setOpened] = useState(false);
  const { notes } = details;
  const noteCount = notes.length === 0 ? '' : ` · ${notes.length} ${notes.length === 1 ? 'note' : 'notes'}`;
  return (
    <details class="sp-more" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>More{noteCount}</summary>
      {opened && <MoreContent details={details} />}
    </details>
  );
}

function MoreContent({ details }: { details: FrameworkDetails }) {
  const { framework, notes } = details;
  return (
    <>
      <h3>How it runs</h3>
      <p>{framework.concurrency.detail}</p>
      <KeyNumbers framework={framework} />
      <ProsCons framework={framework} limit={3} />
      <section class="sp-notes" aria-label="Your notes">
        <h3>Your notes</h3>
        {notes.length === 0 && <p class="sp-muted">No notes on {framework.name} yet.</p>}
        <ul>
          {notes.map((note) => (
            <li key={note.id}>
              <NoteText text={note.text} />
              {note.tags.length > 0 && <p class="sp-muted">{note.tags.map((tag) => `#${tag}`).join(' ')}</p>}
            </li>
          ))}
        </ul>
      </section>
      <FrameworkLinks framework={framework} />
    </>
  );
}
