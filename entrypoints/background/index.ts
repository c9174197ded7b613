import { comparisons, frameworks } from 'virtual:stackpeek/catalog';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageHandler } from './handle-message';
import { type NotesDatabase, openNotesDb } from './notes-db';

export default defineBackground(() => {
  let database: Promise<NotesDatabase> | undefined;
  // Opened on first use and reopened if the browser closed it under us.
  const db = () => {
    database ??= openNotesDb().then((opened) => {
      opened.addEventListener('close', () => {
        database = undefined;
      });
      return opened;
    });
    database.catch(() => {
      database = undefined;
    });
    return database;
  };

  const handleMessage = createMessageHandler({
    extensionId: browser.runtime.id,
    openTab: (path) => browser.tabs.create({ url: browser.runtime.getURL(path as '/popup.html') }),
    db,
    frameworks,
    comparisons,
  });
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));

  // Keyboard commands act on the page the reader is looking at.
  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id === undefined) return;
    const direction = command === 'previous-mention' ? 'previous' : 'next';
    browser.tabs.sendMessage(tab.id, { type: 'page/step', direction }).catch(() => {
      // No content script on this tab (a page Stackpeek does not run on): nothing to step through.
    });
  });
});
