/**
 * Finds every alias of every framework in a string in one pass: all aliases
 * are compiled once into a single RegExp (alias-pattern.ts) that prefers the
 * longest alias, so "ASP.NET Core" wins over "ASP.NET" and "Node.js" over "Node".
 *
 * Word edges are Unicode-aware and decided by the characters around the
 * alias, not inside it, so `.NET`, `C#`, `Node.js`, `Vert.x`, `mod_wsgi` match:
 * - a letter, digit or `_` on either side joins a longer name: `tornadoes`,
 *   `_asyncio`, `my_flask_app` are not mentions;
 * - a hyphen after the alias starts a package named after the framework
 *   (`flask-cors`, `spring-core`, `react-dom`), which is a mention of it; a
 *   hyphen before it makes a package named after something else
 *   (`nest-asyncio`, `pytest-asyncio`, `google-play-services`): not a mention;
 * - so does an underscore and a letter after it, as Python spells such a
 *   package's module (`flask_cors`, `serde_json`), but that is also how
 *   variables are named (`flask_app`), so the match is marked `glued` and
 *   always weighed by the disambiguator;
 * - anything else is an edge: `tornado==6.5.2`, `import tornado.ioloop`,
 *   "I use Tornado." and `(Flask)` all match.
 * - a file name (`wsgi.py`) or inside a URL or a bare domain (`https://nodejs.org/api`, `nodejs.dev/x`) it
 *   is part of an address, not a mention, unless the alias is that address (`bun.sh`).
 * Every alias matches in any letter case: how a name is written is evidence
 * the disambiguator weighs ("angular", "react" and ".net" are often the
 * framework), not a rule here.
 */
import type { Alias } from '../../data/catalog-schema';
import type { MatchIndex } from '../../data/match-index';
import { aliasPattern } from './alias-pattern';
import { isSpace, wordCharAt, wordCharBefore } from './letters';

export interface AliasRef {
  frameworkId: string;
  alias: Alias;
}

export interface RawMatch {
  start: number;
  end: number;
  text: string;
  /** Joined by an underscore to the word after it (`flask_cors`): never taken without evidence. */
  glued?: boolean;
  /** Followed by a member or a call (`jQuery.each`, `angular.module`, `Hanami::Router`, `jquery(this)`): an API, weighed. */
  member?: boolean;
  /** Usually one; more when frameworks knowingly share the alias. */
  refs: AliasRef[];
}

export interface Matcher {
  /**
   * `packageNames`: the text is a dependency manifest's line, where every
   * package name that holds an alias names that framework (`sass-rails` is
   * Sass and Rails, `github.com/gin-gonic/gin` is Gin): the hyphen-before and
   * address rules do not apply.
   */
  find(text: string, packageNames?: boolean): RawMatch[];
  /**
   * Every offset where some alias may start in `text`, ascending, word edges
   * unchecked: one pass over a whole subtree's text that never misses a start
   * `find` would report in any of its text nodes.
   */
  starts(text: string): number[];
}

/** How far the address check looks for the ends of a token: a minified line has no whitespace for megabytes. */
const TOKEN_REACH = 256;

/** Longest first, in input order within a length: a bucket per length (a comparator sort cost ~0.4 ms cold). */
function longestFirst(keys: Iterable<string>): string[] {
  const byLength: string[][] = [];
  for (const key of keys) {
    const bucket = byLength[key.length];
    if (bucket) bucket.push(key);
    else byLength[key.length] = [key];
  }
  return byLength.reverse().flatMap((bucket) => bucket ?? []);
}

/** The edge rule the RegExp cannot say simply: a package named after something else (`nest-asyncio`). */
function hyphenEdgesOk(text: string, start: number): boolean {
  return !(text[start - 1] === '-' && wordCharBefore(text, start - 1));
}

/**
 * A file name: `wsgi.py`, `flask.js`, `logback.xml`, `jquery.min.js`, `docker-compose.prod.yml`
 * (an extension after the alias, maybe after further dotted parts), unless a call follows (`express.json()`).
 */
const FILE_EXTENSION_AFTER =
  /^(?:\.[\w-]+)*\.(?:py|pyc|js|mjs|cjs|ts|tsx|jsx|rb|go|rs|java|class|jar|war|php|json|toml|txt|cfg|ini|conf|config|properties|ya?ml|xml|html?|jsp|aspx?|css|scss|less|md|lock|sh|bat|exe|dll|so|gradle|csproj|sln|rc|cgi|log|min|vue|svelte|ipynb|csv)\b(?![(\w])/i;
/**
 * An extension or a member (`doLogin.jsp`, `vert.glsl`, `window.jQuery`): a lowercase name right after a
 * dot that follows a word. A capitalised one is a namespace part (`Microsoft.EntityFrameworkCore`).
 */
function dottedBefore(text: string, start: number): boolean {
  const first = text.charCodeAt(start);
  return first >= 97 && first <= 122 && text[start - 1] === '.' && wordCharBefore(text, start - 1);
}
/** Inside a web address that started before (`xmlns="http://maven.apache.org/…"`). */
const WEB_ADDRESS_BEFORE = /(?:[a-z][\w+.-]*:\/\/|\bwww\.)[^\s"'<>]*$/i;
const inWebAddress = (text: string, start: number) =>
  WEB_ADDRESS_BEFORE.test(text.slice(Math.max(0, start - TOKEN_REACH), start));
const URL_TOKEN = /^(?:[a-z][\w+.-]*:\/\/|www\.)|^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|sh|rs|app)(?:[/:?#]|$)/i;

/** The whitespace-delimited token around [start, end), without the punctuation that wraps it. */
function tokenAround(text: string, start: number, end: number): string {
  // Bounded: without a bound, every match in one long token rescans the whole token (quadratic).
  const low = Math.max(0, start - TOKEN_REACH);
  const high = Math.min(text.length, end + TOKEN_REACH);
  let from = start;
  while (from > low && !isSpace(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < high && !isSpace(text.charCodeAt(to))) to++;
  return text.slice(from, to).replace(/^[("'<[]+|[)"'>\].,;:!?]+$/g, '');
}

const SLASH = /[/\\]/;
/** A slash, then one segment that is a file: `tornado/ioloop.py`. */
const FILE_SEGMENT_AFTER = /^[/\\][\w-]+\.(?:py|js|ts|rb|java|php|go|rs|json|ya?ml|xml|html?|css|txt|md)\b/i;

/**
 * A file path (whitespace-delimited): a part after a slash with more of the path
 * after it (`site-packages/tornado/ioloop.py`, `…/tornado-6.0.4.egg/…`), or the
 * first part of a path that goes on for two more (`scrapy/core/downloader`) or
 * names a file (`tornado/ioloop.py`). One slash is prose ("Ruby/Rails",
 * "Flask/Django"), and `@angular/core/testing` is a scoped package's module.
 */
function inPath(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > Math.max(0, start - TOKEN_REACH) && !isSpace(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < Math.min(text.length, end + TOKEN_REACH) && !isSpace(text.charCodeAt(to))) to++;
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  if (/[/\\]$/.test(before) && SLASH.test(after)) return true;
  if (before.endsWith('@') || !/^[/\\]/.test(after)) return false;
  return SLASH.test(after.slice(1)) || FILE_SEGMENT_AFTER.test(after);
}

/** The whitespace-delimited token around [start, end) is a URL, a domain or a path other than the alias itself. */
function inAddress(text: string, start: number, end: number): boolean {
  const token = tokenAround(text, start, end);
  return (token.length > end - start && URL_TOKEN.test(token)) || dottedBefore(text, start) || inPath(text, start, end);
}

/** No letter, digit or underscore right before `start` (astral letters are two UTF-16 units). */
function startEdgeOk(text: string, start: number): boolean {
  return !wordCharBefore(text, start);
}

/** A member or a call right after a name: `jQuery.each`, `Hanami::Router`, `jquery(this)`. */
export const MEMBER_AFTER = /^(?:\.|::)[A-Za-z_$]|^\(/;

/** A match, flagged where what follows makes it need evidence. */
function matchAt(text: string, start: number, end: number, refs: AliasRef[]): RawMatch {
  const match: RawMatch = { start, end, text: text.slice(start, end), refs };
  if (gluedAt(text, end)) match.glued = true;
  if (MEMBER_AFTER.test(text.slice(end, end + 3))) match.member = true;
  return match;
}

/** `_` and an ASCII letter after the alias: a module named after the framework (`flask_cors`). */
function gluedAt(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 95) return false;
  const next = text.charCodeAt(end + 1);
  return (next >= 97 && next <= 122) || (next >= 65 && next <= 90);
}

function endEdgeOk(text: string, end: number): boolean {
  return !wordCharAt(text, end) || gluedAt(text, end);
}

function edgeOk(text: string, start: number, end: number, packageNames: boolean): boolean {
  // A file name is never a mention (`flask.py`), in a manifest or not.
  if (!startEdgeOk(text, start) || !endEdgeOk(text, end) || FILE_EXTENSION_AFTER.test(text.slice(end, end + 40))) {
    return false;
  }
  // A manifest's module paths (`github.com/gin-gonic/gin`) are package names, its URLs (`http://…`) are not,
  // nor a backslash path's parts: no package name holds one (`Illuminate\\Foundation\\…` in composer.json).
  if (packageNames) return !inWebAddress(text, start) && text[start - 1] !== '\\' && text[end] !== '\\';
  return hyphenEdgesOk(text, start) && !inAddress(text, start, end);
}

export function compileMatcher(index: MatchIndex): Matcher {
  const byKey = new Map<string, AliasRef[]>();
  for (const entry of index) {
    for (const alias of entry.aliases) {
      const key = alias.text.toLowerCase();
      const refs = byKey.get(key) ?? [];
      // Every spelling is kept ("cURL" and "curl"): which one was written decides whether evidence is needed.
      if (!refs.some((ref) => ref.frameworkId === entry.id && ref.alias.text === alias.text)) {
        refs.push({ frameworkId: entry.id, alias });
      }
      byKey.set(key, refs);
    }
  }
  if (byKey.size === 0) return { find: () => [], starts: () => [] };
  // Sorted only when a rejected match needs a shorter alias: most pages never do.
  let sortedKeys: string[] | undefined;
  const keysLongestFirst = () => (sortedKeys ??= longestFirst(byKey.keys()));
  // Word edges are checked in JS on the few candidates: Unicode lookarounds in
  // the RegExp itself made every text node ~8× slower to search (V8, 311 aliases).
  const pattern = new RegExp(`(?:${aliasPattern(byKey.keys())})`, 'gi');

  const refsOf = (key: string): AliasRef[] => byKey.get(key) ?? [];

  /**
   * The longest alias at `start` failed an edge rule (`@sveltejs/kit.py`, a file
   * name): try the shorter aliases that start there.
   */
  function shorterAt(text: string, start: number, longest: number, packageNames: boolean): RawMatch | undefined {
    const lower = text.slice(start, start + longest).toLowerCase();
    for (const key of keysLongestFirst()) {
      if (key.length >= longest || !lower.startsWith(key)) continue;
      const end = start + key.length;
      const refs = refsOf(key);
      if (refs.length > 0 && edgeOk(text, start, end, packageNames)) return matchAt(text, start, end, refs);
    }
    return undefined;
  }

  // The search stops in every "error" for "RoR" and every "login" for "Gin". A lowercase stop
  // inside a word, of an alias every framework writes capitalised and takes only as written, is
  // no start: in a page's text the rare name split across nodes that way ("<b>lo</b>gin") is not
  // worth a visit to every "error" and "engine" on the page.
  const capitalisedOnly = new Set<string>();
  for (const [key, refs] of byKey) {
    if (refs.every((ref) => ref.alias.case === 'exact' && ref.alias.text !== key)) capitalisedOnly.add(key);
  }
  const insideWordOnly = (text: string, at: number, matched: string) =>
    wordCharBefore(text, at) && matched === matched.toLowerCase() && capitalisedOnly.has(matched);

  return {
    starts(text) {
      const found: number[] = [];
      pattern.lastIndex = 0;
      // On from one past each stop, not from its end: in a page's text an alias
      // may run on into the next text node, and another may start inside it.
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (!insideWordOnly(text, m.index, m[0])) found.push(m.index);
        pattern.lastIndex = m.index + 1;
      }
      return found;
    },
    find(text, packageNames = false) {
      const found: RawMatch[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const matched = m[0];
        const start = m.index;
        const end = start + matched.length;
        if (!startEdgeOk(text, start)) {
          // Inside a word ("expression"): no alias can start here.
          pattern.lastIndex = start + 1;
          continue;
        }
        const refs = refsOf(matched.toLowerCase());
        if (refs.length > 0 && edgeOk(text, start, end, packageNames)) {
          found.push(matchAt(text, start, end, refs));
        } else {
          const shorter = shorterAt(text, start, matched.length, packageNames);
          if (shorter) found.push(shorter);
          // Go on right after what was taken: an alias may start inside the rejected longer one
          // (`@sveltejs/kit.py` is a file name, `sveltejs` in it is still a name).
          pattern.lastIndex = shorter ? shorter.end : start + 1;
        }
      }
      return found;
    },
  };
}
