import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useCatalog } from '../framework/catalog-context';
import { type ActivePage, readActivePage, revealMention } from './active-page';

function OpenOptions() {
  return (
    <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
      Open Stackpeek options
    </button>
  );
}

/**
 * "On this page": the frameworks the content script found in the active tab,
 * with counts. Choosing one scrolls to it, opens its card and closes the popup.
 */
export function PagePanel({ closePopup = () => window.close() }: { closePopup?(): void }) {
  const { byId } = useCatalog();
  const [page, setPage] = useState<ActivePage | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void readActivePage().then(setPage);
  }, []);

  if (!page) return <p class="muted">Looking at this page…</p>;
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
  if (!mentions.enabled) {
    return (
      <div class="empty">
        <p>Stackpeek is off on {mentions.site}.</p>
        <OpenOptions />
      </div>
    );
  }
  if (mentions.groups.length === 0) {
    return <p class="empty">Stackpeek found no frameworks on this page.</p>;
  }

  const reveal = async (frameworkId: string) => {
    try {
      if (await revealMention(tabId, frameworkId)) closePopup();
      else setError('That mention is no longer on the page.');
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const total = mentions.groups.reduce((sum, group) => sum + group.count, 0);

  return (
    <section aria-labelledby="page-heading">
      <h2 id="page-heading" class="panel-heading">
        {total} {total === 1 ? 'mention' : 'mentions'} of {mentions.groups.length}{' '}
        {mentions.groups.length === 1 ? 'framework' : 'frameworks'}
      </h2>
      {!mentions.highlights && <p class="muted">This browser cannot paint marks; choose a framework to jump to it.</p>}
      <ul class="mention-list">
        {mentions.groups.map((group) => (
          <li key={group.frameworkId}>
            <button type="button" class="mention" onClick={() => void reveal(group.frameworkId)}>
              <span>{byId.get(group.frameworkId)?.name ?? group.frameworkId}</span>
              <span class="count">
                {group.count}
                <span class="visually-hidden">{group.count === 1 ? ' mention' : ' mentions'}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
