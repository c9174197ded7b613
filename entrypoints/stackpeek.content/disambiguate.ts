/**
 * Confidence (0..1) that a raw alias match names the framework.
 *
 * The rule:
 * 1. A muted framework or muted word is dropped.
 * 2. An alias that is never an everyday word (gevent, asyncio, FastAPI):
 *    0.9, plus 0.05 per piece of evidence below, at most 1.
 * 3. An everyday word (tornado, twisted, flask, spring, express…) starts at 0
 *    and needs evidence. Strong evidence alone gives at least 0.9:
 *    - the page is tagged with it (`flask`, `django-models`);
 *    - code use: `import tornado…`, `from twisted.internet import`,
 *      `require('express')`, a version pin `tornado==6.5.2`, `"express": "^4"`,
 *      `pip install flask`, dotted access `tornado.ioloop` in code;
 *    - a dependency-file view where it is the line's package name.
 *    Weaker evidence adds up:
 *    - +0.3 the framework's context hints within ~150 characters (+0.15 for a second one);
 *    - +0.25 the page's languages/tags include the framework's language;
 *    - +0.25 tech words nearby (server, app, library, pip…);
 *    - +0.35 a tech noun right after it ("Flask app", "Tornado server");
 *    - +0.25 inside code; +0.25 capitalised mid-sentence (a proper noun);
 *    - −0.2 lowercase in prose when the name is usually capitalised;
 *    - −0.25 after an article or possessive with no tech noun after it ("a twisted ankle", "the spring").
 * The user's sensitivity picks the threshold: strict 0.8, balanced 0.5, eager 0.3.
 */
import type { MatchEntry, MatchIndex } from '../../data/match-index';
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
}

export interface Verdict {
  frameworkId: string;
  confidence: number;
}

const TECH_WORDS =
  /\b(?:frameworks?|servers?|apps?|applications?|librar(?:y|ies)|modules?|packages?|pip3?|npm|yarn|gem|install(?:ed)?|web|async(?:hronous)?|api|backend|http|websockets?|requests?|handlers?|routes?|deploy(?:ed|ing)?|python|javascript|java|ruby|node|version|project|code|endpoint|views?|middleware|docs|documentation|coroutines?|event loop|wsgi|asgi)\b/i;
const TECH_NOUN_AFTER =
  /^[\s-]*(?:apps?|applications?|servers?|frameworks?|projects?|routes?|views?|handlers?|api|docs|documentation|versions?|librar(?:y|ies)|modules?|packages?|extensions?|plugins?|backend|requests?|templates?|models?|tutorials?|code|websockets?|ioloop|reactor|deferreds?|middleware|orm|admin|settings)\b/i;
const ARTICLE_BEFORE = /\b(?:a|an|the|this|that|my|your|his|her|our|their|its|last|next|of)\s+$/i;
const IMPORT_BEFORE =
  /(?:\b(?:import|from)\s+(?:[\w.]+\s*,\s*)*$|\brequire\s*\(\s*['"]$|\bfrom\s+['"]$|\bimport\s+['"]$|\b(?:pip3?|pipenv|poetry|uv)\s+(?:install|add)\s+(?:-\S+\s+)*$|\b(?:npm|yarn|pnpm)\s+(?:i|install|add)\s+(?:-\S+\s+)*$|\bgem\s+install\s+$)/i;
const PIN_AFTER = /^(?:\[[\w,\s-]+\])?\s*(?:[=<>!~]=|[<>]|@)\s*\d|^["']\s*:\s*["'][\^~><=]*\d/;
const DOTTED_AFTER = /^\.[A-Za-z_]/;
const SENTENCE_START = /(?:^|[.!?:;]\s+|\n\s*)$/;
const FIRST_WORD = /^[\s"'`([]*$/;

export function threshold(sensitivity: Sensitivity): number {
  return THRESHOLDS[sensitivity];
}

function tagged(entry: MatchEntry, ref: AliasRef, context: PageContext): boolean {
  const names = [entry.id, ref.alias.text.toLowerCase()];
  return context.tags.some((tag) => names.some((name) => tag === name || tag.startsWith(`${name}-`)));
}

function codeUse(window: string, at: number, end: number, area: Area): boolean {
  const before = window.slice(Math.max(0, at - 60), at);
  const after = window.slice(end, end + 40);
  return IMPORT_BEFORE.test(before) || PIN_AFTER.test(after) || (area === 'code' && DOTTED_AFTER.test(after));
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
    if (i >= 0 && !/[\p{L}\p{N}]/u.test(lower[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(lower[i + h.length] ?? ''))
      found++;
    if (found === 2) break;
  }
  return found === 0 ? 0 : found === 1 ? 0.3 : 0.45;
}

function languageMatch(entry: MatchEntry, context: PageContext): boolean {
  const languages = (entry as { languages?: string[] }).languages ?? entry.contextHints;
  return languages.some((language) => context.words.has(language.toLowerCase()));
}

function score(entry: MatchEntry, ref: AliasRef, match: RawMatch, local: LocalContext, context: PageContext): number {
  const { window, at, area } = local;
  const end = at + match.text.length;
  const before = window.slice(Math.max(0, at - 40), at);
  const after = window.slice(end, end + 40);
  const strong =
    tagged(entry, ref, context) ||
    codeUse(window, at, end, area) ||
    (context.dependencyFile && area === 'code' && /^\s*$/.test(window.slice(0, at)));
  let evidence = hintScore(entry, window, match.text);
  if (languageMatch(entry, context)) evidence += 0.25;
  if (TECH_WORDS.test(window.slice(0, at)) || TECH_WORDS.test(window.slice(end))) evidence += 0.25;
  const nounAfter = TECH_NOUN_AFTER.test(after);
  if (nounAfter) evidence += 0.35;
  if (area === 'code') evidence += 0.25;

  if (!ref.alias.ordinaryWord) return Math.min(1, 0.9 + (strong || evidence > 0 ? 0.1 : 0));

  const capital = /^\p{Lu}/u.test(match.text);
  const aliasCapital = /^\p{Lu}/u.test(ref.alias.text);
  if (capital && !SENTENCE_START.test(before) && !FIRST_WORD.test(before)) evidence += 0.25;
  if (!capital && aliasCapital && area !== 'code') evidence -= 0.2;
  if (ARTICLE_BEFORE.test(before) && !nounAfter) evidence -= 0.25;
  const confidence = Math.max(0, Math.min(1, evidence));
  return strong ? Math.max(0.9, confidence) : confidence;
}

export interface Disambiguator {
  /** The best-supported framework for the match, or undefined when muted or below the threshold. */
  judge(match: RawMatch, local: LocalContext): Verdict | undefined;
}

export function createDisambiguator(
  index: MatchIndex,
  context: PageContext,
  settings: ScanSettings,
  minConfidence = threshold(settings.sensitivity),
): Disambiguator {
  const entries = new Map(index.map((entry) => [entry.id, entry]));
  const mutedFrameworks = new Set(settings.mutedFrameworks);
  const mutedWords = new Set(settings.mutedWords.map((word) => word.toLowerCase()));
  return {
    judge(match, local) {
      if (mutedWords.has(match.text.toLowerCase())) return undefined;
      let best: Verdict | undefined;
      for (const ref of match.refs) {
        const entry = entries.get(ref.frameworkId);
        if (!entry || mutedFrameworks.has(entry.id)) continue;
        const confidence = score(entry, ref, match, local, context);
        if (!best || confidence > best.confidence) best = { frameworkId: entry.id, confidence };
      }
      return best && best.confidence >= minConfidence ? best : undefined;
    },
  };
}
