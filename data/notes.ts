/** What a note is, and the file format notes are exported to and imported from. */
import * as v from 'valibot';
import { FRAMEWORK_ID } from './framework-id';

const FrameworkId = v.pipe(v.string(), v.regex(FRAMEWORK_ID, 'must be a framework id'));
const Time = v.pipe(
  v.number(),
  v.integer('must be a whole number of milliseconds'),
  v.minValue(0, 'must not be negative'),
  v.maxValue(8.64e15, 'must be a date JavaScript can hold'),
);

export const NOTE_TEXT_MAX = 20_000;

/**
 * Where a note was written: a web page. Only http(s) and file URLs, because
 * the popup shows this as a link, and a `javascript:` or `data:` URL arriving
 * in someone else's export file must not become one.
 */
const PageUrl = v.pipe(
  v.string(),
  v.maxLength(8_192, 'must be at most 8192 characters'),
  v.url('must be a web address'),
  v.regex(/^(?:https?|file):/i, 'must be an http, https or file address'),
);

export const NoteSchema = v.strictObject({
  id: v.pipe(v.string(), v.nonEmpty('must not be empty'), v.maxLength(100, 'must be at most 100 characters')),
  frameworkId: v.nullable(FrameworkId),
  text: v.pipe(v.string(), v.maxLength(NOTE_TEXT_MAX, `must be at most ${NOTE_TEXT_MAX} characters`)),
  tags: v.pipe(
    v.array(
      v.pipe(v.string(), v.trim(), v.nonEmpty('must not be blank'), v.maxLength(50, 'must be at most 50 characters')),
    ),
    v.maxLength(100, 'must be at most 100 tags'),
  ),
  pageUrl: v.nullable(PageUrl),
  pageTitle: v.nullable(v.pipe(v.string(), v.maxLength(500, 'must be at most 500 characters'))),
  createdAt: Time,
  updatedAt: Time,
});

export type Note = v.InferOutput<typeof NoteSchema>;

/** What a caller sends to create (no id) or update (id) a note. */
export const NoteDraftSchema = v.strictObject({
  id: v.optional(NoteSchema.entries.id),
  frameworkId: NoteSchema.entries.frameworkId,
  text: v.pipe(NoteSchema.entries.text, v.trim(), v.nonEmpty('a note needs some text')),
  tags: NoteSchema.entries.tags,
  pageUrl: v.optional(NoteSchema.entries.pageUrl, null),
  pageTitle: v.optional(NoteSchema.entries.pageTitle, null),
  /**
   * When editing: the updatedAt of the note as the editor opened it. If the
   * stored note changed since (another tab, or sync), that version is kept as
   * a conflict copy rather than overwritten unseen.
   */
  baseUpdatedAt: v.optional(NoteSchema.entries.updatedAt),
});

export type NoteDraft = v.InferInput<typeof NoteDraftSchema>;

export const EXPORT_FORMAT = 'stackpeek-notes';
export const EXPORT_VERSION = 1;

export interface NotesExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  notes: Note[];
}

/** Tags as the user typed them, tidied: trimmed, no blanks, no repeats. */
export function normalizeTags(tags: string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
}

/**
 * The notes list's one order: last changed first, and among notes changed in
 * the same millisecond the greater id first (as the update-time index reads
 * backwards), so the order never shifts between the first view and the full list.
 */
export function newestFirst(a: Note, b: Note): number {
  return b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** "#perf" and "#async-io" written in a note's text, as tags: lowercase, without the "#". */
export function hashtagsIn(text: string): string[] {
  return normalizeTags(
    [...text.matchAll(/(?:^|[\s(])#([\p{L}\p{N}][\p{L}\p{N}_.-]{0,48})/gu)].map((m) =>
      (m[1] ?? '').replace(/[.-]+$/, ''),
    ),
  );
}
