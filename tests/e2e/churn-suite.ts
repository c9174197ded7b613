/**
 * The churn tests as one suite, run short in the normal e2e run (churn.e2e.ts)
 * and long behind `npm run test:stress` (churn.stress.ts): text changing every
 * frame, then GitHub-style in-page navigations, each compared with the same run
 * in a browser without the extension (scenarios in churn-scenarios.ts).
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

export interface ChurnRun {
  label: string;
  churnMs: number;
  /** Frames the text must at least have changed in, so the run really churned. */
  minSteps: number;
  navigations: number;
  /** Navigations between two checks of marks and heap. */
  checkEvery: number;
}

export function churnSuite(run: ChurnRun): void {
  describe(`churn (${run.label})`, () => {
    let withExtension: ExtensionBrowser;
    let plain: PlainBrowser;
    let extensionServer: PageServer;
    let plainServer: PageServer;

    beforeAll(async () => {
      [withExtension, plain] = await Promise.all([launchWithExtension(), launchPlain()]);
      await Promise.all([observeLongTasks(withExtension.context), observeLongTasks(plain.context)]);
      [extensionServer, plainServer] = await Promise.all([
        servePages(withExtension.context),
        servePages(plain.context),
      ]);
      // Every mention marked, so the marks can be counted against the mentions of the content.
      await withExtension.worker.evaluate(() => chrome.storage.local.set({ settings: { markDensity: 'every' } }));
    });
    afterAll(() => Promise.all([withExtension?.close(), plain?.close()]));

    it(
      `text changing every frame for ${run.churnMs / 1000} s: no long task, marks follow the text, heap flat`,
      RETRY,
      async () => {
        // One after the other, so the two browsers do not compete for the CPU.
        const ext = await textChurn(withExtension.context, extensionServer, true, run.churnMs);
        const base = await textChurn(plain.context, plainServer, false, run.churnMs);
        expect(ext.steps).toBeGreaterThan(run.minSteps);
        expectCalm(ext, base);
      },
    );

    it(
      `${run.navigations} GitHub-style in-page navigations: no long task, no marks left behind, heap flat`,
      RETRY,
      async () => {
        const ext = await navigations(withExtension.context, extensionServer, true, run.navigations, run.checkEvery);
        const base = await navigations(plain.context, plainServer, false, run.navigations, run.checkEvery);
        expectCalm(ext, base);
      },
    );
  });
}
