/** The hover card's content and its actions, as a component. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
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
    state: { status: 'ready', details },
    onAddNote: vi.fn(async () => undefined),
    onCompare: vi.fn(),
    onMuteWord: vi.fn(),
    onMuteFramework: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  render(<FrameworkCard {...props} />);
  return props;
}

afterEach(cleanup);

describe('FrameworkCard', () => {
  it('is a non-modal dialog named after the framework', () => {
    renderCard();
    const dialog = screen.getByRole('dialog', { name: 'Tornado — Stackpeek' });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
  });

  it('shows what the framework is, its numbers with sources, and its most voted pros', () => {
    renderCard();
    expect(screen.getByText(tornado.summary)).toBeTruthy();
    expect(screen.getByText(/Concurrency:/)).toBeTruthy();
    expect(screen.getByText('GitHub stars')).toBeTruthy();
    expect(screen.getAllByText(/StackShare/).length).toBeGreaterThan(0);
    const pros = screen.getByRole('region', { name: 'Pros' });
    expect(pros.querySelectorAll('li')).toHaveLength(3);
    expect(pros.textContent).toMatch(/37 votes/);
  });

  it('shows notes with their links as links, and opens docs in a new tab', () => {
    renderCard();
    const link = screen.getByRole('link', { name: 'https://www.tornadoweb.org/en/stable/guide.html' });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(screen.getByRole('link', { name: 'Docs' }).getAttribute('target')).toBe('_blank');
  });

  it('compares with an alternative and mutes', () => {
    const props = renderCard();
    fireEvent.click(screen.getByRole('button', { name: 'Twisted' }));
    expect(props.onCompare).toHaveBeenCalledWith('twisted');
    fireEvent.click(screen.getByRole('button', { name: 'Not a framework here' }));
    expect(props.onMuteWord).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Mute Tornado' }));
    expect(props.onMuteFramework).toHaveBeenCalledOnce();
  });

  it('adds a note inline, and keeps the text when saving fails', async () => {
    const onAddNote = vi.fn(async () => {
      throw new Error('The disk is full: the change was not saved.');
    });
    renderCard({ onAddNote });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    const box = screen.getByLabelText('Note on Tornado') as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'IOLoop per thread' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/disk is full/));
    expect(onAddNote).toHaveBeenCalledWith('IOLoop per thread');
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
