/** "Look up": fuzzy search, keyboard first, and the detail view. */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFrameworkSearch } from '../../components/framework/framework-search';
import { LookupPanel } from '../../components/popup/LookupPanel';
import { catalog, entry, renderWithCatalog } from './popup-fixtures';

afterEach(cleanup);

const box = () => screen.getByRole('combobox', { name: 'Search frameworks' }) as HTMLInputElement;
const activeOption = () => {
  const id = box().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

describe('framework search', () => {
  const search = createFrameworkSearch(catalog.frameworks);

  it('finds by name despite a typo, by alias and by summary', () => {
    expect(search.search('tornadoo')[0]?.id).toBe('tornado');
    expect(search.search('node.js')[0]?.id).toBe('nodejs');
    const twisted = entry('twisted');
    const word = twisted.summary.split(/\W+/).find((w) => w.length > 7) ?? 'reactor';
    expect(search.search(word).map((f) => f.id)).toContain('twisted');
  });

  it('lists entries alphabetically for an empty query', () => {
    const names = search.search('', 5).map((f) => f.name);
    expect(names).toEqual(catalog.frameworks.slice(0, 5).map((f) => f.name));
  });
});

describe('LookupPanel', () => {
  it('is a labelled combobox whose options follow the query', () => {
    renderWithCatalog(<LookupPanel onCompare={vi.fn()} />);
    fireEvent.input(box(), { target: { value: 'gevent' } });
    const options = screen.getAllByRole('option');
    expect(options[0]?.textContent).toMatch(/^gevent/);
    expect(activeOption()).toBe(options[0]);
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
  });

  it('moves with the arrows and opens the active entry with Enter', () => {
    renderWithCatalog(<LookupPanel onCompare={vi.fn()} />);
    fireEvent.input(box(), { target: { value: 'twisted' } });
    const second = screen.getAllByRole('option')[1];
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(activeOption()).toBe(second);
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    expect(activeOption()).toBe(screen.getAllByRole('option')[0]);
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(screen.getByRole('heading', { level: 2, name: 'Twisted' })).toBeTruthy();
  });

  it('shows everything the catalog has in the detail view, and goes back', () => {
    const tornado = entry('tornado');
    renderWithCatalog(<LookupPanel onCompare={vi.fn()} />);
    fireEvent.input(box(), { target: { value: 'tornado' } });
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(screen.getByText(tornado.description)).toBeTruthy();
    expect(screen.getByText(tornado.concurrency.detail)).toBeTruthy();
    if (tornado.links.docs)
      expect(screen.getByRole('link', { name: 'Docs' }).getAttribute('href')).toBe(tornado.links.docs);
    for (const hint of tornado.contextHints.slice(0, 3)) expect(screen.getByText(hint)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '← Back to results' }));
    expect(box().value).toBe('tornado');
  });

  it('offers "Compare with" for each alternative', () => {
    const onCompare = vi.fn();
    renderWithCatalog(<LookupPanel onCompare={onCompare} />);
    fireEvent.input(box(), { target: { value: 'tornado' } });
    fireEvent.keyDown(box(), { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Compare Tornado with Twisted' }));
    expect(onCompare).toHaveBeenCalledWith(['tornado', 'twisted']);
  });

  it('says when nothing matches', () => {
    renderWithCatalog(<LookupPanel onCompare={vi.fn()} />);
    fireEvent.input(box(), { target: { value: 'qqqqqqqqqq' } });
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(screen.getByText(/No frameworks match/, { selector: 'p.empty' })).toBeTruthy();
  });
});
