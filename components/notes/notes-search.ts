/**
 * In-memory search and filtering of notes. Each note's searchable text is
 * lowercased once when the list loads, so a search over 10,000 notes is a
 * plain scan of prepared strings (well under a frame).
 */
import type { Note } from '../../data/notes';

export interface IndexedNote {
  note: Note;
  /** Text, tags, framework name and page title, lowercased. */
  haystack: string;
}

/** "all", "none" (notes on no framework) or a framework id. */
export type FrameworkFilter = string;

export function indexNotes(notes: readonly Note[], nameOf: (id: string) => string): IndexedNote[] {
  return notes.map((note) => ({
    note,
    haystack: [
      note.text,
      note.tags.map((tag) => `#${tag}`).join(' '),
      note.frameworkId ? nameOf(note.frameworkId) : '',
      note.pageTitle ?? '',
    ]
      .join('\n')
      .toLowerCase(),
  }));
}

/** Notes matching every word of the query (in any field), the framework filter and the tag (if any), in list order. */
export function filterNotes(
  index: readonly IndexedNote[],
  query: string,
  framework: FrameworkFilter = 'all',
  tag: string | null = null,
): Note[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const out: Note[] = [];
  for (const { note, haystack } of index) {
    if (framework === 'none' ? note.frameworkId !== null : framework !== 'all' && note.frameworkId !== framework)
      continue;
    if (tag !== null && !note.tags.includes(tag)) continue;
    if (words.every((word) => haystack.includes(word))) out.push(note);
  }
  return out;
}

/** Reads "asyncio, Perf ,  perf" as ["asyncio", "perf"]. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}
