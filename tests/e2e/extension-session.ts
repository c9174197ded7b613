/**
 * One Chromium with the built extension and the saved-page server for a
 * describe block: started before its tests, closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { type PageServer, servePages } from './serve-pages';

export interface ExtensionSession {
  browser: ExtensionBrowser;
  server: PageServer;
}

/** `styled`: the saved pages get the sites' own CSS (serve-pages.ts), for tests that depend on looks. */
export function extensionSession({ styled = false } = {}): ExtensionSession {
  const session = {} as ExtensionSession;
  beforeAll(async () => {
    session.browser = await launchWithExtension();
    session.server = await servePages(session.browser.context, { styled });
  });
  afterAll(() => session.browser?.close());
  return session;
}
