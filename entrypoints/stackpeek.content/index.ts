/**
 * Stackpeek's content script: marks framework mentions and opens the card on
 * hover. It never changes the page's own nodes; the only node it adds is the
 * card's shadow host, while a card is open. Everything stops with `ctx`.
 */
import matchIndex from 'virtual:stackpeek/match-index';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { type PageMentions, type PageMutesSummary, type PageRequest, parsePageRequest } from '../../data/page-messages';
import { isSiteEnabled, mutedWordsOn, type Settings } from '../../data/settings-model';
import { CARD_HOST_ATTRIBUTE } from '../card/card-api';
import { Highlighter, highlightApiAvailable } from './highlighter';
import { mentionAtPoint } from './hit-test';
import { HoverController } from './hover-controller';
import { listenForKeys } from './keyboard';
import { createLazyCard } from './lazy-card';
import { MarkPainter } from './mark-painter';
import { PageAnnotator } from './page-annotator';
import { followSettings } from './settings-feed';
import { adapterFor } from './sites';
import { watchPage } from './watch-page';

export default defineContentScript({
  matches: ['https://stackoverflow.com/*', 'https://github.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT's "newer script started" notice also goes out by window.postMessage with the extension's
  // id in it, so every page could read our id (fingerprinting, forging the notice): custom event only.
  // https://github.com/wxt-dev/wxt/pull/2035
  noScriptStartedPostMessage: true,

  async main(ctx) {
    const adapter = adapterFor(new URL(location.href));
    let annotator: PageAnnotator | null = null;
    let settings = await followSettings(ctx, (next) => applySettings(next));

    const scanSettings = (s: Settings) => ({
      sensitivity: s.sensitivity,
      mutedFrameworks: s.mutedFrameworks,
      mutedWords: mutedWordsOn(s, location.hostname),
    });
    const theme = () => (settings.theme === 'auto' ? adapter.theme(document) : settings.theme);

    let painter: MarkPainter | null = null;
    const card = createLazyCard({ ctx, theme, onClose: () => hover.close(), onMarksChanged: () => painter?.refresh() });
    const muted = card.isMuted;
    const hover = new HoverController({
      mentionAt: (x, y) =>
        annotator
          ? mentionAtPoint(document, x, y, (node, at) => painter?.painted(annotator?.mentions.at(node, at)))
          : undefined,
      inCard: (event) => card.contains(event),
      cardHasFocus: () => card.hasFocus(),
      cardHeld: () => card.isHeld(),
      hoverDelay: () => settings.hoverDelayMs,
      prefetch: (mention) => card.prefetch(mention.frameworkId),
      open: (mention) => {
        annotator?.setActive(mention);
        card.open(mention);
      },
      close: () => {
        annotator?.setActive(null);
        card.close();
      },
    });

    const start = () => {
      painter = new MarkPainter(new Highlighter(), muted, adapter.rootSelector, () => settings.markDensity);
      annotator = new PageAnnotator(
        matchIndex,
        adapter,
        document,
        scanSettings(settings),
        (removed) => {
          for (const mention of removed) hover.forget(mention);
        },
        () => hover.reset(),
        painter,
      );
      void annotator.scanAll();
    };
    const stop = () => {
      hover.close();
      annotator?.dispose();
      annotator = null;
    };

    if (isSiteEnabled(settings, new URL(location.href))) start();
    function applySettings(next: Settings) {
      const wasOn = annotator !== null;
      settings = next;
      const on = isSiteEnabled(next, new URL(location.href));
      if (on && !wasOn) start();
      else if (!on && wasOn) stop();
      else if (on) {
        hover.reset();
        void annotator?.updateSettings(scanSettings(next));
      }
    }
    ctx.onInvalidated(stop);

    watchPage(ctx, document, (node) => isOurs(node), {
      changed: (nodes) => void annotator?.scanNodes(nodes),
      removed: () => annotator?.pruneDetached(),
      rescan: () => void annotator?.scanAll(),
    });

    ctx.addEventListener(document, 'pointermove', (event) => hover.onPointerMove(event), { passive: true });
    const keys = listenForKeys(ctx, { hover, card, mentions: () => annotator?.mentions ?? null });

    const reply = (request: PageRequest): PageMentions | PageMutesSummary | boolean | undefined => {
      if (request.type === 'page/mentions') {
        return {
          enabled: annotator !== null,
          site: location.hostname,
          highlights: highlightApiAvailable(),
          groups: (annotator?.mentions.byFramework((m) => !muted(m)) ?? []).map(({ frameworkId, count }) => ({
            frameworkId,
            count,
          })),
        };
      }
      if (request.type === 'page/step') return keys.step(request.direction);
      if (request.type === 'page/mutes') return card.pageMutes();
      if (request.type === 'page/unmute') return card.pageMutes({ word: request.word });
      const target = annotator?.mentions
        .inDocumentOrder()
        .filter((mention) => mention.frameworkId === request.frameworkId && !muted(mention))[request.index ?? 0];
      if (target) keys.reveal(target);
      return target !== undefined;
    };
    // Answered at once through `sendResponse`, which both browsers' own API has (no polyfill here: wxt.config.ts).
    const answer = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      const request = parsePageRequest(message);
      if (request) sendResponse(reply(request));
      return false;
    };
    browser.runtime.onMessage.addListener(answer);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answer));
  },
});

function isOurs(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element?.closest(`[${CARD_HOST_ATTRIBUTE}]`) != null || element?.localName === 'stackpeek-card';
}
