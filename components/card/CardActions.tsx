import { useEffect, useRef, useState } from 'preact/hooks';
import type { FrameworkDetails } from '../../data/messages';
import { AddNote } from './AddNote';
import type { FrameworkCardProps, MuteScope, UndoOffer } from './FrameworkCard';

/** Alternatives offered in the first view; the popup's Compare takes any other. */
const COMPARE_SHOWN = 3;

/** The card's footer, always in view: Compare with, Add note, the mute actions, or what a mute can undo. */
export function CardActions(props: FrameworkCardProps & { details: FrameworkDetails }) {
  const { framework, alternatives } = props.details;
  const [writing, setWriting] = useState(false);
  if (props.offer && props.offer.kind !== 'restored') return <UndoPanel {...props} offer={props.offer} />;
  if (writing) {
    return (
      <footer class="sp-card-footer">
        <AddNote frameworkName={framework.name} onSave={props.onAddNote} onDone={() => setWriting(false)} />
      </footer>
    );
  }
  return (
    <footer class="sp-card-footer">
      {alternatives.length > 0 && (
        <nav class="sp-compare" aria-label="Compare with">
          <span class="sp-muted">Compare with</span>
          {alternatives.slice(0, COMPARE_SHOWN).map((alternative) => (
            <button type="button" key={alternative.id} onClick={() => props.onCompare(alternative.id)}>
              {alternative.name}
            </button>
          ))}
        </nav>
      )}
      <div class="sp-card-actions">
        <button type="button" onClick={() => setWriting(true)}>
          Add note
        </button>
        <button type="button" onClick={props.onNotFramework}>
          Not a framework here
        </button>
        <button type="button" onClick={props.onMuteFramework}>
          Mute {framework.name}
        </button>
      </div>
      {props.offer?.kind === 'restored' && (
        <p class="sp-muted" role="status">
          Restored: marked again.
        </p>
      )}
    </footer>
  );
}

const WIDER: { scope: Exclude<MuteScope, 'mention'>; label(word: string, site: string): string }[] = [
  { scope: 'page', label: (word) => `Every “${word}” on this page` },
  { scope: 'site', label: (_word, site) => `On ${site}` },
  { scope: 'everywhere', label: () => 'Everywhere' },
];

function muted(offer: Exclude<UndoOffer, { kind: 'restored' }>, name: string, site: string): string {
  if (offer.kind === 'framework') return `${name} is muted: no marks for it on any site.`;
  switch (offer.scope) {
    case 'mention':
      return `This “${offer.word}” is no longer marked.`;
    case 'page':
      return `“${offer.word}” is no longer marked on this page.`;
    case 'site':
      return `“${offer.word}” is no longer marked on ${site}.`;
    case 'everywhere':
      return `“${offer.word}” is no longer marked on any site.`;
  }
}

/**
 * What was just muted, with Undo (focused, so the card stays while the
 * reader decides) and, for a word, the wider scopes as a second step.
 */
function UndoPanel(
  props: FrameworkCardProps & { details: FrameworkDetails; offer: Exclude<UndoOffer, { kind: 'restored' }> },
) {
  const { offer, site } = props;
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    undo.current?.focus();
  }, [offer]);
  const from = offer.kind === 'word' ? WIDER.findIndex((wider) => wider.scope === offer.scope) + 1 : WIDER.length;
  const wider = WIDER.slice(from);
  return (
    <footer class="sp-card-footer sp-undo">
      <p role="status">{muted(offer, props.details.framework.name, site)}</p>
      <div class="sp-card-actions">
        <button type="button" class="primary" ref={undo} onClick={props.onUndo}>
          Undo
        </button>
      </div>
      {offer.kind === 'word' && wider.length > 0 && (
        <fieldset class="sp-widen">
          <legend class="sp-muted">Also unmark:</legend>
          {wider.map((option) => (
            <button type="button" key={option.scope} onClick={() => props.onWiden(option.scope)}>
              {option.label(offer.word, site)}
            </button>
          ))}
        </fieldset>
      )}
      <p class="sp-muted sp-hint">The popup lists everything muted, to restore later.</p>
    </footer>
  );
}
