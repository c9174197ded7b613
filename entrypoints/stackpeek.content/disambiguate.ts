/**
 * Confidence (0..1) that a raw alias match names the framework.
 *
 * The rule:
 * 1. A muted framework or muted word is dropped.
 * 2. An alias that is never an everyday word (gevent, asyncio, FastAPI):
 *    1, with no evidence weighed and the text around it never read.
 * 3. An everyday word (tornado, twisted, flask, spring, express…) starts at 0
 *    and needs evidence. Strong evidence alone gives at least 0.9:
 *    - the page is tagged with it (`flask`, `django-models`, `reactjs`) on a
 *      programming site, unless it is used in the everyday sense ("this twisted design");
 *    - code use: `import tornado…`, `from twisted.internet import`,
 *      `require('express')`, a version pin `tornado==6.5.2`, `"express": "^4"`,
 *      `pip install flask`, dotted access `tornado.ioloop` in code, or the same
 *      name imported nearby (`const app = express()`);
 *    - a dependency-file view where it is the line's package name.
 *    Weaker evidence adds up (balanced needs 0.5):
 *    - +0.3 the framework's context hints within ~150 characters (+0.15 for a second one);
 *    - +0.2 per tech word nearby (server, library, error, import…), at most two;
 *    - +0.35 a tech noun or version right next to it ("Flask app", "tornado 6.4", "app Flask");
 *    - +0.4 another framework named within a few characters ("Tornado and Flask"), +0.25 further away;
 *    - +0.2 a programming site or page (GitHub, Stack Overflow, a page with language tags);
 *    - +0.25 / −0.3 the page's languages include / exclude the framework's (entries that need evidence carry their languages);
 *    - −0.5 where code defines the name (`class Echo(`); −0.6 a licence ("Apache 2.0 license");
 *    - +0.25 capitalised mid-sentence, outside a Title Case run ("Python Software Foundation");
 *    - −0.2 lowercase in prose when the name is usually capitalised;
 *    - −0.25 after an article or possessive with no tech noun after it ("a twisted ankle", "the spring").
 * The user's sensitivity picks the threshold: strict 0.8, balanced 0.5, eager 0.3.
 */
import type { MatchEntry, MatchIndex } from '../../data/match-index';
import { isAscii, letterOrDigitAt, startsUppercase } from './letters';
import type { AliasRef, RawMatch } from './matcher';
import type { Area, ScanSettings, Sensitivity } from './mention';
import type { PageContext } from './sites/site-adapter';

export const THRESHOLDS: Record<Sensitivity, number> = { strict: 0.8, balanced: 0.5, eager: 0.3 };

export interface LocalContext {
  /** The text around the match: its block (a line of code, a paragraph), ~150 chars either side. */
  window: string;
  /** Where the match starts in `window`. */
  at: number;
  area: Area;
  /** Other frameworks named in the window (unambiguous names, or capitalised ones). */
  neighbours: number;
  /** One of them is within a few characters ("Tornado and Flask", "deno and bun"). */
  neighbourNear: boolean;
}

export interface Verdict {
  frameworkId: string;
  confidence: number;
}

const TECH_WORDS =
  /\b(?:frameworks?|servers?|apps?|applications?|librar(?:y|ies)|modules?|packages?|pip3?|npm|yarn|gem|install(?:ed)?|import(?:ing)?|web|async(?:hronous)?|api|backend|http|websockets?|requests?|handlers?|routes?|deploy(?:ed|ing)?|python[\d.]*|javascript|typescript|java|ruby|node|html|css|version|project|code|endpoint|views?|middleware|docs|documentation|coroutines?|event loop|wsgi|asgi|runtimes?|workers?|daemon|errors?|exceptions?|stack ?traces?|tracebacks?|debug(?:ging)?|config(?:uration)?)\b/gi;
const TECH_NOUN_AFTER =
  /^[\s-]*(?:apps?|applications?|servers?|frameworks?|projects?|routes?|views?|handlers?|api|docs|documentation|versions?|librar(?:y|ies)|modules?|packages?|extensions?|plugins?|backend|requests?|templates?|models?|tutorials?|code|websockets?|runtimes?|workers?|ioloop|reactor|deferreds?|middleware|orm|admin|settings)\b/i;
const ARTICLE_BEFORE = /\b(?:a|an|the|this|that|my|your|his|her|our|their|its|last|next|of)\s+$/i;
const IMPORT_BEFORE =
  /(?:\b(?:import|from)\s+(?:[\w.]+\s*,\s*)*$|\brequire\s*\(\s*['"]$|\bfrom\s+['"]$|\bimport\s+['"]$|\b(?:pip3?|pipenv|poetry|uv)\s+(?:install|add)\s+(?:\S+\s+)*$|\b(?:npm|yarn|pnpm|bun)\s+(?:i|install|add)\s+(?:\S+\s+)*$|\bgem\s+install\s+$)/i;
const PIN_AFTER = /^(?:\[[\w,\s-]+\])?\s*(?:[=<>!~]=|[<>]|@)\s*\d|^["']\s*:\s*["'][\^~><=]*\d/;
const DOTTED_AFTER = /^\.[A-Za-z_]/;
const SENTENCE_START = /(?:^|[.!?:;]\s+|\n\s*)$/;
/** Only quotes, brackets, list or comment markers before it: the first word of its block. */
const FIRST_WORD = /^[\s"'`([#*/>•-]*$/;
/** A capitalised word right before or after: a Title Case name ("Python Software Foundation", "Tornado Alley"). */
const CAPITAL_WORD_BEFORE = /\p{Lu}[\p{L}\p{N}]*\s$/u;
const CAPITAL_WORD_AFTER = /^\s\p{Lu}/u;
/** Being defined here (`class Echo(`, `def flask`): a local name, not the framework. */
const DEFINED_BEFORE = /\b(?:class|def|function|interface|struct|type|enum|var|let|const|val)\s+$/;
/** "the web framework Flask", "app Flask" (Portuguese and Spanish put the noun first). */
const TECH_NOUN_BEFORE =
  /\b(?:framework|library|server|servidor|app|aplicação|aplicación|biblioteca|runtime|package|module)\s+$/i;
/** "Apache 2.0 license", "Apache License": a licence's name. */
const LICENSE_AFTER = /^\s+(?:v?\d+(?:\.\d+)*\s+)?licen[cs]e/i;
const VERSION_AFTER = /^\s+v?\d+(?:\.\d+)+\b/;

export function threshold(sensitivity: Sensitivity): number {
  return THRESHOLDS[sensitivity];
}

/** Tags name frameworks loosely: `reactjs`, `node.js`, `vue.js`, `django-models`, `python-tornado`. */
function normalTag(text: string): string {
  const lower = text.toLowerCase();
  return isAscii(lower) ? lower.replace(/[^a-z0-9#+]/g, '') : lower.replace(/[^\p{L}\p{N}#+]/gu, '');
}

/** Every name the page's tags give a framework: `python-tornado` → tornado, `django-models` → django. */
function tagNames(context: PageContext): Set<string> {
  return new Set(
    context.tags.flatMap((tag) => {
      const base = tag.replace(/^python-/, '');
      return [base, base.split('-')[0] ?? base, base.replace(/\.?js$/, '')].map(normalTag);
    }),
  );
}

function tagged(entry: MatchEntry, names: Set<string>): boolean {
  return [entry.id, ...entry.aliases.map((alias) => alias.text)].some((name) => names.has(normalTag(name)));
}

function codeUse(window: string, at: number, end: number, area: Area, alias: string): boolean {
  const before = window.slice(Math.max(0, at - 80), at);
  const after = window.slice(end, end + 40);
  if (IMPORT_BEFORE.test(before) || PIN_AFTER.test(after) || (area === 'code' && DOTTED_AFTER.test(after))) return true;
  // The same name imported nearby: `const express = require('express')`, `express()` below it.
  return importsNearby(window, alias);
}

/** One compiled search per alias: compiling is the costly part. */
const importSearches = new Map<string, RegExp>();

function importsNearby(window: string, alias: string): boolean {
  let search = importSearches.get(alias);
  if (!search) {
    const name = alias.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    search = new RegExp(
      `(?:\\b(?:import|from)\\s+${name}\\b|require\\(\\s*['"]${name}['"]|from\\s+['"]${name}['"])`,
      'i',
    );
    importSearches.set(alias, search);
  }
  return search.test(window);
}

function hintScore(entry: MatchEntry, window: string, matched: string): number {
  const lower = window.toLowerCase();
  const own = matched.toLowerCase();
  let found = 0;
  for (const hint of entry.contextHints) {
    const h = hint.toLowerCase();
    if (h === own) continue;
    const i = lower.indexOf(h);
    // Whole words only: "app" must not be found in "happy".
    if (i >= 0 && !letterOrDigitAt(lower, i - 1) && !letterOrDigitAt(lower, i + h.length)) found++;
    if (found === 2) break;
  }
  return found === 0 ? 0 : found === 1 ? 0.3 : 0.45;
}

function techWordScore(window: string, at: number, end: number): number {
  const words = new Set<string>();
  for (const part of [window.slice(0, at), window.slice(end)]) {
    for (const found of part.matchAll(TECH_WORDS)) words.add(found[0].toLowerCase());
  }
  return Math.min(2, words.size) * 0.2;
}

/** +0.25 when the page's languages include the framework's, −0.3 when they are known and don't. */
function languageScore(entry: MatchEntry, context: PageContext): number {
  if (entry.languages.length === 0 || context.languages.length === 0) return 0;
  return entry.languages.some((language) => context.words.has(language)) ? 0.25 : -0.3;
}

/** How well the evidence supports `ref`, an everyday word, naming `entry`. */
function score(
  entry: MatchEntry,
  ref: AliasRef,
  match: RawMatch,
  local: LocalContext,
  context: PageContext,
  pageTagged: boolean,
): number {
  const { window, at, area } = local;
  const end = at + match.text.length;
  const before = window.slice(Math.max(0, at - 40), at);
  const after = window.slice(end, end + 40);
  const nounAfter = TECH_NOUN_AFTER.test(after) || VERSION_AFTER.test(after) || TECH_NOUN_BEFORE.test(before);
  const capital = startsUppercase(match.text);
  const aliasCapital = startsUppercase(ref.alias.text);
  const lowerInProse = !capital && aliasCapital && area !== 'code';
  // "this twisted design", "a bottle of": the everyday sense, whatever the page's tags say.
  const everydaySense = lowerInProse && ARTICLE_BEFORE.test(before) && !nounAfter;
  const strong =
    (pageTagged && context.technical && !everydaySense) ||
    codeUse(window, at, end, area, ref.alias.text) ||
    (context.dependencyFile && area === 'code' && /^\s*$/.test(window.slice(0, at)));
  let evidence = hintScore(entry, window, match.text) + techWordScore(window, at, end) + languageScore(entry, context);
  if (nounAfter) evidence += 0.35;
  if (area === 'code' && DEFINED_BEFORE.test(before)) evidence -= 0.5;
  if (LICENSE_AFTER.test(after)) evidence -= 0.6;
  if (local.neighbours > 0) evidence += local.neighbourNear ? 0.4 : 0.25;
  if (context.technical) evidence += 0.2;

  const titleCase = CAPITAL_WORD_BEFORE.test(before) || CAPITAL_WORD_AFTER.test(after);
  if (capital && !titleCase && !SENTENCE_START.test(before) && !FIRST_WORD.test(before)) evidence += 0.25;
  if (lowerInProse) evidence -= 0.2;
  if (ARTICLE_BEFORE.test(before) && !nounAfter) evidence -= 0.25;
  const confidence = Math.max(0, Math.min(1, evidence));
  return strong ? Math.max(0.9, confidence) : confidence;
}

export interface Disambiguator {
  /**
   * The best-supported framework for the match, or undefined when muted or
   * below the threshold. `local` is asked for only when an everyday word needs evidence.
   */
  judge(match: RawMatch, local: () => LocalContext): Verdict | undefined;
}

/** `pageContext` is read on the first everyday word: most mentions never need it. */
export function createDisambiguator(
  index: MatchIndex,
  pageContext: () => PageContext,
  settings: ScanSettings,
  minConfidence = threshold(settings.sensitivity),
): Disambiguator {
  const entries = new Map(index.map((entry) => [entry.id, entry]));
  const mutedFrameworks = new Set(settings.mutedFrameworks);
  const mutedWords = new Set(settings.mutedWords.map((word) => word.toLowerCase()));
  let context: PageContext | undefined;
  let names: Set<string> | undefined;
  // Whether the page is tagged with a framework is asked for every mention of it: once is enough.
  const taggedPage = new Map<string, boolean>();
  const isTagged = (entry: MatchEntry, page: PageContext) => {
    let answer = taggedPage.get(entry.id);
    if (answer === undefined) {
      names ??= tagNames(page);
      answer = tagged(entry, names);
      taggedPage.set(entry.id, answer);
    }
    return answer;
  };
  return {
    judge(match, local) {
      if (mutedWords.has(match.text.toLowerCase())) return undefined;
      let best: Verdict | undefined;
      let around: LocalContext | undefined;
      for (const ref of match.refs) {
        const entry = entries.get(ref.frameworkId);
        if (!entry || mutedFrameworks.has(entry.id)) continue;
        let confidence = 1;
        if (ref.alias.ordinaryWord) {
          context ??= pageContext();
          around ??= local();
          confidence = score(entry, ref, match, around, context, isTagged(entry, context));
        }
        if (!best || confidence > best.confidence) best = { frameworkId: entry.id, confidence };
      }
      return best && best.confidence >= minConfidence ? best : undefined;
    },
  };
}
