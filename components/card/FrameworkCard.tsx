import type { FrameworkDetails } from '../../data/messages';
import { KeyNumbers } from '../framework/KeyNumbers';
import { concurrencyLabel, kindLabel } from '../framework/labels';
import { ProsCons } from '../framework/ProsCons';
import { NoteText } from '../notes/NoteText';
import { AddNote } from './AddNote';

export type CardState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; details: FrameworkDetails };

export interface FrameworkCardProps {
  /** Shown at once, before the full record arrives. */
  name: string;
  /** The words on the page the card is about, e.g. "tornado". */
  word: string;
  state: CardState;
  onAddNote(text: string): Promise<void>;
  onCompare(otherId: string): void;
  onMuteWord(): void;
  onMuteFramework(): void;
  onClose(): void;
}

/**
 * The hover card: what a framework is and how it compares, at a glance.
 * A non-modal dialog; the content script decides when it shows.
 */
export function FrameworkCard(props: FrameworkCardProps) {
  const { name, state } = props;
  return (
    <div class="sp-card" role="dialog" aria-modal="false" aria-label={`${name} — Stackpeek`}>
      <header class="sp-card-header">
        <h2>{name}</h2>
        <button type="button" class="sp-close" aria-label="Close" title="Close (Esc)" onClick={props.onClose}>
          ×
        </button>
      </header>
      <div class="sp-card-body">
        {state.status === 'loading' && <p class="sp-muted">Loading…</p>}
        {state.status === 'error' && <p role="alert">{state.message}</p>}
        {state.status === 'ready' && <CardDetails {...props} details={state.details} />}
      </div>
    </div>
  );
}

function CardDetails(props: FrameworkCardProps & { details: FrameworkDetails }) {
  const { framework, alternatives, notes } = props.details;
  const { links } = framework;
  return (
    <>
      <p class="sp-kind">
        {kindLabel(framework.kind)} · {framework.languages.join(', ')}
      </p>
      <p class="sp-summary">{framework.summary}</p>
      <p>
        <strong>Concurrency:</strong> {concurrencyLabel(framework)}. {framework.concurrency.detail}
      </p>
      <KeyNumbers framework={framework} />
      <ProsCons framework={framework} limit={3} />
      {alternatives.length > 0 && (
        <nav class="sp-compare" aria-label="Compare with">
          <h3>Compare with</h3>
          {alternatives.slice(0, 5).map((alternative) => (
            <button type="button" key={alternative.id} onClick={() => props.onCompare(alternative.id)}>
              {alternative.name}
            </button>
          ))}
        </nav>
      )}
      {(links.docs || links.repository || links.home) && (
        <p class="sp-links">
          {links.docs && (
            <a href={links.docs} target="_blank" rel="noopener noreferrer">
              Docs
            </a>
          )}
          {links.repository && (
            <a href={links.repository} target="_blank" rel="noopener noreferrer">
              Repository
            </a>
          )}
          {!links.docs && links.home && (
            <a href={links.home} target="_blank" rel="noopener noreferrer">
              Home page
            </a>
          )}
        </p>
      )}
      <section class="sp-notes" aria-label="Your notes">
        <h3>Your notes</h3>
        {notes.length === 0 && <p class="sp-muted">No notes on {framework.name} yet.</p>}
        <ul>
          {notes.map((note) => (
            <li key={note.id}>
              <NoteText text={note.text} />
            </li>
          ))}
        </ul>
        <AddNote frameworkName={framework.name} onSave={props.onAddNote} />
      </section>
      <footer class="sp-card-actions">
        <button type="button" onClick={props.onMuteWord}>
          Not a framework here
        </button>
        <button type="button" onClick={props.onMuteFramework}>
          Mute {framework.name}
        </button>
      </footer>
    </>
  );
}
