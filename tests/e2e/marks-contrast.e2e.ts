/**
 * Marks are legible on the pages as users see them (the sites' own CSS):
 * the underline is at least 3:1 against the page and against code blocks,
 * on Stack Overflow and GitHub, light and dark (WCAG 2.2 SC 1.4.11), dotted,
 * never a link's blue, and below a link's own underline.
 */
import { describe, expect, it } from 'vitest';
import { type MarkContrast, markContrasts } from './contrast';
import { extensionSession } from './extension-session';
import { openFixture, waitForMarks } from './pages';
import { fixture } from './serve-pages';

const SO = 'stackoverflow/so-beautifulsoup-vs-scrapy.html';
const GH = 'github/gh-pr-octolinker-testrepo-1.html';
/** A sentence and a code block that name two frameworks (each the first of its kind in the post, so both are marked), added to the first post. */
const SAMPLE = '<p>We serve it with Django.</p><pre><code>from flask import Flask</code></pre>';

const cases: { name: string; page: string; html(): string }[] = [
  {
    name: 'Stack Overflow, light',
    page: SO,
    html: () => fixture(`pages/${SO}`).replace(/(<div class="s-prose js-post-body"[^>]*>)/, `$1${SAMPLE}`),
  },
  {
    name: 'Stack Overflow, dark',
    page: SO,
    html: () =>
      fixture(`pages/${SO}`)
        .replace(/(<div class="s-prose js-post-body"[^>]*>)/, `$1${SAMPLE}`)
        .replace('<body class="', '<body class="theme-dark '),
  },
  {
    name: 'GitHub, light',
    page: GH,
    html: () => fixture(`pages/${GH}`).replace(/(<td class="d-block comment-body markdown-body[^>]*>)/, `$1${SAMPLE}`),
  },
  {
    name: 'GitHub, dark',
    page: GH,
    html: () =>
      fixture(`pages/${GH}`)
        .replace(/(<td class="d-block comment-body markdown-body[^>]*>)/, `$1${SAMPLE}`)
        .replace(/<html([^>]*?)data-color-mode="[^"]*"/, '<html$1data-color-mode="dark"'),
  },
];

describe('mark contrast on the styled pages', () => {
  const session = extensionSession({ styled: true });

  for (const { name, page, html } of cases) {
    it(`${name}: ≥ 3:1 on prose and on code`, async () => {
      const body = html();
      expect(body).toContain(SAMPLE);
      const tab = await openFixture(session.browser.context, session.server, page, { html: body });
      await waitForMarks(tab);
      let measured: MarkContrast[] = [];
      await expect
        .poll(async () => {
          measured = await markContrasts(tab);
          return measured.some((m) => m.inCode) && measured.some((m) => !m.inCode);
        })
        .toBe(true);
      const worst = (inCode: boolean) => Math.min(...measured.filter((m) => m.inCode === inCode).map((m) => m.ratio));
      console.log(
        `${name}: prose ${worst(false)}:1, code ${worst(true)}:1 (${measured.length} marks, underline ${measured[0]?.underline})`,
      );
      for (const mark of measured) expect(mark.ratio, `${mark.text} on ${mark.background}`).toBeGreaterThanOrEqual(3);
      const style = await tab.evaluate(() => {
        const range = [...(CSS.highlights.get('stackpeek-mention') ?? [])][0];
        const element = range?.startContainer.parentElement as Element;
        const css = getComputedStyle(element, '::highlight(stackpeek-mention)');
        return { line: css.textDecorationStyle, colour: css.textDecorationColor };
      });
      expect(style.line).toBe('dotted');
      // Inside a link (the question title is one), the mark sits below the link's own underline.
      const offsets = await tab.evaluate(() =>
        [...(CSS.highlights.get('stackpeek-mention') ?? [])].map((range) => {
          const element = range.startContainer.parentElement as Element;
          return {
            inLink: element.closest('a') !== null,
            offset: getComputedStyle(element, '::highlight(stackpeek-mention)').textUnderlineOffset,
          };
        }),
      );
      for (const { inLink, offset } of offsets) expect(offset).toBe(inLink ? '6px' : '3px');
      // Amber: red well above blue, unlike every link colour of both sites.
      const [r = 0, , b = 0] = (style.colour.match(/\d+/g) ?? []).map(Number);
      expect(r - b).toBeGreaterThan(100);
      await tab.close();
    });
  }
});
