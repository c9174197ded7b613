/**
 * Notes like a reader's: about 200 characters of prose (cut from the
 * catalog's own descriptions, so they compress like real text, not like
 * repeated filler), two tags, a framework, and the Stack Overflow question
 * the note was written on.
 */

import { loadCatalog } from '../../../data/load-catalog';
import type { Note } from '../../../data/notes';

const TAGS = ['async', 'python', 'perf', 'reading', 'todo', 'compare', 'deploy', 'websockets', 'orm', 'testing'];

export interface TypicalOptions {
  length?: number;
  /** With the page the note was written on (as notes from the card are). */
  withPage?: boolean;
  /** updatedAt of the first note; each next one is a minute later. */
  from?: number;
}

export function typicalNotes(
  count: number,
  { length = 200, withPage = true, from = Date.UTC(2025, 0, 1) }: TypicalOptions = {},
): Note[] {
  const frameworks = loadCatalog().frameworks;
  const prose = frameworks.map((f) => f.description).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const framework = frameworks[(i * 7) % frameworks.length];
    const start = (i * 613) % (prose.length - length - 1);
    const question = 1_000_000 + ((i * 7919) % 70_000_000);
    return {
      id: crypto.randomUUID(),
      frameworkId: framework?.id ?? null,
      text: prose.slice(start, start + length).trim(),
      tags: [TAGS[i % TAGS.length] as string, TAGS[(i * 3 + 1) % TAGS.length] as string].filter(
        (t, j, all) => all.indexOf(t) === j,
      ),
      pageUrl: withPage
        ? `https://stackoverflow.com/questions/${question}/how-do-i-use-${framework?.id}-with-asyncio`
        : null,
      pageTitle: withPage ? `How do I use ${framework?.name} with asyncio?` : null,
      createdAt: from + i * 60_000,
      updatedAt: from + i * 60_000,
    };
  });
}
