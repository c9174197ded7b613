/** The hover card's content and its actions, as a component. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FrameworkCard, type FrameworkCardProps } from '../../components/card/FrameworkCard';
import { loadCatalog } from '../../data/load-catalog';
import type { FrameworkDetails } from '../../data/messages';

const tornado = loadCatalog().frameworks.find((framework) => framework.id === 'tornado');
if (!tornado) throw new Error('the catalog has no tornado entry');

const details: FrameworkDetails = {
  framework: tornado,
  alternatives: [
    { id: 'twisted', name: 'Twisted' },
    { id: 'gevent', name: 'gevent' },
  ],
  comparisons: [],
  notes: [
    {
      id: 'n1',
      frameworkId: 'tornado',
      text: 'See https://www.tornadoweb.org/en/stable/guide.html for the guide',
      tags: [],
      pageUrl: null,
      pageTitle: null,
      createdAt: 1,
      updatedAt: 1,
    },
  ],
};

function renderCard(overrides: Partial<FrameworkCardProps> = {}) {
  const props: FrameworkCardProps = {
    name: 'Tornado',
    word: 'Tornado',
    site: 'stackoverflow.com',
    state: { status: 'ready', details },
    offer: null,
    onAddNote: vi.fn(async () => undefined),
    onCompare: vi.fn(),
    onNotFramework: vi.fn(),
    onWiden: vi.fn(),
    onMuteFramework: vi.fn(),
    onUndo: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  render(<FrameworkCard {...props} />);
  return props;
}

afterEach(cleanup);

function openMore() {
  const details = document.querySelector('details') as HTMLDetailsElement;
  details.open = true;
  fireEvent(details, new Event('toggle'));
}

describe('FrameworkCard', () => {
  it('is a non-modal dialog named after the framework', () => {
    renderCard();
    const dialog = screen.getByRole('dialog', { name: 'Tornado — Stackpeek' });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
  });

  it('opens with the summary: kind, one sentence, key figures, concurrency in a line', async () => {
    renderCard();
    expect(screen.getByText(tornado.summary)).toBeTruthy();
    expect(screen.getByText(/Concurrency:/).parentElement?.textContent).toMatch(/event loop/);
    const figures = screen.getByRole('list', { name: 'Key figures' });
    if (tornado.figures.latest) expect(figures.textContent).toContain(tornado.figures.latest.version);
    if (tornado.figures.license) expect(figures.textContent).toContain(tornado.figures.license.id);
    // The concurrency paragraph and the pros wait behind "More", drawn when it opens.
    const more = screen.getByText('More · 1 note').closest('details') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    expect(more.textContent).not.toContain(tornado.concurrency.detail);
    openMore();
    await waitFor(() => expect(more.textContent).toContain(tornado.concurrency.detail));
    expect(within(more).getByRole('region', { name: 'Pros' })).toBeTruthy();
  });

  it('leaves out the figures an entry does not have', () => {
    const bare = { ...details, framework: { ...tornado, figures: {} } };
    renderCard({ state: { status: 'ready', details: bare } });
    expect(screen.queryByRole('list', { name: 'Key figures' })).toBeNull();
    expect(screen.getByText(/Concurrency:/)).toBeTruthy();
  });

  it('shows notes with their links as links, and opens docs in a new tab', async () => {
    renderCard();
    openMore();
    const link = await screen.findByRole('link', { name: 'https://www.tornadoweb.org/en/stable/guide.html' });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(screen.getByRole('link', { name: 'Docs' }).getAttribute('target')).toBe('_blank');
  });

  it('compares with an alternative and mutes', () => {
    const props = renderCard();
    fireEvent.click(screen.getByRole('button', { name: 'Twisted' }));
    expect(props.onCompare).toHaveBeenCalledWith('twisted');
    fireEvent.click(screen.getByRole('button', { name: 'Not a framework here' }));
    expect(props.onNotFramework).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Mute Tornado' }));
    expect(props.onMuteFramework).toHaveBeenCalledOnce();
  });

  it('offers Undo (focused) and the wider scopes after "Not a framework here"', () => {
    const props = renderCard({ offer: { kind: 'word', word: 'tornado', scope: 'mention' } });
    expect(screen.getByRole('status').textContent).toBe('This “tornado” is no longer marked.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    fireEvent.click(screen.getByRole('button', { name: 'On stackoverflow.com' }));
    expect(props.onWiden).toHaveBeenCalledWith('site');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(props.onUndo).toHaveBeenCalledOnce();
    cleanup();
    renderCard({ offer: { kind: 'word', word: 'tornado', scope: 'site' } });
    expect(screen.queryByRole('button', { name: 'On stackoverflow.com' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Everywhere' })).toBeTruthy();
    cleanup();
    renderCard({ offer: { kind: 'framework' } });
    expect(screen.getByRole('status').textContent).toMatch(/Tornado is muted/);
  });

  it('adds a note inline with tags, and keeps the text when saving fails', async () => {
    const onAddNote = vi.fn(async () => {
      throw new Error('The disk is full: the change was not saved.');
    });
    renderCard({ onAddNote });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    const box = screen.getByLabelText('Note on Tornado') as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'IOLoop per thread' } });
    fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'io, Perf' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/disk is full/));
    expect(onAddNote).toHaveBeenCalledWith('IOLoop per thread', ['io', 'perf']);
    expect((screen.getByLabelText('Note on Tornado') as HTMLTextAreaElement).value).toBe('IOLoop per thread');
  });

  it('says when loading and when the record could not be read', () => {
    renderCard({ state: { status: 'loading' } });
    expect(screen.getByText('Loading…')).toBeTruthy();
    cleanup();
    renderCard({ state: { status: 'error', message: 'Stackpeek has no entry "x".' } });
    expect(screen.getByRole('alert').textContent).toBe('Stackpeek has no entry "x".');
  });
});
