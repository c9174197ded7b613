import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { catalogPlugin } from './data/catalog-plugin';

// See ../shared/TOOLCHAIN.md for why each of these settings is here.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Store reviewers get the source, not the saved pages the tests read.
  zip: { excludeSources: ['tests/fixtures/**', 'assets/screenshots/**'] },
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact(), catalogPlugin()],
  }),
  hooks: {
    // The content script runs on every page, so it skips webextension-polyfill (3 kB gzip, and
    // ~1 ms of start-up on every page): it needs only what both browsers' MV3 APIs do natively
    // (promise-returning sendMessage, a sendResponse listener). The other entrypoints keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      const native = { find: 'wxt/browser', replacement: '@wxt-dev/browser' };
      config.resolve = {
        ...config.resolve,
        // Vite takes the first alias that matches: ours goes before the polyfill module's.
        alias: Array.isArray(alias) ? [native, ...alias] : { ...alias, [native.find]: native.replacement },
      };
    },
    // The ::highlight() rules must style the page itself, so they ship as a
    // manifest stylesheet (no node is added) beside the content script.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) {
        if (script.js?.includes('content-scripts/stackpeek.js')) {
          script.css = [...(script.css ?? []), 'content-scripts/stackpeek-marks.css'];
        }
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'Stackpeek',
    description:
      'Explains the frameworks mentioned on Stack Overflow and GitHub: hover a name for what it is and how it compares.',
    permissions: ['storage'],
    // The card script is imported by the content script on first hover; a
    // dynamic import from a content script must be web-accessible. Chrome gives
    // it a per-session URL; Firefox's manifest has no `use_dynamic_url` (it warns
    // at load), and there the add-on's random per-install host keeps pages from probing.
    web_accessible_resources: [
      { resources: ['card.js'], matches: ['<all_urls>'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    // Asked at runtime from the options page, only when the reader turns on a
    // site beyond Stack Overflow and GitHub (entrypoints/background/site-access.ts).
    optional_permissions: ['scripting'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Chromium 156 leaves Alt+Shift+N and Alt+Shift+P unassigned (reserved), so they read "Not set".
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Open the card of the next framework mention',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open the card of the previous framework mention',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'stackpeek@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on (addons-linter).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
