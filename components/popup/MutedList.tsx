import type { PageMutesSummary } from '../../data/page-messages';
import { EVERY_SITE, type Settings } from '../../data/settings';
import { useCatalog } from '../framework/catalog-context';

interface Item {
  key: string;
  label: string;
  restore(): void;
}

/**
 * Everything "Not a framework here" and "Mute" took away that concerns this
 * page, each with Restore: words and mentions muted on this page only, words
 * muted on this site or everywhere, and muted frameworks.
 */
export function MutedList({
  site,
  page,
  settings,
  update,
  restorePage,
}: {
  site: string;
  page: PageMutesSummary | undefined;
  settings: Settings;
  update(change: (s: Settings) => Settings): unknown;
  restorePage(what: { word: string } | 'mentions'): void;
}) {
  const { byId } = useCatalog();
  const items: Item[] = [
    ...(page?.mentions
      ? [
          {
            key: 'mentions',
            label: `${page.mentions} single ${page.mentions === 1 ? 'mention' : 'mentions'} on this page`,
            restore: () => restorePage('mentions'),
          },
        ]
      : []),
    ...(page?.words ?? []).map((word) => ({
      key: `page:${word}`,
      label: `“${word}” on this page`,
      restore: () => restorePage({ word }),
    })),
    ...settings.mutedWords
      .filter((muted) => muted.site === site || muted.site === EVERY_SITE)
      .map((muted) => ({
        key: `site:${muted.site}:${muted.word}`,
        label: `“${muted.word}” ${muted.site === EVERY_SITE ? 'on every site' : `on ${site}`}`,
        restore: () =>
          update((s) => ({
            ...s,
            mutedWords: s.mutedWords.filter((m) => m.site !== muted.site || m.word !== muted.word),
          })),
      })),
    ...settings.mutedFrameworks.map((id) => ({
      key: `framework:${id}`,
      label: `${byId.get(id)?.name ?? id} (muted everywhere)`,
      restore: () => update((s) => ({ ...s, mutedFrameworks: s.mutedFrameworks.filter((m) => m !== id) })),
    })),
  ];
  if (items.length === 0) return null;
  return (
    <section class="muted-list" aria-labelledby="muted-heading">
      <h3 id="muted-heading">Not marked ({items.length})</h3>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <span>{item.label}</span>
            <button type="button" aria-label={`Restore ${item.label}`} onClick={item.restore}>
              Restore
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
