/**
 * What the card shows and does for a mention: asks the background for the
 * full record and notes (cached for the page), saves notes, and mutes with
 * undo. "Not a framework here" starts at the narrowest scope (this mention)
 * and can widen (every such word on this page, this site, everywhere);
 * Undo takes back everything done from the card. While an undo is offered
 * the card is held open for at least HOLD_MS.
 */
import { h } from 'preact';
import { type CardState, FrameworkCard, type MuteScope, type UndoOffer } from '../../components/card/FrameworkCard';
import { ask } from '../../data/ask';
import type { FrameworkDetails } from '../../data/messages';
import { EVERY_SITE, type Settings, updateSettings } from '../../data/settings';
import type { Mention } from '../stackpeek.content/mention';
import type { PageMarks } from './card-api';
import type { CardUi } from './card-ui';

/** How long a card offering Undo stays open at least, wherever the pointer goes. */
export const HOLD_MS = 10_000;

export interface CardSessionDeps {
  ui: CardUi;
  marks: PageMarks;
  nameOf(frameworkId: string): string;
  theme(): 'light' | 'dark';
  /** Called when the reader closes the card from inside it. */
  onClose(): void;
  now?(): number;
}

type Word = { site: string; word: string };
const withWord = (s: Settings, muted: Word): Settings => ({
  ...s,
  mutedWords: [...s.mutedWords.filter((m) => m.site !== muted.site || m.word !== muted.word), muted],
});
const withoutWord = (s: Settings, muted: Word): Settings => ({
  ...s,
  mutedWords: s.mutedWords.filter((m) => m.site !== muted.site || m.word !== muted.word),
});

export function createCardSession({ ui, marks, nameOf, theme, onClose, now = Date.now }: CardSessionDeps) {
  const details = new Map<string, Promise<FrameworkDetails>>();
  let shown: Mention | null = null;
  let state: CardState = { status: 'loading' };
  let offer: UndoOffer | null = null;
  let undoSteps: (() => unknown)[] = [];
  let heldUntil = 0;

  const load = (id: string) => {
    let pending = details.get(id);
    if (!pending) {
      pending = ask({ type: 'framework/get', id });
      details.set(id, pending);
      // A failure is not cached: the next hover asks again.
      pending.catch(() => details.delete(id));
    }
    return pending;
  };

  /** Records an action and what undoes it, and holds the card open. */
  const act = (next: UndoOffer, undo: () => unknown) => {
    undoSteps.push(undo);
    offer = next;
    heldUntil = now() + HOLD_MS;
    redraw();
  };

  const widen = (mention: Mention, scope: MuteScope) => {
    const word = mention.text.toLowerCase();
    if (scope === 'page') {
      marks.muteWord(word);
      return act({ kind: 'word', word, scope }, () => marks.unmuteWord(word));
    }
    const muted = { site: scope === 'site' ? location.hostname : EVERY_SITE, word };
    // Unmarked on the page at once; the setting then reaches every tab.
    marks.muteWord(word);
    void updateSettings((s) => withWord(s, muted));
    act({ kind: 'word', word, scope }, () => {
      marks.unmuteWord(word);
      return updateSettings((s) => withoutWord(s, muted));
    });
  };

  const draw = (mention: Mention) => {
    if (shown !== mention) return;
    const id = mention.frameworkId;
    ui.show(
      mention,
      h(FrameworkCard, {
        name: nameOf(id),
        word: mention.text,
        site: location.hostname,
        state,
        offer,
        onClose,
        async onAddNote(text, tags) {
          await ask({
            type: 'notes/save',
            note: { frameworkId: id, text, tags, pageUrl: location.href, pageTitle: document.title },
          });
          details.delete(id);
          await refresh(mention);
        },
        onCompare(otherId) {
          void ask({ type: 'ui/compare', ids: [id, otherId] });
        },
        onNotFramework() {
          marks.muteMention(mention);
          act({ kind: 'word', word: mention.text.toLowerCase(), scope: 'mention' }, () => marks.unmuteMention(mention));
        },
        onWiden: (scope) => widen(mention, scope),
        onMuteFramework() {
          void updateSettings((s) => ({ ...s, mutedFrameworks: [...new Set([...s.mutedFrameworks, id])] }));
          act({ kind: 'framework' }, () =>
            updateSettings((s) => ({ ...s, mutedFrameworks: s.mutedFrameworks.filter((m) => m !== id) })),
          );
        },
        async onUndo() {
          const steps = undoSteps.reverse();
          undoSteps = [];
          offer = { kind: 'restored' };
          redraw();
          for (const step of steps) await step();
        },
      }),
      theme(),
    );
  };
  const redraw = () => {
    if (shown) draw(shown);
  };

  const refresh = async (mention: Mention) => {
    try {
      state = { status: 'ready', details: await load(mention.frameworkId) };
    } catch (error) {
      state = { status: 'error', message: (error as Error).message };
    }
    draw(mention);
  };

  return {
    prefetch(frameworkId: string) {
      void load(frameworkId).catch(() => undefined);
    },
    open(mention: Mention) {
      shown = mention;
      state = { status: 'loading' };
      offer = null;
      undoSteps = [];
      heldUntil = 0;
      draw(mention);
      void refresh(mention);
    },
    close() {
      shown = null;
      offer = null;
      undoSteps = [];
      heldUntil = 0;
      ui.hide();
    },
    isHeld: () => shown !== null && now() < heldUntil,
  };
}
