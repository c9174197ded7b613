/** The background's dynamic content script, kept in step with settings and permissions. */
import { describe, expect, it, vi } from 'vitest';
import { readSettings } from '../../data/settings';
import { STACK_EXCHANGE_EXCLUDES, STACK_EXCHANGE_PATTERNS } from '../../data/site-patterns';
import { DYNAMIC_SCRIPT_ID, type SiteAccessApi, syncContentScripts } from '../../entrypoints/background/site-access';

function fakeApi(granted: (pattern: string) => boolean, registered: string[][] = []) {
  const scripting = {
    getRegisteredContentScripts: vi.fn(async () => registered.map((matches) => ({ id: DYNAMIC_SCRIPT_ID, matches }))),
    registerContentScripts: vi.fn(async () => undefined),
    updateContentScripts: vi.fn(async () => undefined),
    unregisterContentScripts: vi.fn(async () => undefined),
  };
  const api: SiteAccessApi = { scripting, hasOrigin: async (pattern) => granted(pattern) };
  return { api, scripting };
}

const settings = (sites: object) =>
  readSettings({ sites: { stackoverflow: true, github: true, stackexchange: false, custom: [], ...sites } });

describe('syncContentScripts', () => {
  it('registers the content script on the network and other sites the reader granted', async () => {
    const { api, scripting } = fakeApi(() => true);
    const patterns = await syncContentScripts(
      settings({ stackexchange: true, custom: ['https://docs.python.org'] }),
      api,
    );
    expect(patterns).toEqual([...STACK_EXCHANGE_PATTERNS, 'https://docs.python.org/*']);
    expect(scripting.registerContentScripts).toHaveBeenCalledWith([
      expect.objectContaining({
        id: DYNAMIC_SCRIPT_ID,
        matches: patterns,
        excludeMatches: STACK_EXCHANGE_EXCLUDES,
        js: ['content-scripts/stackpeek.js'],
        css: ['content-scripts/stackpeek-marks.css'],
        persistAcrossSessions: true,
      }),
    ]);
  });

  it('leaves out sites whose permission is missing, and updates an existing registration', async () => {
    const { api, scripting } = fakeApi((p) => p === 'https://docs.python.org/*', [['https://old.example/*']]);
    const patterns = await syncContentScripts(
      settings({ custom: ['https://docs.python.org', 'https://no-permission.org'] }),
      api,
    );
    expect(patterns).toEqual(['https://docs.python.org/*']);
    expect(scripting.updateContentScripts).toHaveBeenCalled();
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('unregisters when nothing is wanted any more', async () => {
    const { api, scripting } = fakeApi(() => true, [['https://docs.python.org/*']]);
    expect(await syncContentScripts(settings({}), api)).toEqual([]);
    expect(scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: [DYNAMIC_SCRIPT_ID] });
  });

  it('does nothing before the reader grants `scripting`', async () => {
    expect(await syncContentScripts(settings({ stackexchange: true }), { hasOrigin: async () => true })).toEqual([]);
  });
});
