/** "Notes": list, search, filter, create, edit, delete with undo — through the real background handler. */
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { NotesPanel, PAGE_SIZE } from '../../components/popup/NotesPanel';
import { ask } from '../../data/ask';
import type { Note } from '../../data/notes';
import { NOTES_MERGED_KEY } from '../../data/sync';
import { connectBackground, renderWithCatalog } from './popup-fixtures';

vi.mock('../../data/ask', async (original) => ({
  ...(await original<typeof import('../../data/ask')>()),
  ask: vi.fn(),
}));

const background = connectBackground();

function stored(overrides: Partial<Note>): Note {
  return {
    id: crypto.randomUUID(),
    frameworkId: null,
    text: 'a note',
    tags: [],
    pageUrl: null,
    pageTitle: null,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}

async function plant(...notes: Note[]) {
  const tx = background.db.transaction('notes', 'readwrite');
  await Promise.all([...notes.map((n) => tx.store.put(n)), tx.done]);
}

const list = () => screen.getByRole('list', { name: 'Notes' });
/** The first view shows the newest notes; the whole list follows (aria-busy turns false). */
const allLoaded = () =>
  waitFor(() => expect(screen.getByRole('list', { name: 'Notes' }).getAttribute('aria-busy')).toBe('false'));

const items = () => within(list()).queryAllByRole('article');

async function create(text: string, options: { framework?: string; tags?: string } = {}) {
  fireEvent.click(screen.getByRole('button', { name: 'New note' }));
  fireEvent.input(screen.getByLabelText('Note text'), { target: { value: text } });
  if (options.framework) fireEvent.change(screen.getByLabelText('Framework'), { target: { value: options.framework } });
  if (options.tags) fireEvent.input(screen.getByLabelText('Tags'), { target: { value: options.tags } });
  fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
  await waitFor(() => expect(screen.queryByLabelText('Note text')).toBeNull());
}

describe('NotesPanel', () => {
  it('creates a note with a framework and tags, and shows its links as links', async () => {
    renderWithCatalog(<NotesPanel />);
    await screen.findByText('No notes yet.');
    await create('Read https://www.tornadoweb.org/en/stable/ <b>first</b>', { framework: 'tornado', tags: 'Perf, io' });
    const [item] = items();
    expect(
      within(item as HTMLElement).getByRole('link', { name: 'https://www.tornadoweb.org/en/stable/' }),
    ).toBeTruthy();
    // Markup in a note stays text.
    expect(item?.querySelector('b')).toBeNull();
    expect(within(item as HTMLElement).getByText('Tornado')).toBeTruthy();
    expect(within(item as HTMLElement).getByText('#perf')).toBeTruthy();
    const saved = await background.db.getAll('notes');
    expect(saved).toMatchObject([{ frameworkId: 'tornado', tags: ['perf', 'io'] }]);
  });

  it('edits a note in place', async () => {
    await plant(stored({ text: 'old words' }));
    renderWithCatalog(<NotesPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    fireEvent.input(screen.getByLabelText('Note text'), { target: { value: 'new words' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await screen.findByText('new words');
    expect(screen.queryByText('old words')).toBeNull();
    expect((await background.db.getAll('notes')).map((n) => n.text)).toEqual(['new words']);
  });

  it('deletes with undo, restoring the note exactly', async () => {
    const original = stored({ text: 'keep me', tags: ['x'], pageUrl: 'https://stackoverflow.com/q/1' });
    await plant(original);
    renderWithCatalog(<NotesPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    await screen.findByText('Note deleted.');
    expect(await background.db.count('notes')).toBe(0);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' })));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('keep me');
    await waitFor(() => expect(screen.queryByText('Note deleted.')).toBeNull());
    expect(await background.db.get('notes', original.id)).toEqual(original);
  });

  it('searches text, tags and framework names, and filters by framework', async () => {
    await plant(
      stored({ text: 'event loop notes', frameworkId: 'tornado', updatedAt: 3 }),
      stored({ text: 'reactor notes', frameworkId: 'twisted', tags: ['deferred'], updatedAt: 2 }),
      stored({ text: 'general thought', updatedAt: 1 }),
    );
    renderWithCatalog(<NotesPanel />);
    await screen.findByText('3 notes, last changed first');
    await allLoaded();
    fireEvent.input(screen.getByLabelText('Search notes'), { target: { value: 'twisted' } });
    expect(items().map((i) => i.querySelector('p')?.textContent)).toEqual(['reactor notes']);
    fireEvent.input(screen.getByLabelText('Search notes'), { target: { value: '#deferred' } });
    expect(items()).toHaveLength(1);
    fireEvent.input(screen.getByLabelText('Search notes'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Filter by framework'), { target: { value: 'tornado' } });
    expect(items().map((i) => i.querySelector('p')?.textContent)).toEqual(['event loop notes']);
    fireEvent.change(screen.getByLabelText('Filter by framework'), { target: { value: 'none' } });
    expect(items().map((i) => i.querySelector('p')?.textContent)).toEqual(['general thought']);
    expect(screen.getByText('1 of 3 notes match, last changed first')).toBeTruthy();
  });

  it('filters by a tag when one is clicked, and says so until cleared', async () => {
    await plant(
      stored({ text: 'one', tags: ['perf'], updatedAt: 3 }),
      stored({ text: 'two', tags: ['io'], updatedAt: 2 }),
      stored({ text: 'three', tags: ['perf', 'io'], updatedAt: 1 }),
    );
    renderWithCatalog(<NotesPanel />);
    await screen.findByText('3 notes, last changed first');
    await allLoaded();
    fireEvent.click(screen.getAllByRole('button', { name: 'Show notes tagged perf' })[0] as HTMLElement);
    expect(items().map((i) => i.querySelector('p')?.textContent)).toEqual(['one', 'three']);
    expect(screen.getByText('2 of 3 notes match, last changed first')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Show notes with any tag/ }));
    expect(items()).toHaveLength(3);
  });

  it('turns #words in the text into tags when saving', async () => {
    renderWithCatalog(<NotesPanel />);
    await screen.findByText('No notes yet.');
    fireEvent.click(screen.getByRole('button', { name: 'New note' }));
    fireEvent.input(screen.getByLabelText('Note text'), {
      target: { value: 'Slow under load #perf (see #Async-IO).' },
    });
    fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'reading' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await screen.findByRole('button', { name: 'Show notes tagged perf' });
    const [saved] = await background.db.getAll('notes');
    expect(saved?.tags).toEqual(['reading', 'perf', 'async-io']);
  });

  it(`draws ${PAGE_SIZE} rows at a time, with "Show more"`, async () => {
    await plant(...Array.from({ length: 250 }, (_, i) => stored({ text: `note ${i}`, updatedAt: i })));
    renderWithCatalog(<NotesPanel />);
    await screen.findByText('250 notes, last changed first');
    await allLoaded();
    expect(items()).toHaveLength(PAGE_SIZE);
    fireEvent.click(screen.getByRole('button', { name: /Show more/ }));
    expect(items()).toHaveLength(2 * PAGE_SIZE);
    fireEvent.click(screen.getByRole('button', { name: /Show more/ }));
    expect(items()).toHaveLength(250);
    expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
  });

  it('reloads the list when sync brings notes from another device', async () => {
    renderWithCatalog(<NotesPanel />);
    await screen.findByText('No notes yet.');
    // The first view's newest notes, then the whole list: both answered before the note arrives.
    await waitFor(() => expect(vi.mocked(ask)).toHaveBeenCalledTimes(2));
    await Promise.all(vi.mocked(ask).mock.results.map((result) => result.value));
    // What the background does when another device's notes land here: store them, then say so.
    await plant(stored({ text: 'written on the laptop' }));
    expect(screen.queryByText('written on the laptop')).toBeNull();
    await browser.storage.local.set({ [NOTES_MERGED_KEY]: Date.now() });
    await screen.findByText('written on the laptop');
  });

  it('keeps the text and says why when a save fails', async () => {
    renderWithCatalog(<NotesPanel />);
    await screen.findByText('No notes yet.');
    vi.mocked(ask).mockRejectedValueOnce(new Error('The disk is full: the change was not saved.'));
    fireEvent.click(screen.getByRole('button', { name: 'New note' }));
    fireEvent.input(screen.getByLabelText('Note text'), { target: { value: 'precious' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/disk is full/);
    expect((screen.getByLabelText('Note text') as HTMLTextAreaElement).value).toBe('precious');
  });
});
