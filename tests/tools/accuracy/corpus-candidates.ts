/**
 * The judged places of one corpus page: each candidate the scanner found
 * outside code, with the annotators' verdict, and each annotated framework
 * entity that holds a catalog alias but got no candidate. Shared by scoring
 * (corpus-eval.ts) and fitting (tests/tools/fit).
 */
import type { MatchIndex } from '../../../data/match-index';
import type { AssessedCandidate } from '../../../entrypoints/stackpeek.content/find-mentions';
import type { Sensitivity } from '../../../entrypoints/stackpeek.content/mention';
import type { CorpusPage } from '../corpus/corpus-page';
import { scanCandidates } from '../scan-page';
import type { AliasSearch } from './alias-search';

const FRAMEWORK_SENSE = new Set(['Library', 'Application']);

export interface JudgedPlace {
  paragraph: number;
  start: number;
  end: number;
  /** The candidate, or undefined for an annotated entity no candidate covered. */
  candidate?: AssessedCandidate;
  /** The framework the candidate names (its verdict's, else its best option's), or the entity's. */
  frameworkId: string;
  confidence: number;
  gold: boolean;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Where `node` starts in `block`'s text. */
function offsetIn(block: Element, node: Text): number {
  const walker = block.ownerDocument.createTreeWalker(block, 0x4);
  let offset = 0;
  for (let current = walker.nextNode(); current && current !== node; current = walker.nextNode()) {
    offset += (current as Text).data.length;
  }
  return offset;
}

/** The framework a candidate names even below the threshold: its best option. */
function bestOption(candidate: AssessedCandidate): string {
  if (candidate.verdict) return candidate.verdict.frameworkId;
  return candidate.assessment.features?.frameworkId ?? candidate.assessment.options[0]?.frameworkId ?? '';
}

export function judgedPlaces(
  page: CorpusPage,
  index: MatchIndex,
  search: AliasSearch,
  sensitivity: Sensitivity = 'balanced',
): JudgedPlace[] {
  const { dom, candidates } = scanCandidates(page.html, page.url, { index, sensitivity, all: true });
  const places: JudgedPlace[] = [];
  for (const candidate of candidates) {
    const holder = candidate.node.parentElement?.closest('p[data-p]');
    if (!holder) continue; // code blocks (their text is a placeholder) and anything outside the posts
    const paragraph = Number(holder.getAttribute('data-p'));
    const start = offsetIn(holder, candidate.node) + candidate.start;
    const span = { start, end: start + candidate.text.length };
    if (page.code.some((code) => code.paragraph === paragraph && overlaps(code, span))) continue;
    const gold = page.entities.some(
      (entity) =>
        entity.paragraph === paragraph && FRAMEWORK_SENSE.has(entity.type) && !entity.code && overlaps(entity, span),
    );
    const confidence = candidate.verdict?.confidence ?? 0;
    places.push({ paragraph, ...span, candidate, frameworkId: bestOption(candidate), confidence, gold });
  }
  for (const entity of page.entities) {
    if (!FRAMEWORK_SENSE.has(entity.type) || entity.code) continue;
    if (places.some((place) => place.paragraph === entity.paragraph && overlaps(place, entity))) continue;
    const id = search.namedFramework(entity.text);
    if (id)
      places.push({
        paragraph: entity.paragraph,
        start: entity.start,
        end: entity.end,
        frameworkId: id,
        confidence: 0,
        gold: true,
      });
  }
  dom.window.close();
  return places;
}
