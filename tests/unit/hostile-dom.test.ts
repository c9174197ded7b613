// @vitest-environment jsdom
/**
 * Hostile DOM (issue 8): random trees and text thrown at the scanner. For
 * every tree the scanner must not throw, must not change the DOM (serialised,
 * shadow roots included, before and after), and must find exactly what a plain
 * reference search finds on the same text. The reference is written
 * separately and simply: every alias tried at every position of every
 * scannable text node, in any case, with the word-edge, hyphen and address
 * rules documented in matcher.ts, longest alias first. Only names that need
 * no evidence are compared (never ordinary words, written as the catalog
 * writes them where the alias is case-exact: every such match is a mention);
 * the others still take part, because they can hide a name.
 *
 * Also: nodes removed while an async scan is under way (the remaining nodes'
 * mentions must all be found), and huge text nodes scanned in bounded time.
 *
 * jsdom, not happy-dom: the collector keeps its place in a live Range, and
 * happy-dom 21 does not move a Range's boundary when its node is removed.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Alias } from '../../data/catalog-schema';
import { loadCatalog } from '../../data/load-catalog';
import { toMatchIndex } from '../../data/match-index';
import { ALWAYS_SKIP } from '../../entrypoints/stackpeek.content/collect-text';
import { createScanner } from '../../entrypoints/stackpeek.content/find-mentions';
import type { Mention, ScanSettings } from '../../entrypoints/stackpeek.content/mention';
import { generic } from '../../entrypoints/stackpeek.content/sites/generic';

const INDEX = toMatchIndex(loadCatalog().frameworks);
const SETTINGS: ScanSettings = { sensitivity: 'balanced', mutedFrameworks: [], mutedWords: [] };
const SKIP = `${ALWAYS_SKIP}, ${generic.skipSelector}`;
/** How many random trees each property tries (the README reports the total). */
const RUNS = Number(process.env.HOSTILE_DOM_RUNS ?? 200);
const tried = { trees: 0, removalTrees: 0, hugeNodes: 0 };

// ---------------------------------------------------------------- reference

interface RefAlias {
  text: string;
  lower: string;
  /** Every framework takes it only as written: another case needs evidence. */
  exact: boolean;
  /** How the catalog writes it. */
  spellings: Set<string>;
  /** Some framework reads this alias as an ordinary word (needs evidence). */
  ordinary: boolean;
}

const ALIASES: RefAlias[] = (() => {
  const byLower = new Map<string, Alias[]>();
  for (const entry of INDEX)
    for (const alias of entry.aliases) {
      const list = byLower.get(alias.text.toLowerCase()) ?? [];
      list.push(alias);
      byLower.set(alias.text.toLowerCase(), list);
    }
  const result: RefAlias[] = [];
  for (const [lower, list] of byLower) {
    const ordinary = list.some((alias) => alias.ordinaryWord);
    const exact = list.every((alias) => alias.case === 'exact');
    const spellings = new Set(list.map((alias) => alias.text));
    result.push({ text: list[0]?.text ?? lower, lower, exact, spellings, ordinary });
  }
  return result.sort((a, b) => b.text.length - a.text.length);
})();
/** Aliases by their first lower-case character, longest first (only to make the reference quick). */
const BY_FIRST = new Map<string, RefAlias[]>();
for (const alias of ALIASES)
  BY_FIRST.set(alias.lower[0] as string, [...(BY_FIRST.get(alias.lower[0] as string) ?? []), alias]);
const NEVER_ORDINARY = ALIASES.filter((alias) => !alias.ordinary);
const ORDINARY = ALIASES.filter((alias) => alias.ordinary);

// `iu`, as the matcher's edge look-arounds: case-insensitive Unicode classes also take U+0345
// (combining ypogegrammeni), which case-folds to the letter ι.
const isWordChar = (ch: string | undefined) => ch !== undefined && /^[\p{L}\p{M}\p{N}_]/u.test(ch);
/** The character (code point, so astral letters count) ending right before `i`, and the one starting at `i`. */
function charBefore(text: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  const high = text.charCodeAt(i - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(i - 2, i) : text[i - 1];
}
function charAt(text: string, i: number): string | undefined {
  const code = text.codePointAt(i);
  return code === undefined ? undefined : String.fromCodePoint(code);
}
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
const FILE_EXTENSIONS =
  'py pyc js mjs cjs ts tsx jsx rb go rs java class jar war php json toml txt cfg ini conf config properties yml yaml xml htm html jsp asp aspx css scss less md lock sh bat exe dll so gradle csproj sln rc cgi log min vue svelte ipynb csv'.split(
    ' ',
  );
const TOP_LEVEL = 'com org net io dev sh rs app'.split(' ');

/** `alias.py`, `alias.min.js`, `alias.prod.yml`…: a file name, unless a call follows (`express.json()`). */
function fileNameAfter(text: string, end: number): boolean {
  // The matcher looks at the 40 characters after the alias: dotted parts of letters, digits, `_` and `-`,
  // one of which is an extension followed by an ASCII word edge (so `Nuxt.jsé` reads as `Nuxt` + `.js` + é).
  const tail = text.slice(end, end + 40);
  let at = 0;
  while (tail[at] === '.') {
    let next = at + 1;
    while (next < tail.length && /[\w-]/.test(tail[next] as string)) next++;
    const part = tail.slice(at + 1, next);
    for (const ext of FILE_EXTENSIONS) {
      const after = at + 1 + ext.length;
      if (part.toLowerCase().startsWith(ext) && !/\w/.test(tail[after] ?? '') && tail[after] !== '(') return true;
    }
    if (part === '') return false;
    at = next;
  }
  return false;
}

/**
 * A file path, within the whitespace-delimited token (up to 256 characters either side): after a slash with
 * another slash later; or at a slash with two more segments or a file segment after (not after a scope's `@`).
 */
function inFilePath(text: string, start: number, end: number): boolean {
  const slash = (ch: string | undefined) => ch === '/' || ch === '\\';
  let from = start;
  while (from > Math.max(0, start - 256) && !isSpace(text[from - 1])) from--;
  let to = end;
  while (to < Math.min(text.length, end + 256) && !isSpace(text[to])) to++;
  const after = [...text.slice(end, to)];
  if (slash(text[start - 1]) && start - 1 >= from && after.some(slash)) return true;
  if (text[start - 1] === '@' || !slash(after[0])) return false;
  const rest = after.slice(1);
  const next = rest.findIndex(slash);
  if (next >= 0) return true;
  return /^[\w-]+\.(?:py|js|ts|rb|java|php|go|rs|json|ya?ml|xml|html?|css|txt|md)(?![\w])/i.test(rest.join(''));
}

/** A lowercase name right after `word.`: an extension or a member (`doLogin.jsp`, `window.jQuery`). */
const dottedBefore = (text: string, start: number) =>
  /[a-z]/.test(text[start] ?? '') && text[start - 1] === '.' && isWordChar(charBefore(text, start - 1));

/** The whitespace-separated token around the alias is a URL or a domain longer than the alias. */
function insideAddress(text: string, start: number, end: number): boolean {
  // The matcher looks at most 256 characters either side for the token's ends (a minified line has none).
  let from = start;
  while (from > Math.max(0, start - 256) && !isSpace(text[from - 1])) from--;
  let to = end;
  while (to < Math.min(text.length, end + 256) && !isSpace(text[to])) to++;
  let token = text.slice(from, to);
  while (token && '("\'<['.includes(token[0] as string)) token = token.slice(1);
  while (token && ')"\'>].,;:!?'.includes(token[token.length - 1] as string)) token = token.slice(0, -1);
  if (token.length <= end - start) return false;
  if (/^[a-z][\w+.-]*:\/\//i.test(token) || /^www\./i.test(token)) return true;
  // A bare domain: dotted word-and-hyphen labels ending in a known top-level domain, then a path or nothing.
  const host = /^[\w-]+(?:\.[\w-]+)*/.exec(token)?.[0] ?? '';
  for (let cut = host.lastIndexOf('.'); cut > 0; cut = host.lastIndexOf('.', cut - 1)) {
    const tld = host.slice(cut + 1).split(/[^\w]/)[0] ?? '';
    const rest = token.slice(cut + 1 + tld.length);
    if (TOP_LEVEL.includes(tld.toLowerCase()) && (rest === '' || '/:?#'.includes(rest[0] as string))) return true;
  }
  return false;
}

/**
 * Always weighed, never taken without evidence: `_` and an ASCII letter after the alias (a module named
 * after the framework, `flask_cors`), or a member or call (`jQuery.each`, `Hanami::Router`, `jquery(this)`).
 */
const gluedAfter = (text: string, end: number) =>
  (text[end] === '_' && /[A-Za-z]/.test(text[end + 1] ?? '')) ||
  /^(?:\.|::)[A-Za-z_$]|^\(/.test(text.slice(end, end + 3));

function acceptedAt(text: string, start: number, alias: RefAlias): boolean {
  const end = start + alias.text.length;
  const underscoreGlued = text[end] === '_' && /[A-Za-z]/.test(text[end + 1] ?? '');
  if (isWordChar(charBefore(text, start)) || (isWordChar(charAt(text, end)) && !underscoreGlued)) return false;
  // A package named after something else (`nest-asyncio`); one named after the framework (`flask-cors`) is a mention.
  if (text[start - 1] === '-' && isWordChar(charBefore(text, start - 1))) return false;
  return (
    !insideAddress(text, start, end) &&
    !fileNameAfter(text, end) &&
    !dottedBefore(text, start) &&
    !inFilePath(text, start, end)
  );
}

interface Found {
  start: number;
  end: number;
  /** Needs evidence: an ordinary word, or a case-exact alias written another way. */
  ordinary: boolean;
}

/** Every alias at every position, longest accepted alias first, matches never overlapping. */
function referenceFind(text: string): Found[] {
  const found: Found[] = [];
  const lower = text.toLowerCase();
  // Lower-casing can change the length ("İ" → "i̇"): then compare slice by slice, slowly but right.
  const sameLength = lower.length === text.length;
  for (let i = 0; i < text.length; ) {
    const candidates = sameLength ? (BY_FIRST.get(lower[i] as string) ?? []) : ALIASES;
    const hit = candidates.find(
      (alias) =>
        (sameLength
          ? lower.startsWith(alias.lower, i)
          : text.slice(i, i + alias.text.length).toLowerCase() === alias.lower) && acceptedAt(text, i, alias),
    );
    if (hit) {
      const end = i + hit.text.length;
      const asWritten = !hit.exact || hit.spellings.has(text.slice(i, end));
      found.push({ start: i, end, ordinary: hit.ordinary || !asWritten || gluedAfter(text, end) });
      i += hit.text.length;
    } else i++;
  }
  return found;
}

/** Text nodes a reader sees in the light DOM, outside every skipped subtree, by a plain recursive walk. */
function scannableTexts(root: Node): Text[] {
  const texts: Text[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) texts.push(node as Text);
    if (node.nodeType === 1 && (node as Element).matches(SKIP)) return;
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return texts;
}

const key = (node: Text, start: number, end: number, ids: Map<Text, number>) =>
  `${ids.get(node) ?? '?'}:${start}-${end}:${JSON.stringify(node.data.slice(start, end))}`;

function referenceMentions(doc: Document, ids: Map<Text, number>): string[] {
  return scannableTexts(doc.body).flatMap((node) =>
    referenceFind(node.data)
      .filter((hit) => !hit.ordinary)
      .map((hit) => key(node, hit.start, hit.end, ids)),
  );
}

const NEVER_ORDINARY_BY_LOWER = new Map(NEVER_ORDINARY.map((alias) => [alias.lower, alias]));
/** The scanner's mentions of names that need no evidence (the same filter as the reference's). */
function scannerMentions(mentions: Mention[], ids: Map<Text, number>): string[] {
  return mentions
    .filter((mention) => {
      const alias = NEVER_ORDINARY_BY_LOWER.get(mention.text.toLowerCase());
      const asWritten = !alias?.exact || alias.spellings.has(mention.text);
      return alias !== undefined && asWritten && !gluedAfter(mention.node.data, mention.end);
    })
    .map((mention) => key(mention.node, mention.start, mention.end, ids));
}

// ------------------------------------------------------------------ the DOM

/** A plain serialisation that also descends into (open) shadow roots. */
function serialise(node: Node): string {
  if (node.nodeType === 3) return `#text(${JSON.stringify((node as Text).data)})`;
  if (node.nodeType === 8) return `#comment(${JSON.stringify((node as Comment).data)})`;
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return `#${node.nodeType}`;
  const element = node as Element;
  const attributes =
    node.nodeType === 1
      ? [...element.attributes].map((attribute) => `${attribute.name}=${JSON.stringify(attribute.value)}`)
      : [];
  const shadow = node.nodeType === 1 && element.shadowRoot ? `shadow[${serialise(element.shadowRoot)}]` : '';
  return `<${node.nodeName} ${attributes.join(' ')}>${shadow}${[...node.childNodes].map(serialise).join('')}</>`;
}

function textIds(doc: Document): Map<Text, number> {
  const ids = new Map<Text, number>();
  const walk = (node: Node) => {
    if (node.nodeType === 3) ids.set(node as Text, ids.size);
    for (const child of node.childNodes) walk(child);
  };
  walk(doc.body);
  return ids;
}

const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];
const COMBINING = ['\u0301', '\u0308', '\u0327', '\u20DD', '\u0336'];
const RTL = ['\u202E', '\u202B', '\u200F', 'שלום', 'مرحبا', '\u202C', 'עברית Django'];
const SEPARATORS = [
  ' ',
  ' ',
  ' ',
  '\n',
  '\t',
  '\u00A0',
  '-',
  '.',
  '_',
  '/',
  ',',
  ':',
  '==',
  '(',
  ')',
  '"',
  '@',
  '#',
  '://',
  'www.',
  '.com',
  '.py',
];
const WORDS = [
  'the',
  'framework',
  'server',
  'app',
  'based',
  'like',
  'login',
  'js',
  'io',
  'x',
  '6.5.2',
  'é',
  'İ',
  'ß',
  '𝔘',
];
const SUFFIXES = ['', '', '', 's', 'es', '-based', '-login', '.py', '.org', '_app', '()', '.ioloop', 'é'];

const caseOf = (text: string, variant: number) =>
  variant === 0
    ? text
    : variant === 1
      ? text.toLowerCase()
      : variant === 2
        ? text.toUpperCase()
        : text[0]?.toLowerCase() + text.slice(1);

const aliasToken = fc
  .tuple(fc.constantFrom(...NEVER_ORDINARY, ...NEVER_ORDINARY, ...ORDINARY), fc.nat(3), fc.constantFrom(...SUFFIXES))
  .map(([alias, variant, suffix]) => caseOf(alias.text, variant) + suffix);
const token = fc.oneof(
  { weight: 5, arbitrary: aliasToken },
  { weight: 4, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...ZERO_WIDTH, ...COMBINING, ...RTL) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
const text = fc.array(token, { maxLength: 24 }).map((tokens) => tokens.join(''));
/** Up to ~20 kB in one node: a name repeated with separators, whitespace or none. */
const hugeText = fc
  .tuple(aliasToken, fc.constantFrom(' ', ',', '\u200B', '\n', ''), fc.integer({ min: 500, max: 2_000 }))
  .map(([name, separator, times]) => Array.from({ length: times }, () => name).join(separator));

type Tree =
  | { kind: 'text'; data: string }
  | { kind: 'comment'; data: string }
  | { kind: 'element'; tag: string; attrs: [string, string][]; shadow: Tree[] | null; children: Tree[] }
  | { kind: 'deep'; depth: number; leaf: string };

const TAGS = [
  'div',
  'p',
  'span',
  'b',
  'em',
  'a',
  'li',
  'ul',
  'h1',
  'h2',
  'code',
  'pre',
  'blockquote',
  'td',
  'article',
  'section',
];
const SKIPPED_TAGS = [
  'script',
  'style',
  'textarea',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'svg',
  'template',
  'noscript',
  'select',
];
const ATTRIBUTES: [string, string][] = [
  ['contenteditable', 'true'],
  ['contenteditable', ''],
  ['contenteditable', 'false'],
  ['aria-hidden', 'true'],
  ['role', 'navigation'],
  ['role', 'textbox'],
  ['class', 'CodeMirror'],
  ['class', 'monaco-editor'],
  ['class', 'markdown-body'],
  ['dir', 'rtl'],
  ['data-stackpeek-host', ''],
  ['hidden', ''],
];

const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: tie('node') },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('deep' as const),
        depth: fc.integer({ min: 50, max: 400 }),
        leaf: text,
      }),
    },
  ),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('text' as const), data: text }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('text' as const), data: hugeText }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('comment' as const), data: text }) },
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('element' as const),
        tag: fc.constantFrom(...TAGS, ...TAGS, ...SKIPPED_TAGS),
        attrs: fc.array(fc.constantFrom(...ATTRIBUTES), { maxLength: 2 }),
        shadow: fc.option(fc.array(tie('node'), { maxLength: 3 }), { freq: 6 }),
        children: fc.array(tie('tree'), { maxLength: 6 }),
      }),
    },
  ),
}));

const SHADOW_HOSTS = new Set(['div', 'p', 'span', 'article', 'section', 'blockquote', 'h1', 'h2']);

function build(doc: Document, spec: Tree): Node {
  switch (spec.kind) {
    case 'text':
      return doc.createTextNode(spec.data);
    case 'comment':
      return doc.createComment(spec.data);
    case 'deep': {
      const top = doc.createElement('div');
      let current: Element = top;
      for (let i = 0; i < spec.depth; i++) {
        const next = doc.createElement(i % 3 === 0 ? 'span' : 'div');
        current.append(next);
        current = next;
      }
      current.append(spec.leaf);
      return top;
    }
    case 'element': {
      const element = doc.createElement(spec.tag);
      // jsdom runs inserted scripts: this one holds random text, so mark it as data.
      if (spec.tag === 'script') element.setAttribute('type', 'text/plain');
      for (const [name, value] of spec.attrs) element.setAttribute(name, value);
      for (const child of spec.children) element.append(build(doc, child));
      if (spec.shadow && SHADOW_HOSTS.has(spec.tag)) {
        const root = element.attachShadow({ mode: 'open' });
        for (const child of spec.shadow) root.append(build(doc, child));
      }
      return element;
    }
  }
}

function freshPage(doc: Document, specs: Tree[]): void {
  doc.body.replaceChildren(...specs.map((spec) => build(doc, spec)));
}

const scannerFor = (doc: Document) => createScanner(INDEX, generic, doc, new URL('https://example.org/page'), SETTINGS);

// -------------------------------------------------------------------- tests

describe('the scanner on hostile DOM', () => {
  afterAll(() => {
    console.log(
      `hostile DOM: ${tried.trees} random trees (plus ${tried.removalTrees} with nodes removed mid-scan, ${tried.hugeNodes} huge text nodes) tried`,
    );
  });

  it('never throws, never changes the DOM, and finds what the reference search finds', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 8 }), (specs) => {
        tried.trees++;
        freshPage(document, specs);
        const before = serialise(document.body);
        const ids = textIds(document);
        const mentions = scannerFor(document).scanSync(document);
        expect(serialise(document.body)).toBe(before);
        for (const mention of mentions) expect(mention.node.data.slice(mention.start, mention.end)).toBe(mention.text);
        expect(scannerMentions(mentions, ids).sort()).toEqual(referenceMentions(document, ids).sort());
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('the time-sliced scan finds the same as the synchronous one and leaves the DOM as it was', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { minLength: 1, maxLength: 8 }), async (specs) => {
        tried.trees++;
        freshPage(document, specs);
        const before = serialise(document.body);
        const ids = textIds(document);
        const sliced = await scannerFor(document).scan(document);
        expect(serialise(document.body)).toBe(before);
        expect(scannerMentions(sliced, ids).sort()).toEqual(referenceMentions(document, ids).sort());
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  }, 60_000);

  it('keeps finding every mention that stays on the page while nodes are removed mid-scan', async () => {
    // The clock moves 1 ms per read, so a slice is over every few reads: the walk
    // yields often (every few parts or 64 nodes) and the page changes in between.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
    const paragraph = fc.array(fc.oneof(text, aliasToken), { minLength: 1, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(paragraph, { minLength: 100, maxLength: 400 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 30 }),
        async (paragraphs, removals) => {
          tried.removalTrees++;
          document.body.replaceChildren(
            ...paragraphs.map((texts, i) => {
              const p = document.createElement(i % 7 === 0 ? 'section' : 'p');
              for (const [j, data] of texts.entries())
                p.append(j % 2 ? Object.assign(document.createElement('b'), { textContent: data }) : data);
              return p;
            }),
          );
          const ids = textIds(document);
          let done = false;
          const scanning = scannerFor(document)
            .scan(document)
            .finally(() => {
              done = true;
            });
          // Remove nodes between slices, as a page re-rendering during the first scan does: one
          // node anywhere, or a run of leading blocks (the node the walk stands on is likely in it).
          for (const pick of removals) {
            if (done) break;
            const all = [...document.body.querySelectorAll('p, section, b')];
            if (pick % 3 === 0) for (const block of [...document.body.children].slice(0, pick % 50)) block.remove();
            else all[pick % all.length]?.remove();
            await new Promise((resolve) => setTimeout(resolve, 0));
          }
          const mentions = (await scanning).filter((mention) => mention.node.isConnected);
          expect(scannerMentions(mentions, ids).sort()).toEqual(referenceMentions(document, ids).sort());
        },
      ),
      { numRuns: Math.ceil(RUNS / 6) },
    );
  }, 300_000);

  it('scans a huge text node without whitespace in bounded time', () => {
    // One 60 kB token ("gevent,gevent,…", a minified line): each match must not rescan the whole token.
    for (const [name, separator] of [
      ['gevent', ','],
      ['asyncio', ';'],
      ['Django', '/'],
    ] as const) {
      tried.hugeNodes++;
      const data = Array.from({ length: 60_000 / (name.length + 1) }, () => name).join(separator);
      document.body.replaceChildren(Object.assign(document.createElement('pre'), { textContent: data }));
      const started = Date.now();
      const mentions = scannerFor(document).scanSync(document);
      const took = Date.now() - started;
      expect(mentions.length).toBeGreaterThan(0);
      expect(took, `${name}${separator}… took ${took} ms`).toBeLessThan(1_000);
    }
  });
});
