/** Export, import (every problem shown, record by record) and "Delete all notes" — through the real background. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { NotesFileSection } from '../../components/options/NotesFileSection';
import { connectBackground } from './popup-fixtures';

vi.mock('../../data/ask', async (original) => ({
  ...(await original<typeof import('../../data/ask')>()),
  ask: vi.fn(),
}));

const background = connectBackground();
const NOTE = {
  id: 'n1',
  frameworkId: 'tornado',
  text: 'IOLoop notes',
  tags: ['io'],
  pageUrl: null,
  pageTitle: null,
  createdAt: 1,
  updatedAt: 2,
};

function chooseFile(text: string, name = 'notes.json') {
  const input = screen.getByLabelText('Import notes from a JSON export') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const exportFile = (notes: unknown[]) =>
  JSON.stringify({ format: 'stackpeek-notes', version: 1, exportedAt: '2026-01-01T00:00:00Z', notes });

describe('NotesFileSection', () => {
  it('exports JSON and Markdown as downloads through a Blob URL', async () => {
    await background.db.put('notes', NOTE);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:stackpeek/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<NotesFileSection />);
    fireEvent.click(screen.getByRole('button', { name: 'Export notes (JSON)' }));
    await screen.findByText('Exported 1 note.');
    expect(JSON.parse(await (blobs[0] as Blob).text()).notes).toEqual([NOTE]);
    expect((clicks.mock.contexts[0] as HTMLAnchorElement).download).toMatch(
      /^stackpeek-notes-\d{4}-\d{2}-\d{2}\.json$/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export notes (Markdown)' }));
    await waitFor(() => expect(blobs).toHaveLength(2));
    expect(await (blobs[1] as Blob).text()).toMatch(/IOLoop notes/);
  });

  it('imports a valid file and says what changed', async () => {
    render(<NotesFileSection />);
    chooseFile(exportFile([NOTE]));
    await screen.findByText('Imported: 1 added, 0 updated, 0 unchanged.');
    expect(await background.db.get('notes', 'n1')).toEqual(NOTE);
  });

  it('refuses a bad file, listing every problem record by record, and changes nothing', async () => {
    render(<NotesFileSection />);
    chooseFile(exportFile([NOTE, { ...NOTE, id: '' }, { ...NOTE, id: 'n3', createdAt: 'yesterday' }]));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Nothing was imported/);
    const problems = [...alert.querySelectorAll('li')].map((li) => li.textContent);
    expect(problems.some((p) => p?.startsWith('Note 2'))).toBe(true);
    expect(problems.some((p) => p?.startsWith('Note 3'))).toBe(true);
    expect(await background.db.count('notes')).toBe(0);
  });

  it('refuses a truncated file with a reason', async () => {
    render(<NotesFileSection />);
    chooseFile(exportFile([NOTE]).slice(0, 40));
    expect((await screen.findByRole('alert')).textContent).toMatch(/truncated|ends too early/i);
  });

  it('deletes all notes only after a confirmation, focusing Cancel first', async () => {
    await background.db.put('notes', NOTE);
    render(<NotesFileSection />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all notes…' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' })));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await background.db.count('notes')).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all notes…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete all notes' }));
    await screen.findByText('Deleted 1 note.');
    expect(await background.db.count('notes')).toBe(0);
  });
});
