/**
 * Generated notes for the popup bench, as a Stackpeek export file (the format
 * of entrypoints/background/notes-file.ts), so they go in through the same
 * validated import a reader uses. Deterministic: note i is always the same.
 */
import { loadCatalog } from '../../data/load-catalog';
import type { Note } from '../../data/notes';
import { exportJson } from '../../entrypoints/background/notes-file';

const PHRASES = [
  'the event loop blocks when a handler does CPU work; move it to a thread pool',
  'benchmark numbers differ a lot between versions, check the date of the source',
  'use the async client, the sync one holds the worker for the whole request',
  'migration guide says middleware order changed in the last major release',
  'compare memory per connection before picking this for websockets',
  'team prefers this one for internal tools: fewer moving parts',
  'watch out for monkey patching in tests, it leaks between test files',
  'deployment behind nginx needs the proxy headers set or redirects break',
  'perf: p99 latency went down after switching the worker class',
  'read the docs section on graceful shutdown before upgrading',
];
const TAGS = ['perf', 'todo', 'deploy', 'testing', 'async', 'security', 'reading'];

let frameworkIds: string[] | undefined;

export function generateNotes(count: number, from = 0): Note[] {
  frameworkIds ??= loadCatalog().frameworks.map((framework) => framework.id);
  const ids = frameworkIds;
  const start = Date.UTC(2025, 0, 1);
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const createdAt = start + i * 60_000;
    const text = [PHRASES[i % PHRASES.length], PHRASES[(i * 7 + 3) % PHRASES.length], `(note ${i})`].join('. ');
    return {
      id: `bench-note-${i}`,
      frameworkId: i % 9 === 0 ? null : (ids[i % ids.length] as string),
      text,
      tags: [TAGS[i % TAGS.length] as string, ...(i % 3 === 0 ? [TAGS[(i + 2) % TAGS.length] as string] : [])],
      pageUrl: `https://stackoverflow.com/questions/${1_000_000 + i}/bench-question`,
      pageTitle: `Bench question ${i} about ${ids[(i * 5) % ids.length]}`,
      createdAt,
      updatedAt: createdAt + (i % 5) * 1_000,
    };
  });
}

export function notesFile(count: number, from = 0): string {
  return exportJson(generateNotes(count, from), new Date(Date.UTC(2026, 0, 1)));
}
