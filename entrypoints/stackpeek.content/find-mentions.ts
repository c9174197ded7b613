/**
 * The mention pipeline shared by the content script and `npm run scan`:
 * adapter roots → text collector → matcher → disambiguator → mentions.
 * It only reads the DOM.
 */
import type { MatchIndex } from '../../data/match-index';
import { collectText, collectTextSync, isExcluded, skipSelectorWith } from './collect-text';
import { type Assessment, createDisambiguator, type Disambiguator, type LocalContext } from './disambiguate';
import { startsUppercase } from './letters';
import { compileMatcher, type Matcher, type RawMatch } from './matcher';
import type { Mention, ScanSettings } from './mention';
import type { PageContext, SiteAdapter } from './sites/site-adapter';

export interface Scanner {
  /** Time-sliced; on abort it resolves with the mentions found so far. */
  scan(root: Node, signal?: AbortSignal): Promise<Mention[]>;
  scanSync(root: Node): Mention[];
  /** Every candidate with its assessment and verdict (undefined below the threshold): for the scoring and fitting tools. */
  candidatesSync(root: Node): AssessedCandidate[];
}

/** A match where a mention may be, judged on its own context and then against the page's evidence. */
export interface AssessedCandidate {
  node: Text;
  start: number;
  end: number;
  text: string;
  area: Mention['area'];
  assessment: Assessment;
  verdict?: Mention;
}

export interface ScannerOptions {
  /** Overrides the sensitivity's threshold (the scan tool's `--all` uses 0). */
  minConfidence?: number;
}

/** Elements whose text is one unit of local context: a paragraph, a list item, a line of code. */
const BLOCK =
  'p, li, dd, dt, td, th, h1, h2, h3, h4, h5, h6, blockquote, pre, figcaption, summary, .comment-copy, .question-hyperlink, .js-file-line, .react-file-line';
/** Characters of context kept either side of a match. */
const REACH = 150;
/** Characters between two names that count as "named together" ("Tornado and Flask"). */
const NEAR = 12;
/** A block shorter than this (a heading, a title) borrows the text of the block after it. */
const SHORT_BLOCK = 80;

/** One compiled matcher per catalog slice: compiling is the costly part. */
const matchers = new WeakMap<MatchIndex, Matcher>();
function matcherFor(index: MatchIndex): Matcher {
  let matcher = matchers.get(index);
  if (!matcher) {
    matcher = compileMatcher(index);
    matchers.set(index, matcher);
  }
  return matcher;
}

/** Where `node`'s text starts within `block.textContent`. */
function offsetIn(block: Element, node: Text): number {
  const walker = block.ownerDocument.createTreeWalker(block, 0x4);
  let offset = 0;
  for (let current = walker.nextNode(); current && current !== node; current = walker.nextNode()) {
    offset += (current as Text).data.length;
  }
  return offset;
}

/** About `reach` characters either side of a mention, from its block, on one line (for lists and the CLI). */
export function snippet(mention: Mention, reach = 30): string {
  const element = mention.node.parentElement;
  const block = element?.closest(BLOCK) ?? element;
  if (!block) return mention.node.data.slice(Math.max(0, mention.start - reach), mention.end + reach);
  const at = offsetIn(block, mention.node) + mention.start;
  const text = block.textContent ?? '';
  return text
    .slice(Math.max(0, at - reach), at + mention.text.length + reach)
    .replace(/\s+/g, ' ')
    .trim();
}

export function createScanner(
  index: MatchIndex,
  adapter: SiteAdapter,
  doc: Document,
  url: URL,
  settings: ScanSettings,
  options: ScannerOptions = {},
): Scanner {
  const matcher = matcherFor(index);
  // The page context and the judge are made on the first match: most scans of page changes find none.
  let context: PageContext | undefined;
  let judge: Disambiguator | undefined;
  const contextNow = () => (context ??= adapter.pageContext(doc, url));
  const judgeNow = () => (judge ??= createDisambiguator(index, contextNow, settings, options.minConfidence));
  const skip = skipSelectorWith(adapter.skipSelector);
  const lines = adapter.codeLines;

  /** The adapter roots to scan for `root`: all of them for the document, else the part inside one. */
  function rootsFor(root: Node): Node[] {
    if (root === doc || root === doc.documentElement || root === doc.body) return adapter.roots(doc);
    const element = root.nodeType === 1 ? (root as Element) : root.parentElement;
    if (!element) return [];
    // A changed node is placed with `closest`, never by querying the whole page:
    // a busy page sends many small changes, and large pages have many roots.
    const holder = element.closest(adapter.rootSelector);
    if (holder) {
      const skipped = element.closest(skip);
      return skipped && holder.contains(skipped) ? [] : [root];
    }
    if (root.nodeType !== 1) return [];
    const inside = [...element.querySelectorAll(adapter.rootSelector)];
    return inside.filter((candidate) => !candidate.parentElement?.closest(adapter.rootSelector));
  }

  /** Other frameworks named in the window by unambiguous or capitalised names (asked only for everyday words). */
  function neighboursOf(window: string, at: number, match: RawMatch): { count: number; near: boolean } {
    const ids = new Set(match.refs.map((ref) => ref.frameworkId));
    const others = matcher
      .find(window)
      .filter(
        (other) =>
          other.refs.some((ref) => !ids.has(ref.frameworkId)) &&
          other.refs.some((ref) => !ref.alias.ordinaryWord || startsUppercase(other.text)),
      );
    const near = others.some((other) => other.end >= at - NEAR && other.start <= at + match.text.length + NEAR);
    return { count: others.length, near };
  }

  /** Collects the candidates of each visited text node, each assessed on its own context. */
  function visitor(found: AssessedCandidate[]): (node: Text) => void {
    return (node) => {
      const element = node.parentElement;
      if (!element) return;
      const line = lines ? element.closest(lines.selector) : null;
      // A dependency manifest's lines are package names: `sass-rails` names Rails too.
      const matches = matcher.find(node.data, line !== null && contextNow().dependencyFile);
      // Exclusion is asked only here, for the few nodes that matched: cheaper than filtering every node.
      if (matches.length === 0 || isExcluded(node, skip)) return;
      if (line && lines && !lines.keep(line.textContent ?? '', contextNow())) return;
      const area = adapter.areaOf(element);
      // The block's text is read only when a candidate needs its context.
      let block: { text: string; nodeOffset: number } | undefined;
      const blockNow = () => {
        if (block) return block;
        const holder = line ?? element.closest(BLOCK) ?? element;
        let text = holder.textContent ?? '';
        if (text.length < SHORT_BLOCK) text += ` ${holder.nextElementSibling?.textContent?.slice(0, REACH) ?? ''}`;
        block = { text, nodeOffset: offsetIn(holder, node) };
        return block;
      };
      for (const match of matches) {
        const local = (): LocalContext => {
          const { text, nodeOffset } = blockNow();
          const from = Math.max(0, nodeOffset + match.start - REACH);
          const window = text.slice(from, nodeOffset + match.end + REACH);
          const at = nodeOffset + match.start - from;
          const near = neighboursOf(window, at, match);
          return { window, at, area, neighbours: near.count, neighbourNear: near.near };
        };
        const assessment = judgeNow().assess(match, local);
        if (assessment) found.push({ node, start: match.start, end: match.end, text: match.text, area, assessment });
      }
    };
  }

  /** Settles each candidate once the scan has seen the whole page's evidence ("one sense per page"). */
  function settleAll(candidates: AssessedCandidate[]): AssessedCandidate[] {
    const judge = judgeNow();
    for (const candidate of candidates) {
      const verdict = judge.settle(candidate.assessment);
      if (verdict) {
        const { node, start, end, text, area } = candidate;
        candidate.verdict = { ...verdict, node, start, end, text, area };
      }
    }
    return candidates;
  }

  const mentionsOf = (candidates: AssessedCandidate[]) =>
    settleAll(candidates).flatMap((candidate) => (candidate.verdict ? [candidate.verdict] : []));

  const collectSync = (root: Node) => {
    const found: AssessedCandidate[] = [];
    collectTextSync(rootsFor(root), visitor(found), { findStarts: matcher.starts, skip });
    return found;
  };

  return {
    async scan(root, signal) {
      const found: AssessedCandidate[] = [];
      await collectText(rootsFor(root), visitor(found), { signal, findStarts: matcher.starts, skip });
      return mentionsOf(found);
    },
    scanSync: (root) => mentionsOf(collectSync(root)),
    candidatesSync: (root) => settleAll(collectSync(root)),
  };
}
