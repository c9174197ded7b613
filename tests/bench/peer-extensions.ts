/**
 * The two extensions Stackpeek's page cost is judged against, written to a
 * temporary folder as unpacked MV3 extensions with the same match patterns:
 *
 * - the peer: mark.js marking every alias of the catalog in the page's body,
 *   the way a simple keyword-marking extension does (it wraps each hit in a
 *   `<mark>` and styles it like Stackpeek's underline);
 * - the start-up floor: a content script that only reads the settings from
 *   `storage.local`, what any content script with settings pays at least.
 *
 * Each leaves a `performance.measure` when done, which the page can read.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../../data/load-catalog';
import { toMatchIndex } from '../../data/match-index';

/** The measures the two scripts leave when they are done. */
export const PEER_DONE = 'bench-peer:marked';
export const STARTUP_FLOOR_DONE = 'bench-floor:settings';

const MATCHES = ['https://stackoverflow.com/*', 'https://github.com/*'];

export interface PeerExtension {
  dir: string;
  /** How many aliases the peer marks. */
  aliases: number;
  dispose(): void;
}

/** The catalog's aliases, split by letter case as the matcher takes them. */
export function catalogAliases(): { exact: string[]; anyCase: string[] } {
  const index = toMatchIndex(loadCatalog().frameworks);
  const exact = new Set<string>();
  const anyCase = new Set<string>();
  for (const entry of index)
    for (const alias of entry.aliases) (alias.case === 'exact' ? exact : anyCase).add(alias.text);
  return { exact: [...exact], anyCase: [...anyCase] };
}

function writeExtension(files: Record<string, string>, copies: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'stackpeek-bench-peer-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  for (const [name, from] of Object.entries(copies)) cpSync(from, join(dir, name));
  return dir;
}

const manifest = (name: string, contentScript: object, extra: object = {}) =>
  JSON.stringify({ manifest_version: 3, name, version: '1.0', ...extra, content_scripts: [contentScript] });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation of the aliases, longest first, that starts and ends at word edges. */
export function aliasPattern(aliases: readonly string[]): string {
  const alternation = [...aliases]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return `(?<![\\p{L}\\p{N}_])(?:${alternation})(?![\\p{L}\\p{N}_])`;
}

/**
 * mark.js with the catalog's aliases: one `markRegExp` pass for the aliases
 * taken in any case and one for those taken as written. (mark.js's `mark()`
 * with a list walks the page once per keyword: 10–25 s on the Stack Overflow
 * question here, which no extension would ship.)
 */
export function markJsPeer(): PeerExtension {
  const { exact, anyCase } = catalogAliases();
  const script = `(() => {
  performance.mark('bench-peer:start');
  const marker = new Mark(document.body);
  const options = { className: 'bench-peer-mark' };
  marker.markRegExp(new RegExp(${JSON.stringify(aliasPattern(anyCase))}, 'giu'), { ...options, done() {
    marker.markRegExp(new RegExp(${JSON.stringify(aliasPattern(exact))}, 'gu'), { ...options, done() {
      performance.measure(${JSON.stringify(PEER_DONE)}, 'bench-peer:start');
    } });
  } });
})();`;
  const css = `mark.bench-peer-mark { background: none; color: inherit; text-decoration: underline dotted #d49a00 2px; text-underline-offset: 3px; }`;
  const markJs = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');
  const dir = writeExtension(
    {
      'manifest.json': manifest('mark.js peer (Stackpeek bench)', {
        matches: MATCHES,
        js: ['mark.min.js', 'peer.js'],
        css: ['peer.css'],
        run_at: 'document_idle',
      }),
      'peer.js': script,
      'peer.css': css,
    },
    { 'mark.min.js': markJs },
  );
  return { dir, aliases: exact.length + anyCase.length, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A content script that reads the settings and does nothing else. */
export function startupFloor(): PeerExtension {
  const script = `performance.mark('bench-floor:start');
chrome.storage.local.get('settings').then(() => performance.measure(${JSON.stringify(STARTUP_FLOOR_DONE)}, 'bench-floor:start'));`;
  const dir = writeExtension({
    'manifest.json': manifest(
      'Settings-only content script (Stackpeek bench)',
      { matches: MATCHES, js: ['floor.js'], run_at: 'document_idle' },
      { permissions: ['storage'] },
    ),
    'floor.js': script,
  });
  return { dir, aliases: 0, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
