/**
 * The card as the content script sees it: a synchronous stand-in that loads
 * the card script on first use (a dynamic import of a web-accessible file,
 * which runs in this isolated world) and forwards to it once it is there.
 */
import { browser } from 'wxt/browser';
import { CARD_FACTORY_GLOBAL, type CardApi, type CardDeps, type CreateCard } from '../card/card-api';
import type { Mention } from './mention';

export function createLazyCard(deps: CardDeps): CardApi {
  let api: CardApi | null = null;
  let loading: Promise<CardApi> | null = null;
  let wanted: Mention | null = null;

  const load = () => {
    loading ??= import(/* @vite-ignore */ browser.runtime.getURL('/card.js'))
      .then(() => {
        const create = (globalThis as Record<string, unknown>)[CARD_FACTORY_GLOBAL] as CreateCard | undefined;
        if (!create) throw new Error('Stackpeek’s card script did not load.');
        return create(deps);
      })
      .then((loaded) => {
        api = loaded;
        return loaded;
      });
    loading.catch(() => {
      loading = null;
    });
    return loading;
  };

  return {
    open(mention) {
      wanted = mention;
      if (api) return api.open(mention);
      void load().then((loaded) => {
        if (wanted === mention) loaded.open(mention);
      });
    },
    close() {
      wanted = null;
      api?.close();
    },
    prefetch(frameworkId) {
      if (api) return api.prefetch(frameworkId);
      void load()
        .then((loaded) => loaded.prefetch(frameworkId))
        .catch(() => undefined);
    },
    isOpen: () => api?.isOpen() ?? false,
    isHeld: () => api?.isHeld() ?? false,
    isMuted: (mention) => api?.isMuted(mention) ?? false,
    // No card yet: nothing was muted on this page.
    pageMutes: (restore) => api?.pageMutes(restore),
    contains: (event) => api?.contains(event) ?? false,
    hasFocus: () => api?.hasFocus() ?? false,
    focusFirst: () => api?.focusFirst(),
  };
}
