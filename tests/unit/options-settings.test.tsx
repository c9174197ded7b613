/** The options page: sensitivity, hover delay, theme, muted words and frameworks, shortcuts. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setTheme } from '../../components/options/apply-theme';
import { Options } from '../../components/options/Options';
import { ShortcutsSection } from '../../components/options/ShortcutsSection';
import { loadSettings, updateSettings } from '../../data/settings';
import { renderWithCatalog } from './popup-fixtures';

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser, {
    commands: {
      getAll: vi.fn(async () => [
        { name: 'next-mention', description: 'Open the card of the next framework mention', shortcut: 'Alt+Shift+J' },
        { name: 'previous-mention', description: 'Open the card of the previous framework mention', shortcut: '' },
        { name: '_execute_action', shortcut: '' },
      ]),
    },
  });
});
afterEach(cleanup);

describe('Options', () => {
  it('saves sensitivity, hover delay and theme as they change', async () => {
    renderWithCatalog(<Options />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Strict' }));
    await waitFor(async () => expect((await loadSettings()).sensitivity).toBe('strict'));
    fireEvent.change(screen.getByLabelText('Hover delay before the card opens'), { target: { value: '650' } });
    await waitFor(async () => expect((await loadSettings()).hoverDelayMs).toBe(650));
    expect(screen.getByText('650 ms')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(async () => expect((await loadSettings()).theme).toBe('dark'));
  });

  it('shows changes made elsewhere (e.g. "Mute" in a card) and removes muted items', async () => {
    renderWithCatalog(<Options />);
    await screen.findByText('No muted frameworks.');
    await updateSettings((s) => ({
      ...s,
      mutedFrameworks: ['tornado'],
      mutedWords: [{ site: 'github.com', word: 'flask' }],
    }));
    fireEvent.click(await screen.findByRole('button', { name: 'Unmute Tornado' }));
    await waitFor(async () => expect((await loadSettings()).mutedFrameworks).toEqual([]));
    fireEvent.click(screen.getByRole('button', { name: 'Unmute “flask” on github.com' }));
    await waitFor(async () => expect((await loadSettings()).mutedWords).toEqual([]));
  });

  it('mutes a framework and a word on a site from the page', async () => {
    renderWithCatalog(<Options />);
    fireEvent.change(await screen.findByLabelText('Mute a framework'), { target: { value: 'gevent' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mute' }));
    await screen.findByRole('button', { name: 'Unmute gevent' });
    fireEvent.input(screen.getByLabelText('Word'), { target: { value: ' Bottle ' } });
    fireEvent.input(screen.getByLabelText(/^On site/), { target: { value: 'GitHub.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mute word' }));
    await waitFor(async () =>
      expect((await loadSettings()).mutedWords).toEqual([{ site: 'github.com', word: 'bottle' }]),
    );
  });
});

describe('ShortcutsSection', () => {
  it('lists the shortcuts and where to change them', async () => {
    renderWithCatalog(<ShortcutsSection isFirefox={false} />);
    expect((await screen.findByText('Alt+Shift+J')).tagName).toBe('KBD');
    expect(screen.getByText(/^Not set: the browser gave this key to something else/)).toBeTruthy();
    expect(screen.getByText('chrome://extensions/shortcuts')).toBeTruthy();
    const create = vi.fn(async () => ({}));
    fakeBrowser.tabs.create = create as never;
    fireEvent.click(screen.getByRole('button', { name: 'Open shortcut settings' }));
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });

  it('points Firefox readers to the Add-ons Manager', async () => {
    renderWithCatalog(<ShortcutsSection isFirefox />);
    await screen.findByText(/Manage Extension/);
  });
});

describe('setTheme', () => {
  it('sets data-theme for light and dark, and clears it for auto', () => {
    const root = document.createElement('html');
    setTheme(root, 'dark');
    expect(root.dataset.theme).toBe('dark');
    setTheme(root, 'auto');
    expect(root.hasAttribute('data-theme')).toBe(false);
  });
  it('sets the mark density', async () => {
    renderWithCatalog(<Options />);
    fireEvent.click(await screen.findByRole('radio', { name: 'The first on the page' }));
    await waitFor(async () => expect((await loadSettings()).markDensity).toBe('first-on-page'));
  });
});
