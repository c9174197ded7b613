import { useEffect, useState } from 'preact/hooks';
import { siteKeyFor } from '../../data/settings';
import { originPattern, STACK_EXCHANGE_PATTERNS, toOrigin } from '../../data/site-patterns';
import { Switch } from './Switch';
import { knownSitesItem, releaseSites, requestSites } from './site-permissions';
import type { SectionProps } from './use-settings';

/**
 * Where Stackpeek runs: Stack Overflow and GitHub (on by default), the rest
 * of the Stack Exchange network, and any site the reader adds, each with a
 * switch. Sites beyond the first two need a permission the browser asks for.
 */
export function SitesSection({ settings, update }: SectionProps) {
  const sites = settings.sites;
  const [known, setKnown] = useState<string[]>([]);
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void knownSitesItem.getValue().then(setKnown);
  }, []);
  const others = [...new Set([...known, ...sites.custom])].sort();

  const setCustom = (origin: string, on: boolean) =>
    update((s) => ({
      ...s,
      sites: {
        ...s.sites,
        custom: on ? [...new Set([...s.sites.custom, origin])] : s.sites.custom.filter((o) => o !== origin),
      },
    }));
  const remember = async (list: string[]) => {
    setKnown(list);
    await knownSitesItem.setValue(list);
  };
  const refused = () => setMessage('The browser did not grant access, so that site stays off.');

  const toggleNetwork = (on: boolean) => {
    if (!on) return void update((s) => ({ ...s, sites: { ...s.sites, stackexchange: false } }));
    void requestSites(STACK_EXCHANGE_PATTERNS).then(async (granted) => {
      if (granted) await update((s) => ({ ...s, sites: { ...s.sites, stackexchange: true } }));
      else refused();
    });
  };
  const toggleOther = (origin: string, on: boolean) => {
    if (!on) return void setCustom(origin, false);
    void requestSites([originPattern(origin)]).then(async (granted) => {
      if (granted) await setCustom(origin, true);
      else refused();
    });
  };
  const removeOther = async (origin: string) => {
    await setCustom(origin, false);
    await remember(known.filter((o) => o !== origin));
    await releaseSites([originPattern(origin)]);
    setMessage(`Removed ${origin}.`);
  };
  const add = (event: Event) => {
    event.preventDefault();
    const origin = toOrigin(address);
    if (!origin) return setMessage(`“${address}” is not a web address. Try one like docs.python.org.`);
    if (siteKeyFor(new URL(origin)) !== 'custom') return setMessage(`${origin} has its own switch above.`);
    // Asked first, still inside the reader's click.
    void requestSites([originPattern(origin)]).then(async (granted) => {
      if (!granted) return refused();
      await setCustom(origin, true);
      await remember([...new Set([...known, origin])]);
      setAddress('');
      setMessage(`Stackpeek now runs on ${origin}.`);
    });
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <Switch
        id="site-stackoverflow"
        label="Stack Overflow"
        hint="stackoverflow.com"
        checked={sites.stackoverflow}
        onChange={(on) => void update((s) => ({ ...s, sites: { ...s.sites, stackoverflow: on } }))}
      />
      <Switch
        id="site-github"
        label="GitHub"
        hint="github.com"
        checked={sites.github}
        onChange={(on) => void update((s) => ({ ...s, sites: { ...s.sites, github: on } }))}
      />
      <Switch
        id="site-stackexchange"
        label="The rest of the Stack Exchange network"
        hint="Super User, Server Fault, Ask Ubuntu, *.stackexchange.com and the localised Stack Overflows; the browser asks for access"
        checked={sites.stackexchange}
        onChange={toggleNetwork}
      />
      {settings.pausedSites.length > 0 && (
        <>
          <h3>Paused from the popup</h3>
          <ul class="site-list">
            {settings.pausedSites.map((host) => (
              <li key={host}>
                {host}{' '}
                <button
                  type="button"
                  aria-label={`Resume on ${host}`}
                  onClick={() => void update((s) => ({ ...s, pausedSites: s.pausedSites.filter((h) => h !== host) }))}
                >
                  Resume
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Other sites</h3>
      {others.length === 0 && <p class="muted">No other sites yet.</p>}
      <ul class="site-list">
        {others.map((origin, index) => (
          <li key={origin}>
            <Switch
              id={`site-other-${index}`}
              label={origin}
              checked={sites.custom.includes(origin)}
              onChange={(on) => toggleOther(origin, on)}
            />
            <button type="button" aria-label={`Remove ${origin}`} onClick={() => void removeOther(origin)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form class="inline-form" onSubmit={add}>
        <label for="site-address">Add a site</label>
        <input
          id="site-address"
          type="text"
          inputMode="url"
          placeholder="docs.python.org"
          value={address}
          onInput={(event) => setAddress(event.currentTarget.value)}
        />
        <button type="submit">Add site</button>
      </form>
      <p role="status" class="muted">
        {message}
      </p>
    </section>
  );
}
