import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageMutesSummary } from '../../data/page-messages';
import { useCatalog } from '../framework/catalog-context';
import { useSettings } from '../options/use-settings';
import { type ActivePage, pageMutes, readActivePage, revealMention } from './active-page';
import { MutedList } from './MutedList';
import { PageStepper } from './PageStepper';

function OpenOptions() {
  return (
    <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
      Open Stackpeek options
    </button>
  );
}

/**
 * "On this page": the frameworks the content script found in the active tab,
 * with counts (every mention, whatever the mark density). Choosing one scrolls
 * to it, opens its card and closes the popup; its arrows step through its
 * mentions with the popup open. "Pause on this site" and what is muted here,
 * each with Restore.
 */
export function PagePanel({ closePopup = () => window.close() }: { closePopup?(): void }) {
  const { byId } = useCatalog();
  const { settings, update } = useSettings();
  const [page, setPage] = useState<ActivePage | null>(null);
  const [mutes, setMutes] = useState<PageMutesSummary | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  const reread = () =>
    readActivePage().then((next) => {
      setPage(next);
      if (next.status === 'ready') void pageMutes(next.tabId).then(setMutes);
    });
  useEffect(() => {
    void reread();
  }, []);
  // A settings change (pause, restore) reaches the page first; ask it again once it has rescanned.
  useEffect(() => {
    if (settings && page) setTimeout(() => void reread(), 300);
  }, [settings]);

  if (!page || !settings) return <p class="muted">Looking at this page…</p>;
  if (page.status === 'not-running') {
    return (
      <div class="empty">
        <p>Stackpeek is not running on this page.</p>
        <p class="muted">
          It runs on Stack Overflow and GitHub, and on other sites you turn on in the options. Pages opened before
          Stackpeek was installed need a reload.
        </p>
        <OpenOptions />
      </div>
    );
  }
  const { mentions, tabId } = page;
  const site = mentions.site;
  const paused = settings.pausedSites.includes(site);
  const setPaused = (on: boolean) =>
    update((s) => ({
      ...s,
      pausedSites: on ? [...new Set([...s.pausedSites, site])] : s.pausedSites.filter((host) => host !== site),
    }));

  if (!mentions.enabled) {
    return paused ? (
      <div class="empty">
        <p>Stackpeek is paused on {site}.</p>
        <button type="button" class="primary" onClick={() => void setPaused(false)}>
          Resume on {site}
        </button>
      </div>
    ) : (
      <div class="empty">
        <p>Stackpeek is off on {site}.</p>
        <OpenOptions />
      </div>
    );
  }

  const reveal = async (frameworkId: string, index = 0, close = true) => {
    try {
      const found = await revealMention(tabId, frameworkId, index);
      if (found && close) closePopup();
      if (!found) setError('That mention is no longer on the page.');
      return found;
    } catch (e) {
      setError((e as Error).message);
      return false;
    }
  };
  const restorePage = (what: { word: string } | 'mentions') => void pageMutes(tabId, what).then(() => reread());
  const total = mentions.groups.reduce((sum, group) => sum + group.count, 0);

  return (
    <section aria-labelledby="page-heading">
      <div class="page-toolbar">
        <h2 id="page-heading" class="panel-heading">
          {mentions.groups.length === 0
            ? 'Stackpeek found no frameworks on this page.'
            : `${total} ${total === 1 ? 'mention' : 'mentions'} of ${mentions.groups.length} ${
                mentions.groups.length === 1 ? 'framework' : 'frameworks'
              }`}
        </h2>
        <button type="button" onClick={() => void setPaused(true)}>
          Pause on {site}
        </button>
      </div>
      {!mentions.highlights && <p class="muted">This browser cannot paint marks; choose a framework to jump to it.</p>}
      {settings.markDensity !== 'every' && mentions.groups.length > 0 && (
        <p class="muted">
          {settings.markDensity === 'first-on-page'
            ? 'Marked: the first mention of each.'
            : 'Marked: the first in each post.'}{' '}
          Every mention is counted here.
        </p>
      )}
      <ul class="mention-list">
        {mentions.groups.map((group) => {
          const name = byId.get(group.frameworkId)?.name ?? group.frameworkId;
          return (
            <li key={group.frameworkId} class="mention-row">
              <button type="button" class="mention" onClick={() => void reveal(group.frameworkId)}>
                <span>{name}</span>
                <span class="count">
                  {group.count}
                  <span class="visually-hidden">{group.count === 1 ? ' mention' : ' mentions'}</span>
                </span>
              </button>
              <PageStepper
                name={name}
                count={group.count}
                reveal={(index) => reveal(group.frameworkId, index, false)}
              />
            </li>
          );
        })}
      </ul>
      {error && <p role="alert">{error}</p>}
      <MutedList site={site} page={mutes} settings={settings} update={update} restorePage={restorePage} />
    </section>
  );
}
