import type { FrameworkDetails } from '../../data/messages';
import { CardActions } from './CardActions';
import { CardMore } from './CardMore';
import { CardSummary } from './CardSummary';

export type CardState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; details: FrameworkDetails };

/** How far "Not a framework here" reaches: this mention, this word on this page, on this site, everywhere. */
export type MuteScope = 'mention' | 'page' | 'site' | 'everywhere';

/** What the card just muted, so it can offer Undo and the wider scopes. */
export type UndoOffer = { kind: 'word'; word: string; scope: MuteScope } | { kind: 'framework' } | { kind: 'restored' };

export interface FrameworkCardProps {
  /** Shown at once, before the full record arrives. */
  name: string;
  /** The words on the page the card is about, e.g. "tornado". */
  word: string;
  /** The page's host name, for "On stackoverflow.com". */
  site: string;
  state: CardState;
  offer: UndoOffer | null;
  onAddNote(text: string, tags: string[]): Promise<void>;
  onCompare(otherId: string): void;
  /** Mutes this one mention. */
  onNotFramework(): void;
  /** Mutes the word more widely, after `onNotFramework`. */
  onWiden(scope: Exclude<MuteScope, 'mention'>): void;
  onMuteFramework(): void;
  onUndo(): void;
  onClose(): void;
}

/**
 * The hover card, summary first (after Wikipedia's Page Previews and GitHub's
 * hovercards): what the framework is in a few lines, its key figures, and the
 * actions, all in view without scrolling; the rest behind "More". A non-modal
 * dialog; the content script decides when it shows.
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
        {state.status === 'ready' && (
          <>
            <CardSummary framework={state.details.framework} />
            <CardMore details={state.details} />
          </>
        )}
      </div>
      {state.status === 'ready' && <CardActions {...props} details={state.details} />}
    </div>
  );
}
