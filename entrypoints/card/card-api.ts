/**
 * The contract between the content script and the card script. The card
 * (Preact, floating-ui and the components) is loaded on the first hover, so
 * the content script that runs on every page stays small.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageMutesSummary } from '../../data/page-messages';
import type { Mention } from '../stackpeek.content/mention';

/** The attribute on the card's shadow host; the content script never scans it. */
export const CARD_HOST_ATTRIBUTE = 'data-stackpeek-host';
/** Where the card script leaves its factory in the content script's isolated world. */
export const CARD_FACTORY_GLOBAL = '__stackpeekCreateCard';

export interface CardApi {
  open(mention: Mention): void;
  close(): void;
  isOpen(): boolean;
  /** The card offers an undo and must stay a while, even when the pointer leaves or the page is rescanned. */
  isHeld(): boolean;
  /** Whether an event (retargeted at the host by the shadow boundary) came from the card. */
  contains(event: Event): boolean;
  hasFocus(): boolean;
  focusFirst(): void;
  /** Starts fetching a framework's record before the card opens. */
  prefetch(frameworkId: string): void;
  /** Whether "Not a framework here" muted this mention on this page (page-mutes.ts). */
  isMuted(mention: Mention): boolean;
  /** What is muted on this page only, for the popup; with `restore`, restores first (a word, or every single mention). */
  pageMutes(restore?: { word?: string }): PageMutesSummary | undefined;
}

/** "Not a framework here" at the page's own scopes (page-controls.ts); each repaints the marks at once. */
export interface PageMarks {
  muteMention(mention: Mention): void;
  unmuteMention(mention: Mention): void;
  muteWord(word: string): void;
  unmuteWord(word: string): void;
}

export interface CardDeps {
  ctx: ContentScriptContext;
  theme(): 'light' | 'dark';
  /** Called when the reader closes the card from inside it (close button), or its mention scrolls out of view. */
  onClose(): void;
  /** Called when the page's own mutes changed: the marks are painted again. */
  onMarksChanged(): void;
}

export type CreateCard = (deps: CardDeps) => Promise<CardApi>;
