/**
 * Scores the pipeline on StackOverflowNER threads turned into pages
 * (tests/tools/corpus): every candidate alias match outside code is judged
 * against the annotators' tag (Library or Application: the framework sense;
 * O or any other type: not), and every annotated Library or Application
 * entity that names a catalog framework but got no candidate counts as a miss.
 */
import { readFileSync } from 'node:fs';
import type { MatchIndex } from '../../../data/match-index';
import { THRESHOLDS } from '../../../entrypoints/stackpeek.content/disambiguate';
import type { Sensitivity } from '../../../entrypoints/stackpeek.content/mention';
import { type CorpusPage, renderThread } from '../corpus/corpus-page';
import { readThreads } from '../corpus/read-conll';
import { aliasSearch } from './alias-search';
import { classifier } from './classify';
import { judgedPlaces } from './corpus-candidates';
import type { ScoredItem } from './scored-item';

export const CORPUS_DIR = new URL('../../fixtures/corpus/stackoverflow-ner/', import.meta.url);
export type Split = 'train' | 'dev';

const REACH = 40;

export function corpusPages(split: Split): CorpusPage[] {
  return readThreads(readFileSync(new URL(`${split}.txt`, CORPUS_DIR), 'utf8')).map(renderThread);
}

export function scoreCorpus(
  pages: CorpusPage[],
  index: MatchIndex,
  sensitivity: Sensitivity = 'balanced',
): ScoredItem[] {
  const threshold = THRESHOLDS[sensitivity];
  const search = aliasSearch(index);
  const classes = classifier(index);
  const items: ScoredItem[] = [];
  for (const page of pages) {
    const places = judgedPlaces(page, index, search, sensitivity);
    const pageItems = places.map((place): ScoredItem => {
      const text = page.texts[place.paragraph] ?? '';
      const before = text.slice(Math.max(0, place.start - REACH), place.start);
      const after = text.slice(place.end, place.end + REACH);
      const written = text.slice(place.start, place.end);
      return {
        page: page.url,
        kind: 'stackoverflow',
        frameworkId: place.frameworkId,
        text: written,
        context: `${before}[${written}]${after}`,
        confidence: place.confidence,
        predicted: place.confidence >= threshold,
        gold: place.gold,
        classes: classes.classesOf(place.frameworkId, written, before, after, true),
      };
    });
    // A miss where the same framework is marked elsewhere on the page: "one sense per page".
    for (const item of pageItems) {
      const markedElsewhere = pageItems.some(
        (other) => other !== item && other.frameworkId === item.frameworkId && other.predicted && other.gold,
      );
      if (item.gold && !item.predicted && markedElsewhere) item.classes.push('one-sense-per-page');
    }
    items.push(...pageItems);
  }
  return items;
}
