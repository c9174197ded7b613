/**
 * Churn, long run (issue 8; `npm run test:stress`): 10 s of text changing
 * every frame and 200 GitHub-style in-page navigations, checked as the short
 * run in churn.e2e.ts is: no long task the page alone does not have, marks
 * equal to the mentions of the current content, the heap flat.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { expectCalm, navigations, observeLongTasks, textChurn } from './churn-scenarios';
import { launchPlain, type PlainBrowser } from './plain-browser';
import { type PageServer, servePages } from './serve-pages';

/**
 * Long tasks are timed on a shared CPU (CI runners, other jobs): one stray task can land in
 * either run. A real regression shows up every time, so a failing run is tried again.
 */
const RETRY = { retry: 2 };

describe('churn (long run)', () => {
  let withExtension: ExtensionBrowser;
  let plain: PlainBrowser;
  let extensionServer: PageServer;
  let plainServer: PageServer;

  beforeAll(async () => {
    [withExtension, plain] = await Promise.all([launchWithExtension(), launchPlain()]);
    await Promise.all([observeLongTasks(withExtension.context), observeLongTasks(plain.context)]);
    [extensionServer, plainServer] = await Promise.all([servePages(withExtension.context), servePages(plain.context)]);
  });
  afterAll(() => Promise.all([withExtension?.close(), plain?.close()]));

  it('text changing every frame for 10 s', RETRY, async () => {
    const ext = await textChurn(withExtension.context, extensionServer, true, 10_000);
    const base = await textChurn(plain.context, plainServer, false, 10_000);
    expect(ext.steps).toBeGreaterThan(150);
    expectCalm(ext, base);
  });

  it('200 GitHub-style in-page navigations', RETRY, async () => {
    const ext = await navigations(withExtension.context, extensionServer, true, 200, 20);
    const base = await navigations(plain.context, plainServer, false, 200, 20);
    expectCalm(ext, base);
  });
});
