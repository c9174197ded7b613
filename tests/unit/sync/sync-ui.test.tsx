/**
 * Sync in the options page and the popup, through the real background
 * handler and sync engine (on a fake storage.sync): the opt-in and what it
 * says, the status line, and "delete all" asking where.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DeleteAllNotes } from '../../../components/options/DeleteAllNotes';
import { SyncSection } from '../../../components/options/SyncSection';
import { SyncStatusLine } from '../../../components/sync/SyncStatusLine';
import { ask } from '../../../data/ask';
import { readSettings } from '../../../data/settings';
import { SYNC_STATUS_KEY, type SyncStatus } from '../../../data/sync';
import { createMessageHandler } from '../../../entrypoints/background/handle-message';
import { type NotesDatabase, openNotesDb } from '../../../entrypoints/background/notes-db';
import { saveNote } from '../../../entrypoints/background/notes-store';
import { browserSyncSettings } from '../../../entrypoints/background/sync/sync-area';
import { createSyncEngine } from '../../../entrypoints/background/sync/sync-engine';
import { FakeStorageSync } from './fake-storage-sync';

vi.mock('../../../data/ask', async (original) => ({
  ...(await original<typeof import('../../../data/ask')>()),
  ask: vi.fn(),
}));

let db: NotesDatabase;
let area: FakeStorageSync;

beforeEach(async () => {
  fakeBrowser.reset();
  db = await openNotesDb(`stackpeek-sync-ui-${crypto.randomUUID()}`);
  area = new FakeStorageSync('chrome', Date.now);
  const sync = createSyncEngine({ db: async () => db, area, settings: browserSyncSettings, log: () => undefined });
  const handle = createMessageHandler({
    extensionId: 'ui-test',
    openTab: async () => undefined,
    db: async () => db,
    frameworks: [],
    comparisons: [],
    settings: async () => readSettings({}),
    sync,
  });
  vi.mocked(ask).mockImplementation((async (request: unknown) => {
    const reply = await handle(request, { id: 'ui-test' });
    if (!reply.ok) throw new Error(reply.error);
    return reply.data;
  }) as typeof ask);
});
afterEach(() => {
  cleanup();
  db.close();
});

const publish = (status: Partial<SyncStatus>) =>
  fakeBrowser.storage.local.set({
    [SYNC_STATUS_KEY]: {
      enabled: true,
      state: 'synced',
      lastSyncedAt: Date.now() - 5 * 60_000,
      synced: 10,
      localOnly: 0,
      localOnlyNotes: [],
      conflicts: 0,
      usage: { bytes: 2_048, items: 3 },
      error: null,
      ...status,
    },
  });

describe('the Sync section', () => {
  it('is off by default and says what goes, where, and the limits', async () => {
    render(<SyncSection isFirefox={false} />);
    const toggle = (await screen.findByRole('switch', {
      name: "Sync notes through your browser's sync",
    })) as HTMLInputElement;
    await waitFor(() => expect(toggle.disabled).toBe(false));
    expect(toggle.checked).toBe(false);
    const text = document.body.textContent ?? '';
    expect(text).toMatch(/text, tags and framework, and the address and title of the page/);
    expect(text).toMatch(/Chrome sync, in your Google Account/);
    expect(text).toMatch(/about 100 KB/);
    expect(text).toMatch(/most recently edited notes sync first/);
    expect(text).not.toMatch(/Add-ons/);
  });

  it('on Firefox, says that "Add-ons" must be ticked in the Sync settings', async () => {
    render(<SyncSection isFirefox />);
    await screen.findByText(/tick “Add-ons” in Settings → Sync/);
    expect(document.body.textContent).toMatch(/Firefox Sync, which encrypts it end to end/);
  });

  it('turns sync on, syncs, and shows the status; turns it off again', async () => {
    await saveNote(db, { frameworkId: null, text: 'goes to sync', tags: [] });
    render(<SyncSection isFirefox={false} />);
    const toggle = (await screen.findByRole('switch', {
      name: "Sync notes through your browser's sync",
    })) as HTMLInputElement;
    await waitFor(() => expect(toggle.disabled).toBe(false));
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.checked).toBe(true));
    await screen.findByText(/Last synced just now: 1 note in sync/);
    expect([...area.items.keys()].some((key) => key.startsWith('n.'))).toBe(true);
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.checked).toBe(false));
    await waitFor(() => expect(screen.queryByText(/Last synced/)).toBeNull());
  });

  it('lists the notes that stay on this device, and why', async () => {
    await publish({
      localOnly: 23,
      localOnlyNotes: [
        { id: 'a', excerpt: 'A very long note', reason: 'too-large' },
        { id: 'b', excerpt: 'An older note', reason: 'no-room' },
      ],
    });
    render(<SyncSection isFirefox={false} />);
    const list = await screen.findByRole('list', { name: 'Notes on this device only' });
    expect(list.textContent).toMatch(/A very long note too long to sync/);
    expect(list.textContent).toMatch(/An older note no room left/);
    expect(list.textContent).toMatch(/…and 21 older ones/);
    expect(document.body.textContent).toMatch(/23 notes stay on this device only/);
  });
});

describe('the popup status line', () => {
  it('says when sync is off', async () => {
    render(<SyncStatusLine />);
    await screen.findByText('Sync: off (notes stay in this browser).');
  });

  it('says when it last synced, how many notes stay here, conflicts, and any error', async () => {
    await publish({ localOnly: 3, conflicts: 1, error: 'The sync storage is full; Stackpeek syncs fewer notes.' });
    render(<SyncStatusLine />);
    await screen.findByText('Sync: on · last synced 5 minutes ago · 3 notes on this device only · 1 conflict copy');
    expect(screen.getByText(/storage is full/)).toBeTruthy();
  });

  it('follows the status as the background publishes it', async () => {
    render(<SyncStatusLine />);
    await screen.findByText(/Sync: off/);
    await publish({ state: 'paused', error: 'Another device syncs notes with a newer Stackpeek.' });
    await screen.findByText(/Sync: paused/);
  });
});

describe('"Delete all notes" with sync on', () => {
  it('asks whether to delete everywhere or on this device only; "this device" turns sync off here', async () => {
    await saveNote(db, { frameworkId: null, text: 'one', tags: [] });
    await ask({ type: 'sync/set-enabled', enabled: true });
    render(<DeleteAllNotes />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete all notes…' }));
    await screen.findByRole('button', { name: 'Delete on every device' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete on this device only' }));
    await screen.findByText('Deleted 1 note on this device; sync is now off here.');
    expect(await db.count('notes')).toBe(0);
    expect((await ask({ type: 'sync/status' })).enabled).toBe(false);
    // The sync storage still holds it, for the other devices.
    expect([...area.items.keys()].some((key) => key.startsWith('n.'))).toBe(true);
  });
});
