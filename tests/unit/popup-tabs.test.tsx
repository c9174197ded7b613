/** The popup's four tabs: names, the WAI-ARIA keyboard pattern, and opening from the address. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lastComparisonItem } from '../../components/popup/last-comparison';
import { Popup } from '../../components/popup/Popup';
import { readLocation } from '../../components/popup/popup-location';
import { renderWithCatalog } from './popup-fixtures';

vi.mock('../../data/ask', async (original) => ({
  ...(await original<typeof import('../../data/ask')>()),
  ask: vi.fn(async () => ({ notes: [], unreadable: 0 })),
}));

beforeEach(() => {
  fakeBrowser.reset();
  // No content script answers in these tests.
  fakeBrowser.tabs.sendMessage = vi.fn(async () => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  }) as never;
});
afterEach(cleanup);

const NAMES = ['On this page', 'Look up', 'Compare', 'Notes'];

describe('Popup tabs', () => {
  it('has the four tabs by name, the first selected', () => {
    renderWithCatalog(<Popup />);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(NAMES);
    expect(screen.getByRole('tab', { name: 'On this page' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'On this page' })).toBeTruthy();
  });

  it('moves with the arrow keys, Home and End, wrapping round, with one tab stop', () => {
    renderWithCatalog(<Popup />);
    const first = screen.getByRole('tab', { name: 'On this page' });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    const lookUp = screen.getByRole('tab', { name: 'Look up' });
    expect(lookUp.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(lookUp);
    expect(screen.getAllByRole('tab').filter((tab) => tab.tabIndex === 0)).toEqual([lookUp]);
    fireEvent.keyDown(lookUp, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Notes' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { name: 'Notes' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(first.getAttribute('aria-selected')).toBe('true');
  });

  it('keeps a visited panel (and what was typed in it) when switching away and back', () => {
    renderWithCatalog(<Popup />);
    fireEvent.click(screen.getByRole('tab', { name: 'Look up' }));
    fireEvent.input(screen.getByLabelText('Search frameworks'), { target: { value: 'gevent' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Compare' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Look up' }));
    expect((screen.getByLabelText('Search frameworks') as HTMLInputElement).value).toBe('gevent');
  });

  it('opens on Compare with the pair from #compare=a,b and remembers it', async () => {
    renderWithCatalog(<Popup hash="#compare=tornado,twisted" />);
    expect(screen.getByRole('tab', { name: 'Compare' }).getAttribute('aria-selected')).toBe('true');
    expect((screen.getByLabelText('First framework') as HTMLInputElement).value).toBe('Tornado');
    expect((screen.getByLabelText('Second framework') as HTMLInputElement).value).toBe('Twisted');
    expect(screen.getByRole('heading', { level: 2, name: 'Tornado vs Twisted' })).toBeTruthy();
    await waitFor(async () => expect(await lastComparisonItem.getValue()).toEqual(['tornado', 'twisted']));
  });

  it('opens Compare on the last comparison when the address names none', async () => {
    await lastComparisonItem.setValue(['flask', 'django']);
    renderWithCatalog(<Popup hash="#compare" />);
    await screen.findByRole('heading', { level: 2, name: 'Flask vs Django' });
  });
});

describe('readLocation', () => {
  it('reads tabs and comparisons from the hash, ignoring junk', () => {
    expect(readLocation('')).toEqual({ tab: 'on-this-page' });
    expect(readLocation('#notes')).toEqual({ tab: 'notes' });
    expect(readLocation('#compare=tornado,gevent')).toEqual({ tab: 'compare', compare: ['tornado', 'gevent'] });
    expect(readLocation('#compare=a,a,<b>,c,d,e')).toEqual({ tab: 'compare', compare: ['a', 'c', 'd'] });
    expect(readLocation('#whatever')).toEqual({ tab: 'on-this-page' });
  });
});
