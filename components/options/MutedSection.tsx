import { useState } from 'preact/hooks';
import { EVERY_SITE } from '../../data/settings';
import { useCatalog } from '../framework/catalog-context';
import type { SectionProps } from './use-settings';

/**
 * What the reader has muted: words on a given site ("Not a framework here"
 * in the card) and whole frameworks. Each can be removed; both can be added here too.
 */
export function MutedSection({ settings, update }: SectionProps) {
  const catalog = useCatalog();
  const [word, setWord] = useState('');
  const [site, setSite] = useState('stackoverflow.com');
  const [framework, setFramework] = useState('');
  const nameOf = (id: string) => catalog.byId.get(id)?.name ?? id;
  const unmuted = catalog.frameworks.filter((f) => !settings.mutedFrameworks.includes(f.id));

  const addWord = (event: Event) => {
    event.preventDefault();
    const entry = { site: site.trim().toLowerCase(), word: word.trim().toLowerCase() };
    if (!entry.site || !entry.word) return;
    void update((s) => ({
      ...s,
      mutedWords: [...s.mutedWords.filter((m) => m.site !== entry.site || m.word !== entry.word), entry],
    }));
    setWord('');
  };
  const addFramework = (event: Event) => {
    event.preventDefault();
    if (!framework) return;
    void update((s) => ({ ...s, mutedFrameworks: [...new Set([...s.mutedFrameworks, framework])] }));
    setFramework('');
  };

  return (
    <section aria-labelledby="muted-heading">
      <h2 id="muted-heading">Muted</h2>
      <h3>Frameworks</h3>
      {settings.mutedFrameworks.length === 0 && <p class="muted">No muted frameworks.</p>}
      <ul class="chip-list" aria-label="Muted frameworks">
        {settings.mutedFrameworks.map((id) => (
          <li key={id}>
            {nameOf(id)}{' '}
            <button
              type="button"
              aria-label={`Unmute ${nameOf(id)}`}
              onClick={() => void update((s) => ({ ...s, mutedFrameworks: s.mutedFrameworks.filter((m) => m !== id) }))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form class="inline-form" onSubmit={addFramework}>
        <label for="mute-framework">Mute a framework</label>
        <select id="mute-framework" value={framework} onChange={(event) => setFramework(event.currentTarget.value)}>
          <option value="">Choose…</option>
          {unmuted.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
        <button type="submit">Mute</button>
      </form>

      <h3>Words, per site</h3>
      {settings.mutedWords.length === 0 && <p class="muted">No muted words.</p>}
      <ul class="chip-list" aria-label="Muted words">
        {settings.mutedWords.map((muted) => (
          <li key={`${muted.site} ${muted.word}`}>
            “{muted.word}” on {muted.site === EVERY_SITE ? 'every site' : muted.site}{' '}
            <button
              type="button"
              aria-label={`Unmute “${muted.word}” on ${muted.site === EVERY_SITE ? 'every site' : muted.site}`}
              onClick={() =>
                void update((s) => ({
                  ...s,
                  mutedWords: s.mutedWords.filter((m) => m.site !== muted.site || m.word !== muted.word),
                }))
              }
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form class="inline-form" onSubmit={addWord}>
        <label for="mute-word">Word</label>
        <input id="mute-word" type="text" value={word} onInput={(event) => setWord(event.currentTarget.value)} />
        <label for="mute-site">On site (* for every site)</label>
        <input id="mute-site" type="text" value={site} onInput={(event) => setSite(event.currentTarget.value)} />
        <button type="submit">Mute word</button>
      </form>
    </section>
  );
}
