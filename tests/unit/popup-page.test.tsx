/** "On this page": asks the active tab's content script, lists groups, reveals a mention. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PagePanel } from '../../components/popup/PagePanel';
import type { PageMentions } from '../../data/page-messages';
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

  it('says plainly when no content script runs on the page', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    renderWithCatalog(<PagePanel />);
    await screen.findByText('Stackpeek is not running on this page.');
  });
});
