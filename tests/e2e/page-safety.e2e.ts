/**
 * Stackpeek never breaks a page (issue 8): every shared real page is opened
 * twice at its real URL, in a Chromium with the extension and in one without,
 * and what the reader sees and the page's scripts can count must be the same:
 * innerText, element and node counts, scroll height, copy, find, and typing
 * into the sites' editors. No console error or unhandled rejection may come
 * from the extension. The two browsers load each page at the same time.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { highlightedTexts } from './pages';
import { launchPlain, openWatched, type PageError, type PlainBrowser, pageShape, waitForScan } from './plain-browser';
import { type PageServer, servePages } from './serve-pages';
import { fixture, onByDefault, SHARED_PAGES, urlOf } from './shared/fixture-pages';

/** Text typed into each editor: framework names in both senses, punctuation and non-ASCII. */
const TYPED = 'Tornado, a twisted ankle & gevent — Flask/C# ✓';

/**
 * Adds the editors a reader types into, in the page's main content, the same
 * way in both browsers: Stack Overflow's answer box (`#wmd-input`), GitHub's
 * comment field (`.js-comment-field`) and a rich-text (contenteditable) area,
 * each already holding framework names.
 */
function addEditors(page: Page): Promise<void> {
  return page.evaluate(() => {
    const holder =
      document.querySelector('#answers, .js-discussion, #readme, .markdown-body, main, #content') ?? document.body;
    const box = document.createElement('div');
    box.id = 'sp-test-editors';
    const so = document.createElement('textarea');
    so.id = 'wmd-input';
    so.className = 'wmd-input s-textarea js-post-body-field';
    so.value = 'I moved from Flask to Tornado. ';
    const gh = document.createElement('textarea');
    gh.className = 'js-comment-field comment-form-textarea';
    gh.name = 'comment[body]';
    gh.value = 'gevent or asyncio? ';
    const rich = document.createElement('div');
    rich.contentEditable = 'true';
    rich.setAttribute('role', 'textbox');
    rich.className = 'ProseMirror';
    rich.append('Django and Tornado in a rich editor:');
    for (const element of [so, gh, rich]) {
      element.style.display = 'block';
      element.style.width = '600px';
      element.style.minHeight = '60px';
    }
    box.append(so, gh, rich);
    holder.append(box);
  });
}

interface Typed {
  so: string;
  gh: string;
  rich: string;
}

async function typeIntoEditors(page: Page): Promise<Typed> {
  await page.locator('#sp-test-editors #wmd-input').click();
  await page.keyboard.press('End');
  await page.keyboard.type(TYPED);
  await page.locator('#sp-test-editors .js-comment-field').click();
  await page.keyboard.press('End');
  await page.keyboard.type(TYPED);
  await page.locator('#sp-test-editors [contenteditable]').click();
  // The caret goes to the end of the rich text, as a reader continuing it would.
  await page.evaluate(() => {
    const rich = document.querySelector('#sp-test-editors [contenteditable]') as HTMLElement;
    getSelection()?.collapse(rich, rich.childNodes.length);
  });
  await page.keyboard.type(TYPED);
  // Let the MutationObserver batch (50 ms) and any rescan run before reading.
  await page.waitForTimeout(150);
  return page.evaluate(() => ({
    so: (document.querySelector('#sp-test-editors #wmd-input') as HTMLTextAreaElement).value,
    gh: (document.querySelector('#sp-test-editors .js-comment-field') as HTMLTextAreaElement).value,
    rich: (document.querySelector('#sp-test-editors [contenteditable]') as HTMLElement).textContent ?? '',
  }));
}

/** The index (among all `<p>`) of the first paragraph holding a mark, else of the first paragraph with text. */
function paragraphToCopy(page: Page): Promise<number> {
  return page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll('p')];
    for (const range of CSS.highlights.get('stackpeek-mention') ?? []) {
      const p = range.startContainer.parentElement?.closest('p');
      if (p) return paragraphs.indexOf(p);
    }
    return paragraphs.findIndex((p) => (p.textContent ?? '').trim().length > 20);
  });
}

/** Selects a paragraph as a reader would and reads what copy would take. */
function copyParagraph(page: Page, index: number): Promise<string | null> {
  return page.evaluate((i) => {
    const p = document.querySelectorAll('p')[i];
    if (!p) return null;
    const selection = getSelection();
    if (!selection) return null;
    selection.removeAllRanges();
    const range = document.createRange();
    range.selectNodeContents(p);
    selection.addRange(range);
    const copied = selection.toString();
    selection.removeAllRanges();
    return copied;
  }, index);
}

/** The browser's find (`window.find`) for a few names: found or not, and what it selected where. */
function findWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const results: string[] = [];
    for (const word of ['Tornado', 'Django', 'Flask', 'Python', 'gevent', 'asyncio', 'GitHub']) {
      getSelection()?.removeAllRanges();
      window.scrollTo(0, 0);
      // window.find is non-standard but what Chromium's find-in-page shares its engine with.
      const found = (window as unknown as { find(text: string): boolean }).find(word);
      const selection = getSelection();
      const where = selection?.anchorNode?.parentElement;
      results.push(`${word}:${found}:${selection?.toString()}:${where?.localName}:${selection?.anchorOffset}`);
    }
    getSelection()?.removeAllRanges();
    return results;
  });
}

function describeErrors(errors: PageError[]): string {
  return errors.map((error) => `${error.text} @ ${error.urls.join(' < ')}`).join('\n');
}

/** An error's identity across the two runs: its message, with the extension-free stack. */
const errorKey = (error: PageError) => error.text.replace(/\s+/g, ' ').slice(0, 200);

describe('page safety on every shared real page', () => {
  let withExtension: ExtensionBrowser;
  let plain: PlainBrowser;
  let extensionServer: PageServer;
  let plainServer: PageServer;
  const report: string[] = [];

  beforeAll(async () => {
    [withExtension, plain] = await Promise.all([launchWithExtension(), launchPlain()]);
    [extensionServer, plainServer] = await Promise.all([servePages(withExtension.context), servePages(plain.context)]);
  });
  afterAll(async () => {
    await Promise.all([withExtension?.close(), plain?.close()]);
    if (report.length) console.log(`page safety: ${report.length} pages checked\n${report.join('\n')}`);
  });

  it.each(SHARED_PAGES)(
    '%s looks, reads, copies, finds and types the same with and without Stackpeek',
    async (name) => {
      const url = urlOf(name);
      const html = fixture(`pages/${name}`);
      extensionServer.serve(url, html);
      plainServer.serve(url, html);
      const [ext, base] = await Promise.all([openWatched(withExtension.context, url), openWatched(plain.context, url)]);
      try {
        const on = onByDefault(url);
        const scanned = await waitForScan(ext.page, on ? 5_000 : 500);
        expect(scanned, 'the content script scans exactly where it is on by default').toBe(on);
        // Let the page's own late work and our MutationObserver batches settle in both.
        await Promise.all([ext.page.waitForTimeout(300), base.page.waitForTimeout(300)]);
        const marks = await highlightedTexts(ext.page);
        if (!on) expect(marks).toEqual([]);

        const [extShape, baseShape] = await Promise.all([pageShape(ext.page), pageShape(base.page)]);
        expect(extShape.innerText).toBe(baseShape.innerText);
        expect(extShape.elements).toBe(baseShape.elements);
        expect(extShape.nodes).toBe(baseShape.nodes);
        expect(extShape.scrollHeight).toBe(baseShape.scrollHeight);

        const paragraph = await paragraphToCopy(ext.page);
        const [extCopy, baseCopy] = await Promise.all([
          copyParagraph(ext.page, paragraph),
          copyParagraph(base.page, paragraph),
        ]);
        expect(extCopy).toBe(baseCopy);
        const [extFind, baseFind] = await Promise.all([findWords(ext.page), findWords(base.page)]);
        expect(extFind).toEqual(baseFind);

        await Promise.all([addEditors(ext.page), addEditors(base.page)]);
        const [extTyped, baseTyped] = await Promise.all([typeIntoEditors(ext.page), typeIntoEditors(base.page)]);
        expect(extTyped).toEqual({
          so: `I moved from Flask to Tornado. ${TYPED}`,
          gh: `gevent or asyncio? ${TYPED}`,
          rich: `Django and Tornado in a rich editor:${TYPED}`,
        });
        expect(extTyped).toEqual(baseTyped);
        // Nothing inside the editors is marked, and the page is still the same page after typing.
        const markedInEditors = await ext.page.evaluate(
          () =>
            [...(CSS.highlights.get('stackpeek-mention') ?? [])].filter((range) =>
              range.startContainer.parentElement?.closest('#sp-test-editors'),
            ).length,
        );
        expect(markedInEditors).toBe(0);
        const [extAfter, baseAfter] = await Promise.all([pageShape(ext.page), pageShape(base.page)]);
        expect(extAfter).toEqual(baseAfter);

        // Saved GitHub pages load `chrome-extension://invalid/` themselves: only our id, or an error
        // the page without Stackpeek does not have, is ours.
        const ours = `chrome-extension://${withExtension.extensionId}`;
        const fromExtension = ext.errors.filter((error) => [error.text, ...error.urls].some((s) => s.includes(ours)));
        expect(fromExtension, describeErrors(fromExtension)).toEqual([]);
        const baseKeys = new Set(base.errors.map(errorKey));
        const extra = ext.errors.filter((error) => !baseKeys.has(errorKey(error)));
        expect(extra, describeErrors(extra)).toEqual([]);
        report.push(
          `  ${name}: ${marks.length} marks, ${extShape.elements} elements, ${extShape.nodes} nodes, page errors ${base.errors.length} (same without Stackpeek)`,
        );
      } finally {
        await Promise.all([ext.page.close(), base.page.close()]);
      }
    },
  );
});
