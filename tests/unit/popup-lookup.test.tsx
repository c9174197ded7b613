/** "Look up": fuzzy search, keyboard first, and the detail view. */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
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
  const first = (query: string) => search.search(query)[0]?.id;

  it('ranks exact names and aliases first, then prefixes, then typos', () => {
    expect(first('tornado')).toBe('tornado');
    expect(first('node.js')).toBe('nodejs');
    expect(first('NodeJS')).toBe('nodejs');
    expect(first('tornad')).toBe('tornado');
    expect(first('tornadoo')).toBe('tornado');
    expect(first('expres')).toBe('express');
  });

  it('counts a swap of two letters as one edit, and puts the name before an alias prefix', () => {
    expect(first('djnago')).toBe('django');
    expect(first('gevnet')).toBe('gevent');
    // "twistd web" is an alias of Twisted Web, but "twistd" is one edit from Twisted, which is used far more.
    expect(first('twistd')).toBe('twisted');
  });

  it('reads multi-word queries', () => {
    expect(first('react native')).toBe('react-native');
    expect(first('spring boot')).toBe('spring-boot');
    expect(search.search('native').map((f) => f.id)).toContain('react-native');
  });

  it('does not trail into unrelated entries for a prefix', () => {
    const ids = search.search('tornad').map((f) => f.id);
    expect(ids).not.toContain('yii');
    expect(ids).not.toContain('pypy');
  });

  it('finds by summary when no name matches', () => {
    const twisted = entry('twisted');
    const word = twisted.summary.split(/\W+/).find((w) => w.length > 7) ?? 'reactor';
    expect(search.search(word).map((f) => f.id)).toContain('twisted');
  });

  it('gives the most used entries for an empty query, and knows how many there are', () => {
    const top = search.search('', 5);
    expect(top).toHaveLength(5);
    expect(top.every((f) => f.figures.monthlyDownloads || f.figures.downloadRank)).toBe(true);
    expect(search.size).toBe(catalog.frameworks.length);
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

  it('offers the recently viewed and the most downloaded in an empty box, and counts the catalog', async () => {
    renderWithCatalog(<LookupPanel onCompare={vi.fn()} />);
    expect(screen.getByText(`${catalog.frameworks.length} entries in the catalog.`)).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Most downloaded (npm and PyPI)' })).toBeTruthy();
    fireEvent.input(box(), { target: { value: 'gevent' } });
    fireEvent.keyDown(box(), { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: '← Back to results' }));
    fireEvent.input(box(), { target: { value: '' } });
    await waitFor(() =>
      expect(
        within(screen.getByRole('group', { name: 'Recently viewed' })).getAllByRole('option')[0]?.textContent,
      ).toMatch(/^gevent/),
    );
  });

  it('says when nothing matches', () => {
    renderWithCatalog(<LookupPanel onCompare={vi.fn()} />);
    fireEvent.input(box(), { target: { value: 'qqqqqqqqqq' } });
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(screen.getByText(/No frameworks match/, { selector: 'p.empty' })).toBeTruthy();
  });
});
