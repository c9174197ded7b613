/**
 * Small, stable string hashes: which item a note lives in, whether a note
 * changed since it was last versioned, and the id of a conflict copy. Not
 * cryptographic; nothing here needs to resist an attacker (an item from sync
 * is validated whatever its hash).
 */
import type { Note } from '../../../data/notes';

/** FNV-1a over UTF-16 code units, 32 bits (http://www.isthe.com/chongo/tech/comp/fnv/). */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** 64 bits from two differently seeded passes, as 16 hex digits. */
export function hash64(text: string): string {
  const a = fnv1a(text).toString(16).padStart(8, '0');
  const b = fnv1a(text, 0x9e3779b9).toString(16).padStart(8, '0');
  return a + b;
}

/** Every field of a note, in a fixed order: any edit, even of updatedAt alone, changes it. */
export function noteHash(note: Note): string {
  return hash64(
    JSON.stringify([
      note.id,
      note.frameworkId,
      note.text,
      note.tags,
      note.pageUrl,
      note.pageTitle,
      note.createdAt,
      note.updatedAt,
    ]),
  );
}

/** True when two notes say the same thing (times aside): no conflict copy is needed between them. */
export function sameContent(a: Note, b: Note): boolean {
  return (
    a.text === b.text &&
    a.frameworkId === b.frameworkId &&
    a.pageUrl === b.pageUrl &&
    a.pageTitle === b.pageTitle &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i])
  );
}
