/**
 * Confidence (0..1) that a raw alias match names the framework.
 *
 * The rule:
 * 1. A muted framework or muted word is dropped.
 * 2. A name the catalog flags as never an everyday word (gevent, asyncio,
 *    FastAPI), written as the catalog writes it or in a case the alias
 *    allows, gets 1: no evidence is weighed and the text around it is never
 *    read. Except where it is scored like an everyday word: on a site known
 *    to be about something else (see PageContext.everydaySite), glued to a
 *    module name in code (`flask_cors`; in prose such a name is an identifier
 *    and dropped), or followed by a member or call (in prose a lowercase
 *    member or a call names an API and is dropped: `jquery.each()`).
 * 3. Everything else is scored by the fitted scorer (scorer.ts) over the
 *    features of mention-features.ts: everyday words (Tornado, Flask,
 *    Spring…), names written in a case the catalog does not use ("angular",
 *    "react"), and every name on a site that is not about software, where the
 *    everyday sense is the default.
 * 4. Syntactic use settles it: imported or installed, pinned to a version, or
 *    the package a dependency manifest's line names, a candidate gets at
 *    least 0.9 whatever the word (`pip install requests`, `click==8.1`).
 * 5. One sense per page: strong evidence for a framework (an import, an
 *    install command, a version pin, a dependency line, the page's tag, or a
 *    rule-2 name) anywhere on the page lifts its other candidates by the
 *    fitted weight of the pageEvidence feature. A scan therefore settles its
 *    candidates after it has seen all of them (see `assess` and `settle`).
 * The user's sensitivity picks the threshold: strict 0.8, balanced 0.5, eager 0.3.
 */
import type { MatchEntry, MatchIndex } from '../../data/match-index';
import { isAscii } from './letters';
import type { AliasRef, RawMatch } from './matcher';
import type { ScanSettings, Sensitivity } from './mention';
import {
  type FeatureVector,
  isStrongEvidence,
  isSyntacticUse,
  type LocalContext,
  localFeatures,
  pageEvidenceValue,
} from './mention-features';
import { LICENSE_AFTER } from './mention-words';
import { fittedScorer, type Scorer, sigmoid } from './scorer';
import type { PageContext } from './sites/site-adapter';

export type { LocalContext } from './mention-features';

export const THRESHOLDS: Record<Sensitivity, number> = { strict: 0.8, balanced: 0.5, eager: 0.3 };
/** z of confidence 0.9: the floor for syntactic use (rule 4). */
const SYNTACTIC_Z = Math.log(0.9 / 0.1);

export interface Verdict {
  frameworkId: string;
  confidence: number;
}

/** One framework a match may name, before the page's evidence is counted. */
interface Option {
  frameworkId: string;
  /** Rule 2: settled at 1. */
  certain: boolean;
  /** The scorer's z from the candidate's own context. */
  z: number;
  strong: boolean;
}

/** A match assessed on its own context, to be settled once the page's evidence is known. */
export interface Assessment {
  options: Option[];
  /** The features of the best-scoring scored option, and its framework (for the fitting script). */
  features?: { frameworkId: string; aliasKey: string; x: FeatureVector };
}

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

const API_AFTER = /^(?:\.[a-z_$]|::|\()/;
const afterMatch = (local: LocalContext, match: RawMatch) =>
  local.window.slice(local.at + match.text.length, local.at + match.text.length + 40);

/** Rule 2: no evidence needed. */
function certain(ref: AliasRef, match: RawMatch, page: () => PageContext): boolean {
  const { text } = match;
  if (ref.alias.ordinaryWord || match.glued || match.member) return false;
  if (ref.alias.case === 'exact' && ref.alias.text !== text) return false;
  return !page().everydaySite;
}

export interface Disambiguator {
  /** The match judged on its own context; undefined when muted. `local` is asked for only when needed. */
  assess(match: RawMatch, local: () => LocalContext): Assessment | undefined;
  /** The best-supported framework once the page's evidence is counted, or undefined below the threshold. */
  settle(assessment: Assessment): Verdict | undefined;
  /** `assess` then `settle` with the evidence seen so far. */
  judge(match: RawMatch, local: () => LocalContext): Verdict | undefined;
}

/** `pageContext` is read on the first match that needs it: most mentions never do. */
export function createDisambiguator(
  index: MatchIndex,
  pageContext: () => PageContext,
  settings: ScanSettings,
  minConfidence = threshold(settings.sensitivity),
  scorer: Scorer = fittedScorer,
): Disambiguator {
  const entries = new Map(index.map((entry) => [entry.id, entry]));
  const mutedFrameworks = new Set(settings.mutedFrameworks);
  const mutedWords = new Set(settings.mutedWords.map((word) => word.toLowerCase()));
  let context: PageContext | undefined;
  const page = () => (context ??= pageContext());
  let names: Set<string> | undefined;
  // Whether the page is tagged with a framework is asked for every mention of it: once is enough.
  const taggedPage = new Map<string, boolean>();
  const isTagged = (entry: MatchEntry) => {
    let answer = taggedPage.get(entry.id);
    if (answer === undefined) {
      names ??= tagNames(page());
      answer = tagged(entry, names);
      taggedPage.set(entry.id, answer);
    }
    return answer;
  };
  /** Places of strong evidence per framework, over every scan of this page. */
  const evidence = new Map<string, number>();

  function assess(match: RawMatch, local: () => LocalContext): Assessment | undefined {
    if (mutedWords.has(match.text.toLowerCase())) return undefined;
    const options: Option[] = [];
    let features: Assessment['features'];
    let around: LocalContext | undefined;
    let bestZ = Number.NEGATIVE_INFINITY;
    for (const ref of match.refs) {
      const entry = entries.get(ref.frameworkId);
      if (!entry || mutedFrameworks.has(entry.id)) continue;
      let option: Option;
      if (certain(ref, match, page)) {
        option = { frameworkId: entry.id, certain: true, z: Number.POSITIVE_INFINITY, strong: true };
      } else {
        around ??= local();
        // In prose a name glued to another by an underscore is an identifier (`mysql_real_escape_string`,
        // `node_modules`); in code it may be a module named after the framework (`import flask_cors`).
        if (match.glued && around.area !== 'code') continue;
        // In prose a lowercase member or a call (`gevent.monkey.patch_all()`, `jquery.each`, `angular.module`)
        // names an API, not the framework (tests/fixtures/labels/RULES.md, rule 4); "Flask.It" is a typo'd sentence.
        if (match.member && around.area !== 'code' && API_AFTER.test(afterMatch(around, match))) continue;
        // "Apache 2.0 license", "Apache License": a licence's name, never the software.
        if (LICENSE_AFTER.test(around.window.slice(around.at + match.text.length, around.at + match.text.length + 40)))
          continue;
        const x = localFeatures({ text: match.text, alias: ref.alias, entry }, around, page(), isTagged);
        const aliasKey = ref.alias.text.toLowerCase();
        const z = isSyntacticUse(x, around)
          ? Math.max(SYNTACTIC_Z, scorer.local(x, aliasKey))
          : scorer.local(x, aliasKey);
        option = { frameworkId: entry.id, certain: false, z, strong: isStrongEvidence(x) };
        if (z > bestZ) {
          bestZ = z;
          features = { frameworkId: entry.id, aliasKey, x };
        }
      }
      // One option per framework: a spelling that needs no evidence beats one that does.
      const same = options.findIndex((other) => other.frameworkId === entry.id);
      if (same < 0) options.push(option);
      else if (option.z > (options[same]?.z ?? Number.NEGATIVE_INFINITY)) options[same] = option;
    }
    for (const option of options)
      if (option.strong) evidence.set(option.frameworkId, (evidence.get(option.frameworkId) ?? 0) + 1);
    return options.length > 0 ? { options, features } : undefined;
  }

  function settle(assessment: Assessment): Verdict | undefined {
    let best: Verdict | undefined;
    for (const option of assessment.options) {
      let confidence = 1;
      if (!option.certain) {
        const elsewhere = (evidence.get(option.frameworkId) ?? 0) - (option.strong ? 1 : 0);
        confidence = sigmoid(option.z + scorer.pageEvidenceWeight * pageEvidenceValue(elsewhere));
      }
      if (!best || confidence > best.confidence) best = { frameworkId: option.frameworkId, confidence };
    }
    return best && best.confidence >= minConfidence ? best : undefined;
  }

  return {
    assess,
    settle,
    judge(match, local) {
      const assessment = assess(match, local);
      return assessment && settle(assessment);
    },
  };
}
