/** "On this page": asks the active tab's content script, lists groups, reveals a mention. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PagePanel } from '../../components/popup/PagePanel';
import type { PageMentions } from '../../data/page-messages';
import { loadSettings, updateSettings } from '../../data/settings';
import { renderWithCatalog } from './popup-fixtures';

const sendMessage = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  // The fake's query cannot filter by current window: the active tab is stubbed.
  fakeBrowser.tabs.query = vi.fn(async () => [{ id: 7, active: true }]) as never;
  sendMessage.mockReset();
  fakeBrowser.tabs.sendMessage = sendMessage as never;
});
afterEach(cleanup);

const mentions = (overrides: Partial<PageMentions> = {}): PageMentions => ({
  enabled: true,
  site: 'stackoverflow.com',
  highlights: true,
  groups: [
    { frameworkId: 'tornado', count: 3 },
    { frameworkId: 'twisted', count: 1 },
  ],
  ...overrides,
});

describe('PagePanel', () => {
  it('lists the frameworks on the page with their counts', async () => {
    sendMessage.mockResolvedValue(mentions());
    renderWithCatalog(<PagePanel />);
    await screen.findByRole('heading', { name: '4 mentions of 2 frameworks' });
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'page/mentions' });
    expect(screen.getByRole('button', { name: 'Tornado 3 mentions' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Twisted 1 mention' })).toBeTruthy();
  });

  it('reveals the chosen framework on the page, then closes the popup', async () => {
    sendMessage.mockImplementation(async (_tab, request: { type: string }) =>
      request.type === 'page/mentions' ? mentions() : true,
    );
    const closePopup = vi.fn();
    renderWithCatalog(<PagePanel closePopup={closePopup} />);
    fireEvent.click(await screen.findByRole('button', { name: /^Twisted/ }));
    await waitFor(() => expect(closePopup).toHaveBeenCalled());
    expect(sendMessage).toHaveBeenLastCalledWith(7, { type: 'page/reveal', frameworkId: 'twisted' });
  });

  it('says so when the mention has gone, and stays open', async () => {
    sendMessage.mockImplementation(async (_tab, request: { type: string }) =>
      request.type === 'page/mentions' ? mentions() : false,
    );
    const closePopup = vi.fn();
    renderWithCatalog(<PagePanel closePopup={closePopup} />);
    fireEvent.click(await screen.findByRole('button', { name: /^Tornado/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/no longer on the page/);
    expect(closePopup).not.toHaveBeenCalled();
  });

  it('says plainly when Stackpeek is off on the site', async () => {
    sendMessage.mockResolvedValue(mentions({ enabled: false, groups: [], site: 'github.com' }));
    renderWithCatalog(<PagePanel />);
    await screen.findByText('Stackpeek is off on github.com.');
    expect(screen.getByRole('button', { name: 'Open Stackpeek options' })).toBeTruthy();
  });

  it('says plainly when it found nothing', async () => {
    sendMessage.mockResolvedValue(mentions({ groups: [] }));
    renderWithCatalog(<PagePanel />);
    await screen.findByText('Stackpeek found no frameworks on this page.');
  });

  it("steps through one framework's mentions with the popup open, saying where it is", async () => {
    sendMessage.mockImplementation(async (_tab, request: { type: string }) =>
      request.type === 'page/mentions' ? mentions() : request.type === 'page/reveal' ? true : undefined,
    );
    const closePopup = vi.fn();
    renderWithCatalog(<PagePanel closePopup={closePopup} />);
    const next = await screen.findByRole('button', { name: 'Next mention of Tornado' });
    fireEvent.click(next);
    await screen.findByText('1 of 3');
    expect(sendMessage).toHaveBeenLastCalledWith(7, { type: 'page/reveal', frameworkId: 'tornado' });
    fireEvent.click(next);
    await screen.findByText('2 of 3');
    expect(sendMessage).toHaveBeenLastCalledWith(7, { type: 'page/reveal', frameworkId: 'tornado', index: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Previous mention of Tornado' }));
    await screen.findByText('1 of 3');
    expect(closePopup).not.toHaveBeenCalled();
    // A framework named once has nothing to step through.
    expect(screen.queryByRole('button', { name: 'Next mention of Twisted' })).toBeNull();
  });

  it('pauses on the site, and resumes', async () => {
    let paused = false;
    sendMessage.mockImplementation(async (_tab, request: { type: string }) =>
      request.type === 'page/mentions' ? mentions({ enabled: !paused }) : undefined,
    );
    renderWithCatalog(<PagePanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'Pause on stackoverflow.com' }));
    await waitFor(async () => expect((await loadSettings()).pausedSites).toEqual(['stackoverflow.com']));
    paused = true;
    fireEvent.click(await screen.findByRole('button', { name: 'Resume on stackoverflow.com' }, { timeout: 3000 }));
    await waitFor(async () => expect((await loadSettings()).pausedSites).toEqual([]));
  });

  it('lists what is muted here, each with Restore', async () => {
    await updateSettings((s) => ({
      ...s,
      mutedWords: [
        { site: 'stackoverflow.com', word: 'express' },
        { site: '*', word: 'spring' },
        { site: 'github.com', word: 'flask' },
      ],
      mutedFrameworks: ['django'],
    }));
    sendMessage.mockImplementation(async (_tab, request: { type: string }) =>
      request.type === 'page/mentions'
        ? mentions()
        : request.type === 'page/mutes' || request.type === 'page/unmute'
          ? { words: request.type === 'page/mutes' ? ['bottle'] : [], mentions: 2 }
          : undefined,
    );
    renderWithCatalog(<PagePanel />);
    const list = await screen.findByRole('region', { name: /Not marked/ });
    const labels = [...list.querySelectorAll('li span')].map((span) => span.textContent);
    expect(labels).toEqual([
      '2 single mentions on this page',
      '“bottle” on this page',
      '“express” on stackoverflow.com',
      '“spring” on every site',
      'Django (muted everywhere)',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Restore “express” on stackoverflow.com' }));
    await waitFor(async () =>
      expect((await loadSettings()).mutedWords.map((m) => m.word)).toEqual(['spring', 'flask']),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Restore “bottle” on this page' }));
    await waitFor(() => expect(sendMessage).toHaveBeenCalledWith(7, { type: 'page/unmute', word: 'bottle' }));
  });

  it('says plainly when no content script runs on the page', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    renderWithCatalog(<PagePanel />);
    await screen.findByText('Stackpeek is not running on this page.');
  });
});
