/**
 * The catalog's registry figures reach the reader: the card's row of key
 * figures, the popup's detail view and the comparison table show each
 * entry's latest release (with its month), downloads, licence and first
 * release, as the catalog files state them today.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../../data/catalog-schema';
import { figureTexts } from '../../data/figures';
import { openExtensionPage } from './extension-pages';
import { extensionSession } from './extension-session';
import { markCentre, openFixture, waitForCard, waitForMarks } from './pages';

function entry(id: string): Framework {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, `../../data/frameworks/${id}.json`), 'utf8'));
}

/** The display texts of an entry's figures ("6.1.3 · Nov 2026", "#528 on PyPI", "BSD-3-Clause", "2005"). */
function expectedTexts(id: string): string[] {
  const texts = figureTexts(entry(id)).map((figure) => figure.text);
  // An entry with no figures would make every check below pass vacuously.
  expect(texts.length, `${id} has figures`).toBeGreaterThanOrEqual(3);
  return texts;
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ');

describe('registry figures on the card, in Look up and in Compare', () => {
  const session = extensionSession();

  for (const [page, mark, id] of [
    ['stackoverflow/so-q6367014-send-email-via-django.html', /^Django$/, 'django'],
    ['stackoverflow/so-js-import-statement-module.html', /^express$/i, 'express'],
  ] as const) {
    it(`the card for ${id} shows its figures`, async () => {
      const expected = expectedTexts(id);
      const tab = await openFixture(session.browser.context, session.server, page);
      await waitForMarks(tab);
      const point = await markCentre(tab, mark);
      if (!point) throw new Error(`no mark matching ${mark}`);
      await tab.mouse.move(point.x, point.y);
      const card = await waitForCard(tab);
      for (const text of expected) expect(card?.text).toContain(text);
      await tab.close();
    });
  }

  it('the detail view in Look up shows them', async () => {
    const expected = expectedTexts('flask');
    const popup = await openExtensionPage(session.browser, 'popup.html');
    await popup.getByRole('tab', { name: 'Look up', exact: true }).click();
    await popup.getByLabel('Search frameworks').fill('flask');
    await popup.getByLabel('Search frameworks').press('Enter');
    await popup.getByRole('heading', { level: 2, name: 'Flask' }).waitFor();
    // The detail view itself, not the result list beside it.
    const text = squeeze(await popup.getByRole('article', { name: 'Flask' }).innerText());
    for (const figure of expected) expect(text).toContain(figure);
    await popup.close();
  });

  it('the comparison table shows them for every column', async () => {
    const ids = ['django', 'flask', 'express'];
    const popup = await openExtensionPage(session.browser, `popup.html#compare=${ids.join(',')}`, {
      width: 900,
      height: 900,
    });
    const table = popup.getByRole('table', { name: 'Django vs Flask vs Express' });
    await table.waitFor();
    const text = squeeze(await table.innerText());
    for (const id of ids) for (const figure of expectedTexts(id)) expect(text, id).toContain(figure);
    await popup.close();
  });
});
