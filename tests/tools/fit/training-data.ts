/**
 * Fitting examples: every scored candidate (one the scorer judges, not a
 * never-everyday name) with its features and the annotators' verdict, from
 * the corpus's train split and from the labelled pages that are not held out.
 * On a labelled page a [framework, text] is used only where its label is
 * unambiguous: every occurrence a mention, or none.
 */
import type { MatchIndex } from '../../../data/match-index';
import type { AssessedCandidate } from '../../../entrypoints/stackpeek.content/find-mentions';
import { PAGE_EVIDENCE, pageEvidenceValue } from '../../../entrypoints/stackpeek.content/mention-features';
import { aliasSearch } from '../accuracy/alias-search';
import { judgedPlaces } from '../accuracy/corpus-candidates';
import { corpusPages } from '../accuracy/corpus-eval';
import { type LabelledSet, pageHtml } from '../accuracy/labelled-pages';
import { scanCandidates } from '../scan-page';
import type { Example } from './logistic';

/** Places of strong evidence per framework among a page's candidates. */
function evidenceCounts(candidates: AssessedCandidate[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const candidate of candidates) {
    for (const option of candidate.assessment.options) {
      if (option.strong) counts.set(option.frameworkId, (counts.get(option.frameworkId) ?? 0) + 1);
    }
  }
  return counts;
}

/** The candidate's features with the page's evidence filled in, as `settle` would see it. */
function exampleOf(candidate: AssessedCandidate, counts: Map<string, number>, label: 0 | 1): Example | undefined {
  const features = candidate.assessment.features;
  if (!features) return undefined;
  const own = candidate.assessment.options.find((option) => option.frameworkId === features.frameworkId);
  const x = Float64Array.from(features.x);
  x[PAGE_EVIDENCE] = pageEvidenceValue((counts.get(features.frameworkId) ?? 0) - (own?.strong ? 1 : 0));
  return { x, aliasKey: features.aliasKey, label };
}

export function corpusExamples(index: MatchIndex): Example[] {
  const search = aliasSearch(index);
  const examples: Example[] = [];
  for (const page of corpusPages('train')) {
    const places = judgedPlaces(page, index, search);
    const counts = evidenceCounts(places.flatMap((place) => (place.candidate ? [place.candidate] : [])));
    for (const place of places) {
      const example = place.candidate && exampleOf(place.candidate, counts, place.gold ? 1 : 0);
      if (example) examples.push(example);
    }
  }
  return examples;
}

export function labelledExamples(sets: LabelledSet[], index: MatchIndex): Example[] {
  const known = new Set(index.map((entry) => entry.id));
  const examples: Example[] = [];
  for (const set of sets) {
    for (const page of set.pages) {
      if (page.heldOut) continue;
      const { dom, candidates } = scanCandidates(pageHtml(page), page.url, { index, all: true });
      const counts = evidenceCounts(candidates);
      const byKey = new Map<string, AssessedCandidate[]>();
      for (const candidate of candidates) {
        const id = candidate.assessment.features?.frameworkId ?? candidate.assessment.options[0]?.frameworkId ?? '';
        if (!known.has(id) || (set.covers && !set.covers.has(id))) continue;
        const key = `${id} ${candidate.text}`;
        byKey.set(key, [...(byKey.get(key) ?? []), candidate]);
      }
      const expected = new Map(page.mentions.map(([id, text, count]) => [`${id} ${text}`, count]));
      for (const [key, group] of byKey) {
        const count = expected.get(key) ?? 0;
        if (count !== 0 && count < group.length) continue; // which occurrences are mentions is not recorded
        for (const candidate of group) {
          const example = exampleOf(candidate, counts, count === 0 ? 0 : 1);
          if (example) examples.push(example);
        }
      }
      dom.window.close();
    }
  }
  return examples;
}
