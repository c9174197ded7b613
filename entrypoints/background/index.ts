import { comparisons, frameworks } from 'virtual:stackpeek/catalog';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadSettings } from '../../data/settings';
import { createMessageHandler } from './handle-message';
import { createNotesDbOpener } from './notes-connection';
import { watchSiteAccess } from './site-access';
import { browserSyncArea, browserSyncSettings } from './sync/sync-area';
import { createSyncEngine } from './sync/sync-engine';

export default defineBackground(() => {
  // Opened on first use, reopened if closed under us, and refused with a
  // clear message (not a hang) when an older Stackpeek page blocks it.
  const db = createNotesDbOpener();
  // Opt-in: with sync off it only reads its switch from storage.local.
  const sync = createSyncEngine({ db, area: browserSyncArea, settings: browserSyncSettings });

  const handleMessage = createMessageHandler({
    extensionId: browser.runtime.id,
    openTab: (path, openerTabId) =>
      browser.tabs.create({ url: browser.runtime.getURL(path as '/popup.html'), openerTabId }),
    db,
    frameworks,
    comparisons,
    settings: loadSettings,
    sync,
  });
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  // Sites the reader enabled beyond the manifest's two.
  watchSiteAccess();

  // Keyboard commands act on the page the reader is looking at.
  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id === undefined) return;
    const direction = command === 'previous-mention' ? 'previous' : 'next';
    browser.tabs.sendMessage(tab.id, { type: 'page/step', direction }).catch(() => {
      // No content script on this tab (a page Stackpeek does not run on): nothing to step through.
    });
  });
});
