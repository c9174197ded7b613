/**
 * The contract between the content script and the card script. The card
 * (Preact, floating-ui and the components) is loaded on the first hover, so
 * the content script that runs on every page stays small.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Mention } from '../stackpeek.content/mention';

/** The attribute on the card's shadow host; the content script never scans it. */
export const CARD_HOST_ATTRIBUTE = 'data-stackpeek-host';
/** Where the card script leaves its factory in the content script's isolated world. */
export const CARD_FACTORY_GLOBAL = '__stackpeekCreateCard';

export interface CardApi {
  open(mention: Mention): void;
  close(): void;
  isOpen(): boolean;
  /** Whether an event (retargeted at the host by the shadow boundary) came from the card. */
  contains(event: Event): boolean;
  hasFocus(): boolean;
  focusFirst(): void;
  /** Starts fetching a framework's record before the card opens. */
  prefetch(frameworkId: string): void;
}

export interface CardDeps {
  ctx: ContentScriptContext;
  theme(): 'light' | 'dark';
  /** Called when the reader closes the card from inside it (close button, mute). */
  onClose(): void;
}

export type CreateCard = (deps: CardDeps) => Promise<CardApi>;
