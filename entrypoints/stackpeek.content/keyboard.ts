/**
 * The card from the keyboard: the browser commands step to the next or
 * previous mention, Tab enters an open card, Esc closes it and gives focus
 * back where it was (WAI-ARIA non-modal dialog pattern).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardApi } from '../card/card-api';
import type { HoverController } from './hover-controller';
import { type Mention, rangeOf } from './mention';
import type { MentionIndex } from './mention-index';

export interface KeyboardDeps {
  hover: HoverController;
  card: CardApi;
  mentions(): MentionIndex | null;
}

function isEditable(element: Element | null): boolean {
  return (
    element instanceof HTMLElement && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName))
  );
}

function topOf(mention: Mention): number {
  return rangeOf(mention).getBoundingClientRect().top;
}

function fromViewport(list: readonly Mention[], backwards: boolean): Mention | undefined {
  const below = list.findIndex((mention) => topOf(mention) >= 0);
  if (backwards) return list[(below === -1 ? list.length : below) - 1] ?? list[list.length - 1];
  return list[below] ?? list[0];
}

export function listenForKeys(ctx: ContentScriptContext, { hover, card, mentions }: KeyboardDeps) {
  let returnFocusTo: HTMLElement | null = null;

  const focusCard = () => {
    const active = document.activeElement;
    returnFocusTo = active instanceof HTMLElement && active !== document.body ? active : null;
    card.focusFirst();
  };

  ctx.addEventListener(
    window,
    'keydown',
    (event) => {
      if (!card.isOpen()) return;
      if (event.key === 'Escape') {
        const hadFocus = card.hasFocus();
        hover.close();
        if (hadFocus) returnFocusTo?.focus();
        returnFocusTo = null;
        // Our card took this Esc: the page should not also act on it.
        event.stopPropagation();
        event.preventDefault();
      } else if (event.key === 'Tab' && !event.shiftKey && !card.hasFocus() && !isEditable(document.activeElement)) {
        event.preventDefault();
        focusCard();
      }
    },
    { capture: true },
  );

  /** Opens the card on the next (or previous) mention, in document order from the open one or the viewport. */
  function step(direction: 'next' | 'previous'): boolean {
    const index = mentions();
    if (!index) return false;
    const backwards = direction === 'previous';
    const current = hover.openMention;
    const target = current
      ? index.next(current, backwards)
      : // From the viewport: the first mention below its top going forward, the last above it going back.
        fromViewport(index.inDocumentOrder(), backwards);
    if (!target) return false;
    reveal(target);
    return true;
  }

  /** Scrolls a mention into view and opens its card with focus in it (keyboard command, popup list). */
  function reveal(mention: Mention): void {
    mention.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    hover.openNow(mention);
    focusCard();
  }

  return { step, reveal };
}
