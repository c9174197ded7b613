/**
 * The card's place in the page: a closed shadow root (the page's scripts must
 * not read the reader's notes), added on open and removed on close so the
 * page's DOM is untouched whenever no card shows, and positioned next to the
 * mention by @floating-ui/dom without ever covering it or the site's sticky
 * header. It follows the page as it scrolls, and asks to close once its
 * mention has left the visible part of the page.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { type ComponentChild, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '../../components/card/card.css?inline';
import themeCss from '../../components/theme.css?inline';
import { type Mention, rangeOf } from '../stackpeek.content/mention';
import { CARD_HOST_ATTRIBUTE } from './card-api';
import { stickyTopInset } from './sticky-top';

const FOCUSABLE = 'button, a[href], textarea, input, select, [tabindex]:not([tabindex="-1"])';

export interface CardUi {
  show(mention: Mention, content: ComponentChild, theme: 'light' | 'dark'): void;
  hide(): void;
  isOpen(): boolean;
  /** Whether an event (retargeted at the host by the shadow boundary) came from the card. */
  contains(event: Event): boolean;
  hasFocus(): boolean;
  focusFirst(): void;
}

function virtualElementFor(mention: Mention) {
  const range = rangeOf(mention);
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: mention.node.parentElement ?? undefined,
  };
}

/** Space kept between the card and the viewport's edges (or the sticky header). */
const MARGIN = 8;

export async function createCardUi(ctx: ContentScriptContext, onOutOfView: () => void): Promise<CardUi> {
  let ui: ShadowRootContentScriptUi<void> | undefined;
  let stopAutoUpdate: (() => void) | undefined;
  let open = false;

  const ensureUi = async () => {
    ui ??= await createShadowRootUi(ctx, {
      name: 'stackpeek-card',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'closed',
      css: `${themeCss}\n${cardCss}`,
      // Keys typed in the card must not reach the site's shortcuts (GitHub's `s`, `/`…).
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: () => undefined,
    });
    return ui;
  };
  const created = await ensureUi();

  // The sticky header is measured after a frame, not while placing: hit testing a page
  // whose layout the new card just dirtied would cost a forced layout on every open.
  let headerBottom = stickyTopInset(document, created.shadowHost);
  let measuring = 0;
  const measureHeader = (update: () => void) => {
    if (measuring) return;
    measuring = requestAnimationFrame(() => {
      measuring = 0;
      const next = stickyTopInset(document, created.shadowHost);
      if (next === headerBottom) return;
      headerBottom = next;
      update();
    });
  };

  const place = (mention: Mention, card: HTMLElement) => {
    const reference = virtualElementFor(mention);
    stopAutoUpdate?.();
    const update = () => {
      measureHeader(update);
      const top = headerBottom;
      const rect = reference.getBoundingClientRect();
      if (rect.bottom <= top || rect.top >= innerHeight || (rect.width === 0 && rect.height === 0)) {
        onOutOfView();
        return;
      }
      const padding = { top: top + MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN };
      void computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(),
          offset(6),
          flip({ padding }),
          shift({ padding }),
          size({
            padding,
            apply({ availableHeight }) {
              card.style.maxHeight = `${Math.max(160, Math.min(520, availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        card.style.left = `${x}px`;
        card.style.top = `${y}px`;
      });
    };
    stopAutoUpdate = autoUpdate(reference, card, update);
  };

  return {
    show(mention, content, theme) {
      if (!created.mounted && !open) created.mount();
      created.shadowHost.setAttribute(CARD_HOST_ATTRIBUTE, '');
      created.shadowHost.setAttribute('data-theme', theme);
      render(content, created.uiContainer);
      open = true;
      const card = created.uiContainer.querySelector<HTMLElement>('.sp-card');
      if (card) place(mention, card);
    },
    hide() {
      if (!open) return;
      open = false;
      stopAutoUpdate?.();
      stopAutoUpdate = undefined;
      cancelAnimationFrame(measuring);
      measuring = 0;
      render(null, created.uiContainer);
      created.remove();
    },
    isOpen: () => open,
    contains: (event) => open && event.composedPath().includes(created.shadowHost),
    hasFocus: () => open && created.shadow.activeElement !== null,
    focusFirst() {
      created.uiContainer.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    },
  };
}
