import { useEffect, useState } from 'preact/hooks';
import type { Commands } from 'webextension-polyfill';
import { browser } from 'wxt/browser';

const SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

/**
 * The keyboard shortcuts as the browser has them now, and where to change
 * them: browsers only let the reader change shortcuts on their own page.
 */
export function ShortcutsSection({ isFirefox = import.meta.env.FIREFOX }: { isFirefox?: boolean }) {
  const [commands, setCommands] = useState<Commands.Command[] | null>(null);
  useEffect(() => {
    browser.commands
      .getAll()
      .then(setCommands)
      .catch(() => setCommands([]));
  }, []);

  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      {commands && (
        <dl class="shortcuts">
          {commands
            .filter((command) => command.description)
            .map((command) => (
              <div key={command.name}>
                <dt>{command.description}</dt>
                <dd>
                  {command.shortcut ? (
                    <kbd>{command.shortcut}</kbd>
                  ) : (
                    'Not set: the browser gave this key to something else. Choose one below.'
                  )}
                </dd>
              </div>
            ))}
        </dl>
      )}
      {isFirefox ? (
        <p>
          To change them, open the Add-ons Manager (about:addons), choose the gear menu and “Manage Extension
          Shortcuts”.
        </p>
      ) : (
        <p>
          To change them, open <code>{SHORTCUTS_PAGE}</code>.{' '}
          {/* A page cannot link to chrome:// URLs; the extension can open one in a tab. */}
          <button type="button" onClick={() => void browser.tabs.create({ url: SHORTCUTS_PAGE })}>
            Open shortcut settings
          </button>
        </p>
      )}
    </section>
  );
}
