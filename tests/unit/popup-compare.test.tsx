/** "Compare": curated dimensions, the attribute table for any pair, numbers, chart, pros and cons. */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComparePanel } from '../../components/popup/ComparePanel';
import { curatedFor } from '../../data/compare';
import { catalog, renderWithCatalog } from './popup-fixtures';

afterEach(cleanup);

describe('ComparePanel', () => {
  it('asks for a choice until two are picked', () => {
    renderWithCatalog(<ComparePanel ids={['tornado']} onChange={vi.fn()} />);
    expect(screen.getByText(/Choose two or three frameworks/)).toBeTruthy();
    expect((screen.getByLabelText('Third framework (optional)') as HTMLSelectElement).disabled).toBe(true);
  });

  it('shows the curated dimensions of Tornado vs Twisted with corrections and sources', () => {
    renderWithCatalog(<ComparePanel ids={['tornado', 'twisted']} onChange={vi.fn()} />);
    const curated = curatedFor(catalog.comparisons, ['tornado', 'twisted'])[0];
    if (!curated) throw new Error('no curated Tornado vs Twisted');
    const section = screen.getByRole('region', { name: curated.title });
    for (const dimension of curated.dimensions) {
      expect(within(section).getByRole('rowheader', { name: new RegExp(dimension.name.slice(0, 20)) })).toBeTruthy();
    }
    const corrected = curated.dimensions.find((d) => d.correction);
    if (corrected) expect(within(section).getByText(`Correction: ${corrected.correction}`)).toBeTruthy();
    expect(within(section).getByText(/Sources:/)).toBeTruthy();
  });

  it('builds the attribute table for a pair without a curated comparison', () => {
    renderWithCatalog(<ComparePanel ids={['flask', 'express']} onChange={vi.fn()} />);
    const table = screen.getByRole('table', { name: 'Attributes side by side' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Flask', 'Express']);
    for (const label of ['Kind', 'Languages', 'Concurrency model', 'Built-in HTTP server', 'First release', 'License'])
      expect(within(table).getByRole('rowheader', { name: label })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Pros of Flask' })).toBeTruthy();
  });

  it('draws the figures as bars with an accessible summary', () => {
    const withStats = catalog.frameworks.filter((f) => f.stats.length > 0).slice(0, 2);
    if (withStats.length < 2) return; // The catalog carries no figures yet.
    renderWithCatalog(<ComparePanel ids={withStats.map((f) => f.id)} onChange={vi.fn()} />);
    const charts = screen.getAllByRole('img');
    expect(charts.length).toBeGreaterThan(0);
    expect(charts[0]?.getAttribute('aria-label')).toMatch(new RegExp(withStats.map((f) => f.name).join('|')));
    expect(charts[0]?.querySelectorAll('rect').length).toBeGreaterThan(0);
  });

  it('changes the choice, dropping repeats, and adds a third', () => {
    const onChange = vi.fn();
    renderWithCatalog(<ComparePanel ids={['tornado', 'twisted']} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Third framework (optional)'), { target: { value: 'gevent' } });
    expect(onChange).toHaveBeenLastCalledWith(['tornado', 'twisted', 'gevent']);
    fireEvent.change(screen.getByLabelText('Second framework'), { target: { value: 'tornado' } });
    expect(onChange).toHaveBeenLastCalledWith(['tornado']);
  });

  it('names ids it does not know', () => {
    renderWithCatalog(<ComparePanel ids={['tornado', 'nope']} onChange={vi.fn()} />);
    expect(screen.getByRole('alert').textContent).toMatch(/no entry for nope/);
  });
});
