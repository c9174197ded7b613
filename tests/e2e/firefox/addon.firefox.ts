/**
 * The Firefox build as a store would take it and a reader would run it:
 * addons-linter on the zip, a load without manifest warnings, site access
 * granted at install, and a tour of pages, card, popup and options that
 * makes no network request and logs no error from the add-on.
 */
import linter from 'addons-linter';
import { describe, expect, it } from 'vitest';
import { addonId, evaluateInChrome, firefoxZip } from './firefox-browser';
import { markBox, openExtensionPage, openFixture, pollInPage, waitForScan } from './firefox-pages';
import { firefoxSession } from './firefox-session';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

/**
 * The warnings the README's security notes explain: the card's script is
 * imported by URL from the content script (a file of the add-on itself), and
 * Preact's renderer has an innerHTML branch that only `dangerouslySetInnerHTML`
 * reaches, which Stackpeek never uses (lint rule and unit test).
 */
const EXPLAINED_WARNINGS = [
  'UNSAFE_VAR_ASSIGNMENT card.js Unsafe assignment to innerHTML',
  'UNSAFE_VAR_ASSIGNMENT chunks/theme-*.js Unsafe assignment to innerHTML',
  'UNSAFE_VAR_ASSIGNMENT content-scripts/stackpeek.js Unsafe call to import for argument 0',
];

describe('Firefox: the add-on', () => {
  const session = firefoxSession();

  it('passes addons-linter with no error and only the explained warnings', async () => {
    const instance = linter.createInstance({
      config: {
        _: [firefoxZip()],
        logLevel: 'fatal',
        stack: false,
        pretty: false,
        warningsAsErrors: false,
        metadata: false,
        output: 'none',
        boring: false,
        selfHosted: false,
      },
      runAsBinary: false,
    });
    const result = (await instance.run()) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
    const describe = (m: LintMessage) => `${m.code} ${(m.file ?? '').replace(/-[\w-]{8}\.js$/, '-*.js')} ${m.message}`;
    expect(result.errors.map(describe)).toEqual([]);
    expect(result.warnings.map(describe).sort()).toEqual(EXPLAINED_WARNINGS);
  });

  it('loads with no manifest warning, and has its two sites from the install on', async () => {
    const state = await evaluateInChrome<{ warnings: string[]; errors: string[]; sites: boolean[] }>(
      session.current.browser,
      `const policy = WebExtensionPolicy.getByID(${JSON.stringify(addonId())});
       return { warnings: policy.extension.warnings, errors: policy.extension.errors,
         sites: ['https://stackoverflow.com/questions/1', 'https://github.com/a/b', 'https://example.org/']
           .map((url) => policy.canAccessURI(Services.io.newURI(url))) };`,
    );
    expect(state.warnings).toEqual([]);
    expect(state.errors).toEqual([]);
    // MV3 host access is granted at install since Firefox 127 (extensions.originControls.grantByDefault).
    expect(state.sites).toEqual([true, true, false]);
  });

  it('makes no network request and logs no error, on pages, the card, the popup and options', async () => {
    const { guard } = session.current;
    const opened = await openFixture(session.current, 'stackoverflow/so-beautifulsoup-vs-scrapy.html');
    await waitForScan(opened.page);
    const box = await markBox(opened.page, 'Twisted');
    if (!box) throw new Error('no Twisted mark');
    await opened.page.bringToFront();
    await opened.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    expect(await pollInPage(opened.page, `document.querySelector('stackpeek-card') !== null`)).toBe(true);
    for (const path of ['popup.html', 'options.html']) {
      const page = await openExtensionPage(session.current, path);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await page.close();
    }
    // The guard sees what the browser sends: a request from the parent process reaches it.
    await evaluateInChrome(
      session.current.browser,
      `await fetch('http://guard-check.invalid/').catch(() => null); return true;`,
    );
    expect(guard.seen).toEqual(['GET http://guard-check.invalid/']);
    // And the page's own requests were all answered by interception (so none left either).
    expect(opened.table.unserved.length).toBeGreaterThan(0);
    expect(opened.extensionErrors).toEqual([]);
    expect(session.current.extensionLog).toEqual([]);
  });
});
