/** The options page's sites: switches that save at once, and optional permissions asked in the click. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SitesSection } from '../../components/options/SitesSection';
import { knownSitesItem } from '../../components/options/site-permissions';
import { useSettings } from '../../components/options/use-settings';
import { loadSettings } from '../../data/settings';
import { STACK_EXCHANGE_PATTERNS, toOrigin, wantedPatterns } from '../../data/site-patterns';
import { renderWithCatalog } from './popup-fixtures';

const request = vi.fn();
const remove = vi.fn();

function Harness() {
  const { settings, update } = useSettings();
  return settings ? <SitesSection settings={settings} update={update} /> : null;
}

beforeEach(() => {
  fakeBrowser.reset();
  request.mockReset().mockResolvedValue(true);
  remove.mockReset().mockResolvedValue(true);
  Object.assign(fakeBrowser, { permissions: { request, remove } });
});
afterEach(cleanup);

const switchNamed = (name: string) => screen.getByRole('switch', { name }) as HTMLInputElement;

describe('SitesSection', () => {
  it('has Stack Overflow and GitHub on and the rest of the network off by default', async () => {
    renderWithCatalog(<Harness />);
    expect(((await screen.findByRole('switch', { name: 'Stack Overflow' })) as HTMLInputElement).checked).toBe(true);
    expect(switchNamed('GitHub').checked).toBe(true);
    expect(switchNamed('The rest of the Stack Exchange network').checked).toBe(false);
  });

  it('saves a switch at once, without asking for any permission', async () => {
    renderWithCatalog(<Harness />);
    fireEvent.click(await screen.findByRole('switch', { name: 'GitHub' }));
    await waitFor(async () => expect((await loadSettings()).sites.github).toBe(false));
    expect(request).not.toHaveBeenCalled();
  });

  it('asks for the network’s hosts and `scripting` before turning the network on', async () => {
    renderWithCatalog(<Harness />);
    fireEvent.click(await screen.findByRole('switch', { name: 'The rest of the Stack Exchange network' }));
    expect(request).toHaveBeenCalledWith({ permissions: ['scripting'], origins: STACK_EXCHANGE_PATTERNS });
    await waitFor(async () => expect((await loadSettings()).sites.stackexchange).toBe(true));
  });

  it('leaves the network off when the browser refuses', async () => {
    request.mockResolvedValue(false);
    renderWithCatalog(<Harness />);
    fireEvent.click(await screen.findByRole('switch', { name: 'The rest of the Stack Exchange network' }));
    await screen.findByText(/did not grant access/);
    expect((await loadSettings()).sites.stackexchange).toBe(false);
  });

  it('adds any other site with its own switch, and removes it giving the permission back', async () => {
    renderWithCatalog(<Harness />);
    fireEvent.input(await screen.findByLabelText('Add a site'), { target: { value: 'docs.python.org/3/library' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(request).toHaveBeenCalledWith({ permissions: ['scripting'], origins: ['https://docs.python.org/*'] });
    await screen.findByRole('switch', { name: 'https://docs.python.org' });
    await waitFor(async () => expect((await loadSettings()).sites.custom).toEqual(['https://docs.python.org']));

    fireEvent.click(switchNamed('https://docs.python.org'));
    await waitFor(async () => expect((await loadSettings()).sites.custom).toEqual([]));
    expect(switchNamed('https://docs.python.org').checked).toBe(false);
    expect(await knownSitesItem.getValue()).toEqual(['https://docs.python.org']);

    fireEvent.click(screen.getByRole('button', { name: 'Remove https://docs.python.org' }));
    await waitFor(() => expect(screen.queryByRole('switch', { name: 'https://docs.python.org' })).toBeNull());
    await waitFor(() => expect(remove).toHaveBeenCalledWith({ origins: ['https://docs.python.org/*'] }));
  });

  it('refuses what is not a web address, and sites that have their own switch', async () => {
    renderWithCatalog(<Harness />);
    fireEvent.input(await screen.findByLabelText('Add a site'), { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    await screen.findByText(/is not a web address/);
    fireEvent.input(screen.getByLabelText('Add a site'), { target: { value: 'superuser.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    await screen.findByText(/has its own switch above/);
    expect(request).not.toHaveBeenCalled();
  });
});

describe('site patterns', () => {
  it('reads typed addresses as origins', () => {
    expect(toOrigin('docs.python.org')).toBe('https://docs.python.org');
    expect(toOrigin('http://localhost:8000/x')).toBe('http://localhost:8000');
    expect(toOrigin('ftp://example.org')).toBeNull();
    expect(toOrigin('word')).toBeNull();
  });

  it('asks for the network and each enabled other site', async () => {
    const settings = await loadSettings();
    expect(wantedPatterns(settings)).toEqual([]);
    settings.sites.stackexchange = true;
    settings.sites.custom = ['https://docs.python.org'];
    expect(wantedPatterns(settings)).toEqual([...STACK_EXCHANGE_PATTERNS, 'https://docs.python.org/*']);
  });
});
