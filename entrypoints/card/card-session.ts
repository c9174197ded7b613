/**
 * What the card shows and does for a mention: asks the background for the
 * full record and notes (cached for the page), saves notes, mutes.
 */
import { h } from 'preact';
import { type CardState, FrameworkCard } from '../../components/card/FrameworkCard';
import { ask } from '../../data/ask';
import type { FrameworkDetails } from '../../data/messages';
import { updateSettings } from '../../data/settings';
import type { Mention } from '../stackpeek.content/mention';
import type { CardUi } from './card-ui';

export interface CardSessionDeps {
  ui: CardUi;
  nameOf(frameworkId: string): string;
  theme(): 'light' | 'dark';
  /** Called when the reader closes the card from inside it. */
  onClose(): void;
}

export function createCardSession({ ui, nameOf, theme, onClose }: CardSessionDeps) {
  const details = new Map<string, Promise<FrameworkDetails>>();
  let shown: Mention | null = null;

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

  const draw = (mention: Mention, state: CardState) => {
    if (shown !== mention) return;
    const id = mention.frameworkId;
    ui.show(
      mention,
      h(FrameworkCard, {
        name: nameOf(id),
        word: mention.text,
        state,
        onClose,
        async onAddNote(text) {
          await ask({
            type: 'notes/save',
            note: { frameworkId: id, text, tags: [], pageUrl: location.href, pageTitle: document.title },
          });
          details.delete(id);
          await refresh(mention);
        },
        onCompare(otherId) {
          void ask({ type: 'ui/compare', ids: [id, otherId] });
        },
        onMuteWord() {
          const word = mention.text.toLowerCase();
          void updateSettings((s) => ({ ...s, mutedWords: [...s.mutedWords, { site: location.hostname, word }] }));
          onClose();
        },
        onMuteFramework() {
          void updateSettings((s) => ({ ...s, mutedFrameworks: [...new Set([...s.mutedFrameworks, id])] }));
          onClose();
        },
      }),
      theme(),
    );
  };

  const refresh = async (mention: Mention) => {
    try {
      draw(mention, { status: 'ready', details: await load(mention.frameworkId) });
    } catch (error) {
      draw(mention, { status: 'error', message: (error as Error).message });
    }
  };

  return {
    prefetch(frameworkId: string) {
      void load(frameworkId).catch(() => undefined);
    },
    open(mention: Mention) {
      shown = mention;
      draw(mention, { status: 'loading' });
      void refresh(mention);
    },
    close() {
      shown = null;
      ui.hide();
    },
  };
}
