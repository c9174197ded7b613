/**
 * The card script: an unlisted script the content script imports on the
 * first hover (see card-api.ts). It hands its factory over through the
 * isolated world's global object, which the page cannot see.
 */
import names from 'virtual:stackpeek/names';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CARD_FACTORY_GLOBAL, type CreateCard } from './card-api';
import { createCardSession } from './card-session';
import { createCardUi } from './card-ui';
import { PageMutes } from './page-mutes';

const nameOf = (id: string) => names[id] ?? id;

const createCard: CreateCard = async ({ ctx, theme, onClose, onMarksChanged }) => {
  const marks = new PageMutes(onMarksChanged);
  // A mention scrolled out of view (or under the site's sticky header) takes its card with it.
  const ui = await createCardUi(ctx, onClose);
  const session = createCardSession({ ui, marks, nameOf, theme, onClose });
  return {
    open: session.open,
    close: session.close,
    prefetch: session.prefetch,
    isOpen: ui.isOpen,
    isHeld: session.isHeld,
    isMuted: marks.isMuted,
    pageMutes: (restore) => (restore ? marks.restore(restore.word) : marks.summary()),
    contains: ui.contains,
    hasFocus: ui.hasFocus,
    focusFirst: ui.focusFirst,
  };
};

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CARD_FACTORY_GLOBAL] = createCard;
});
