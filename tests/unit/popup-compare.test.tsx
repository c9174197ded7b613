/** "Compare": one table for two or three entries, curated rows with footnoted corrections, comboboxes as pickers. */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComparePanel } from '../../components/popup/ComparePanel';
import { curatedFor } from '../../data/compare';
import { buildCompareTable } from '../../data/compare-table';
import { catalog, entry, renderWithCatalog } from './popup-fixtures';

afterEach(cleanup);

const columnNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('columnheader')
    .map((th) => th.textContent);
const picker = (name: string) => screen.getByRole('combobox', { name }) as HTMLInputElement;

describe('ComparePanel', () => {
  it('asks for a choice until two are picked', () => {
    renderWithCatalog(<ComparePanel ids={['tornado']} onChange={vi.fn()} />);
    expect(screen.getByText(/Choose two or three frameworks/)).toBeTruthy();
    expect(picker('First framework').value).toBe('Tornado');
    expect(picker('Third framework (optional)').disabled).toBe(true);
  });

  it('puts the curated dimensions of Tornado vs Twisted in the table, corrections as footnotes', () => {
    renderWithCatalog(<ComparePanel ids={['tornado', 'twisted']} onChange={vi.fn()} />);
    const curated = curatedFor(catalog.comparisons, ['tornado', 'twisted'])[0];
    if (!curated) throw new Error('no curated Tornado vs Twisted');
    const tables = screen.getAllByRole('table');
    expect(tables).toHaveLength(1);
    const table = tables[0] as HTMLElement;
    expect(table.getAttribute('aria-labelledby')).toBe('compare-title');
    for (const dimension of curated.dimensions) {
      expect(within(table).getByRole('rowheader', { name: new RegExp(dimension.name.slice(0, 20)) })).toBeTruthy();
    }
    const corrected = curated.dimensions.find((d) => d.correction);
    if (corrected) {
      const notes = screen.getByRole('list', { name: 'Notes' });
      expect(within(notes).getByText(`Correction: ${corrected.correction}`)).toBeTruthy();
      // The label cell holds the name, a footnote number and maybe "more", not the correction.
      const label = within(table).getByRole('rowheader', { name: new RegExp(corrected.name.slice(0, 20)) });
      expect(label.textContent?.replace(/(less|more)$/, '').length).toBeLessThan(corrected.name.length + 4);
    }
    expect(screen.getByText(/Curated from:/)).toBeTruthy();
  });

  it('builds the attribute rows for a pair without a curated comparison, hiding rows where they agree', () => {
    renderWithCatalog(<ComparePanel ids={['flask', 'express']} onChange={vi.fn()} />);
    const table = screen.getByRole('table', { name: 'Flask vs Express' });
    expect(columnNames(table)).toEqual(['Flask', 'Express']);
    for (const label of [/^Languages$/, /^Pros\b(?! and)/, /^Cons\b/])
      expect(within(table).getByRole('rowheader', { name: label })).toBeTruthy();
    const showSame = screen.getByRole('button', { name: /Show the \d+ rows where they agree/ });
    const before = within(table).getAllByRole('rowheader').length;
    fireEvent.click(showSame);
    expect(within(table).getAllByRole('rowheader').length).toBeGreaterThan(before);
    for (const label of ['Kind', 'Concurrency model', 'Built-in HTTP server', 'First release', 'License'])
      expect(within(table).getByRole('rowheader', { name: label })).toBeTruthy();
  });

  it('compares three entries in one table, with both curated pairs as row sections', () => {
    renderWithCatalog(<ComparePanel ids={['tornado', 'twisted', 'gevent']} onChange={vi.fn()} />);
    expect(screen.getAllByRole('table')).toHaveLength(1);
    const model = buildCompareTable([entry('tornado'), entry('twisted'), entry('gevent')], catalog.comparisons);
    expect(model.sections.filter((section) => section.title.includes('curated'))).toHaveLength(2);
    expect(model.sections.every((section) => section.rows.every((row) => row.cells.length === 3))).toBe(true);
    expect(columnNames(screen.getByRole('table'))).toEqual(['Tornado', 'Twisted', 'gevent']);
  });

  it('picks with the keyboard through the same search as Look up, dropping repeats', () => {
    const onChange = vi.fn();
    renderWithCatalog(<ComparePanel ids={['tornado', 'twisted']} onChange={onChange} />);
    const third = picker('Third framework (optional)');
    fireEvent.focus(third);
    fireEvent.input(third, { target: { value: 'gevnet' } });
    expect(third.getAttribute('aria-expanded')).toBe('true');
    const options = within(screen.getByRole('listbox', { name: /Third framework/ })).getAllByRole('option');
    expect(options[0]?.textContent).toMatch(/^gevent/);
    fireEvent.keyDown(third, { key: 'Enter' });
    expect(onChange).toHaveBeenLastCalledWith(['tornado', 'twisted', 'gevent']);
    // A slot never offers what another slot holds.
    const second = picker('Second framework');
    fireEvent.input(second, { target: { value: 'tornado' } });
    const offered = within(screen.getByRole('listbox', { name: /Second framework/ }))
      .queryAllByRole('option')
      .map((o) => o.id);
    expect(offered).not.toContain('compare-1-option-tornado');
    fireEvent.input(second, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(['tornado']);
  });

  it('names ids it does not know', () => {
    renderWithCatalog(<ComparePanel ids={['tornado', 'nope']} onChange={vi.fn()} />);
    expect(screen.getByRole('alert').textContent).toMatch(/no entry for nope/);
  });
});
