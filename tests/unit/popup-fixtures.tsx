/** Shared set-up for the popup and options tests: the real catalog, and `ask` answered by the real background. */
import { cleanup, render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { CatalogContext, makeCatalog } from '../../components/framework/catalog-context';
import { ask } from '../../data/ask';
import type { Framework } from '../../data/catalog-schema';
import { loadCatalog } from '../../data/load-catalog';
import { readSettings } from '../../data/settings';
import { createMessageHandler } from '../../entrypoints/background/handle-message';
import { type NotesDatabase, openNotesDb } from '../../entrypoints/background/notes-db';

const loaded = loadCatalog();
export const catalog = makeCatalog(loaded.frameworks, loaded.comparisons);

export function entry(id: string): Framework {
  const found = catalog.byId.get(id);
  if (!found) throw new Error(`the catalog has no "${id}" entry`);
  return found;
}

export function renderWithCatalog(ui: ComponentChildren) {
  return render(<CatalogContext.Provider value={catalog}>{ui}</CatalogContext.Provider>);
}

/**
 * An `ask` that goes through the background's real handler over a fresh
 * fake-indexeddb database, as the popup's messages do in the browser.
 */
export async function backgroundAsk(): Promise<{ ask: (request: unknown) => Promise<unknown>; db: NotesDatabase }> {
  const db = await openNotesDb(`stackpeek-popup-${crypto.randomUUID()}`);
  const handle = createMessageHandler({
    extensionId: 'popup-test',
    openTab: async () => undefined,
    settings: async () => readSettings({}),
    db: async () => db,
    frameworks: [...catalog.frameworks],
    comparisons: [...catalog.comparisons],
  });
  const ask = async (request: unknown) => {
    const reply = await handle(request, { id: 'popup-test' });
    if (!reply.ok) throw new Error(reply.error);
    return reply.data;
  };
  return { ask, db };
}

/**
 * For each test, a fresh background on fake-indexeddb behind the mocked `ask`
 * (the test file mocks '../../data/ask'), closed and the DOM cleaned after it.
 */
export function connectBackground(): { readonly db: NotesDatabase } {
  let db: NotesDatabase | undefined;
  beforeEach(async () => {
    const background = await backgroundAsk();
    db = background.db;
    vi.mocked(ask).mockImplementation(background.ask as typeof ask);
  });
  afterEach(() => {
    cleanup();
    db?.close();
  });
  return {
    get db() {
      if (!db) throw new Error('the background is connected in beforeEach');
      return db;
    },
  };
}
