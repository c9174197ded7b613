/**
 * The named, explainable facts the scorer weighs for one candidate mention.
 * Each feature is a number in 0..1 (most are yes/no), computed from the
 * candidate's text, the ~150 characters around it in its block, and the
 * page. The same function runs in the content script and in the fitting
 * script (tests/tools/fit), so the weights in data/scorer-weights.json are
 * fitted on exactly what the extension computes.
 */
import type { Alias } from '../../data/catalog-schema';
import type { MatchEntry } from '../../data/match-index';
import { startsUppercase } from './letters';
import { MEMBER_AFTER } from './matcher';
import type { Area } from './mention';
import {
  ARTICLE_BEFORE,
  CAPITAL_WORD_AFTER,
  CAPITAL_WORD_BEFORE,
  CODE_IMPORT_BEFORE,
  DEFINED_BEFORE,
  FIRST_WORD,
  IMPORT_BEFORE,
  NAMESPACE_AFTER,
  PACKAGE_AFTER,
  PACKAGE_FIRST_ON_LINE,
  PARTS_OF_LONGER_NAMES,
  PIN_AFTER,
  SCOPE_BEFORE,
  SENTENCE_START,
  SOFTWARE_NOUN_AFTER,
  TECH_NOUN_AFTER,
  TECH_NOUN_BEFORE,
  TECH_WORDS,
  USE_BEFORE,
  VERB_BEFORE,
  VERSION_AFTER,
} from './mention-words';
import type { PageContext } from './sites/site-adapter';

/** The features, in the order of a feature vector. */
export const FEATURES = [
  /** The alias is also an everyday word (the catalog's flag). */
  'everydayWord',
  /** Written exactly as the catalog spells the alias. */
  'asCatalogWrites',
  /** All lowercase in prose where the catalog capitalises it ("experimenting with flask"). */
  'lowercaseInProse',
  /** Capitalised mid-sentence, outside a run of capitalised words. */
  'capitalisedMidSentence',
  /** A capitalised word right before or after: part of a longer name ("Apache Cordova", "Django Unchained"). */
  'inLongerName',
  /** Inside code (a code block, inline code, a code view). */
  'inCode',
  /** In a title or heading. */
  'inTitle',
  /** Imported, required or installed here (`import tornado`, `require('express')`, `pip install flask`, `gem 'hanami'`). */
  'importOrInstall',
  /** A version pin or a dependency key right after (`tornado==6.5`, `"express": "^4"`, `flask>=2`). */
  'versionPin',
  /** A version number right after ("Tornado 6.4", "angular 2", "rails 7.1"). */
  'versionAfter',
  /** Used as a namespace in code (`tornado.ioloop`, `Hanami::Router`, `@angular/cli`). */
  'namespaceUse',
  /** The same name imported elsewhere in the block (`const app = express()` below `require('express')`). */
  'importedNearby',
  /** A line of a dependency manifest (not a comment): a package is named there. */
  'dependencyLine',
  /** Glued to a package name after it (`flask-cors`, `spring-core`, `react-dom`, `flask_cors`). */
  'packagePrefix',
  /** A tech noun right after or before ("Flask routes", "the framework Flask"). */
  'techNounNext',
  /** A noun for a piece of software right after ("node app", "tornado server", "maven project", "rails 7 app"). */
  'softwareNounAfter',
  /** A verb of use or a phrase of work right before it ("using Flask", "new to gwt", "I have maven installed"). */
  'usedHere',
  /** Followed by a member or a call in prose (`angular.module`, `jQuery.each()`): an API named, not the framework. */
  'apiInProse',
  /** Glued by an underscore to a longer name (`flask_cors`, `mysql_real_escape_string`). */
  'underscoreGlued',
  /** Tech words nearby (server, library, import, error…): 0, 0.5 for one, 1 for two or more. */
  'techWordsNearby',
  /** Another framework named within a few characters ("Tornado and Flask"). */
  'frameworkNear',
  /** Another framework named in the same passage. */
  'frameworkInPassage',
  /** An article or possessive before it and no tech noun after ("a twisted ankle", "the spring"). */
  'articleBefore',
  /** Defined here in code (`class Echo(`, `def flask`). */
  'definedHere',
  /** After a modal, "to" or a pronoun: a verb ("will react", "to express", "I twisted"). */
  'verbSlot',
  /** The page is tagged with the framework (Stack Overflow tags, GitHub topics). */
  'pageTagged',
  /** The page's languages include the framework's. */
  'languageMatch',
  /** The page's languages are known and exclude the framework's. */
  'languageMismatch',
  /** A programming site or page. */
  'technicalSite',
  /** A site known to be about something else (movies, cooking, physics…). */
  'everydaySite',
  /** Strong evidence for the same framework elsewhere on the page: 0.5 for one place, 1 for two or more. */
  'pageEvidence',
] as const;

export type FeatureName = (typeof FEATURES)[number];
const POSITION = Object.fromEntries(FEATURES.map((name, i) => [name, i])) as Record<FeatureName, number>;
export type FeatureVector = Float64Array;

/** The text around a candidate and where it is. */
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

/** One compiled search per alias: compiling is the costly part. */
const importSearches = new Map<string, RegExp>();

function importedNearby(window: string, alias: string): boolean {
  let search = importSearches.get(alias);
  if (!search) {
    const name = alias.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    search = new RegExp(
      `(?:\\b(?:import|from)\\s+${name}\\b|require\\(\\s*['"]${name}['"]|from\\s+['"]${name}['"]|gem\\s+['"]${name}['"])`,
      'i',
    );
    importSearches.set(alias, search);
  }
  return search.test(window);
}

function techWordCount(window: string, at: number, end: number): number {
  const words = new Set<string>();
  for (const part of [window.slice(0, at), window.slice(end)]) {
    for (const found of part.matchAll(TECH_WORDS)) {
      words.add(found[0].toLowerCase());
      if (words.size === 2) return 2;
    }
  }
  return words.size;
}

/** The candidate: its text as written and the catalog alias it matched. */
export interface Candidate {
  text: string;
  alias: Alias;
  entry: MatchEntry;
}

/** Whether the page is tagged with the entry, asked once per entry. */
export type TaggedTest = (entry: MatchEntry) => boolean;

/** The features that do not depend on the rest of the page's mentions (all but pageEvidence). */
export function localFeatures(
  candidate: Candidate,
  local: LocalContext,
  page: PageContext,
  tagged: TaggedTest,
): FeatureVector {
  const { text, alias, entry } = candidate;
  const { window, at, area } = local;
  const end = at + text.length;
  const before = window.slice(Math.max(0, at - 40), at);
  const after = window.slice(end, end + 40);
  const x = new Float64Array(FEATURES.length);
  const set = (name: FeatureName, value: number | boolean) => {
    x[POSITION[name]] = Number(value);
  };
  const capital = startsUppercase(text);
  const aliasCapital = startsUppercase(alias.text);
  const nounNext = TECH_NOUN_AFTER.test(after) || TECH_NOUN_BEFORE.test(before);
  const previousWord = /([\p{L}]+(?: [\p{L}]+)?)\s$/u.exec(before)?.[1] ?? '';
  const titleCase = CAPITAL_WORD_BEFORE.test(before) || CAPITAL_WORD_AFTER.test(after);
  set('everydayWord', alias.ordinaryWord);
  set('asCatalogWrites', text === alias.text);
  set('lowercaseInProse', !capital && aliasCapital && text === text.toLowerCase() && area !== 'code');
  set('capitalisedMidSentence', capital && !titleCase && !SENTENCE_START.test(before) && !FIRST_WORD.test(before));
  set('inLongerName', capital && (titleCase || PARTS_OF_LONGER_NAMES.test(previousWord)) && !nounNext);
  set('inCode', area === 'code');
  set('inTitle', area === 'title');
  set('importOrInstall', IMPORT_BEFORE.test(before) || (area === 'code' && CODE_IMPORT_BEFORE.test(before)));
  set('versionPin', PIN_AFTER.test(after));
  set('versionAfter', VERSION_AFTER.test(after));
  set('namespaceUse', (area === 'code' && NAMESPACE_AFTER.test(after)) || SCOPE_BEFORE.test(before));
  set('importedNearby', importedNearby(window, alias.text));
  set('dependencyLine', page.dependencyFile && area === 'code' && !/^\s*(?:#|\/\/)/.test(window.slice(0, at)));
  set('packagePrefix', PACKAGE_AFTER.test(after));
  set('techNounNext', nounNext);
  set('softwareNounAfter', SOFTWARE_NOUN_AFTER.test(after));
  set('usedHere', USE_BEFORE.test(before) || /^\s+(?:installed|was installed|is installed|version)\b/i.test(after));
  set('apiInProse', area !== 'code' && MEMBER_AFTER.test(after));
  set('underscoreGlued', /^_[A-Za-z]/.test(after));
  set('techWordsNearby', techWordCount(window, at, end) / 2);
  set('frameworkNear', local.neighbourNear);
  set('frameworkInPassage', local.neighbours > 0 && !local.neighbourNear);
  set('articleBefore', ARTICLE_BEFORE.test(before) && !nounNext);
  set('definedHere', area === 'code' && DEFINED_BEFORE.test(before));
  set('verbSlot', !capital && VERB_BEFORE.test(before));
  set('pageTagged', page.technical && tagged(entry));
  const languages = entry.languages;
  if (languages.length > 0 && page.languages.length > 0) {
    const match = languages.some((language) => page.words.has(language));
    set('languageMatch', match);
    set('languageMismatch', !match);
  }
  set('technicalSite', page.technical);
  set('everydaySite', page.everydaySite);
  return x;
}

/**
 * Use that only the software has: imported or installed, pinned to a version,
 * or the package a manifest line names. The disambiguator gives it at least 0.9
 * whatever the word ("requests", "click", "spring" on such a line).
 */
export function isSyntacticUse(x: FeatureVector, local: LocalContext): boolean {
  if (x[POSITION.importOrInstall] === 1 || x[POSITION.versionPin] === 1) return true;
  return x[POSITION.dependencyLine] === 1 && PACKAGE_FIRST_ON_LINE.test(local.window.slice(0, local.at));
}

/** Evidence strong enough to settle the sense for the rest of the page ("one sense per page"). */
export function isStrongEvidence(x: FeatureVector): boolean {
  for (const name of STRONG) if (x[POSITION[name]] === 1) return true;
  return false;
}

const STRONG: FeatureName[] = [
  'importOrInstall',
  'versionPin',
  'namespaceUse',
  'importedNearby',
  'dependencyLine',
  'pageTagged',
];

export const PAGE_EVIDENCE = POSITION.pageEvidence;

/** `count` places of strong evidence elsewhere on the page, as the pageEvidence feature. */
export function pageEvidenceValue(count: number): number {
  return count >= 2 ? 1 : count === 1 ? 0.5 : 0;
}
