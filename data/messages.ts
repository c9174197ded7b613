/**
 * Every message the background answers, as one valibot schema, and the typed
 * client the popup, options page and card use to send them. The background
 * validates each message; anything else is refused with an error the caller
 * shows.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { Comparison, Framework } from './catalog-schema';
import { type Note, NoteDraftSchema, NoteSchema } from './notes';

const FrameworkId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const NoteId = NoteSchema.entries.id;
/** Large enough for 100,000 notes; a bigger file is refused before parsing. */
export const IMPORT_MAX_CHARS = 64 * 1024 * 1024;

export const RequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('notes/list'), frameworkId: v.optional(FrameworkId) }),
  v.strictObject({ type: v.literal('notes/save'), note: NoteDraftSchema }),
  v.strictObject({ type: v.literal('notes/delete'), id: NoteId }),
  v.strictObject({ type: v.literal('notes/restore'), note: NoteSchema }),
  v.strictObject({ type: v.literal('notes/delete-all') }),
  v.strictObject({ type: v.literal('notes/export') }),
  v.strictObject({
    type: v.literal('notes/import'),
    text: v.pipe(v.string(), v.maxLength(IMPORT_MAX_CHARS, 'the file is too large to import')),
  }),
  v.strictObject({ type: v.literal('framework/get'), id: FrameworkId }),
  /** Opens the Compare view in a tab (from a card: a page cannot open the popup). */
  v.strictObject({ type: v.literal('ui/compare'), ids: v.pipe(v.array(FrameworkId), v.minLength(2), v.maxLength(3)) }),
]);

export type Request = v.InferInput<typeof RequestSchema>;
export type RequestType = Request['type'];

export interface NotesList {
  notes: Note[];
  /** Records in the database that no longer pass the schema; kept, not shown. */
  unreadable: number;
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

export interface FrameworkDetails {
  framework: Framework;
  /** Id and name of each alternative, for "Compare with". */
  alternatives: { id: string; name: string }[];
  comparisons: Comparison[];
  notes: Note[];
}

export interface Responses {
  'notes/list': NotesList;
  'notes/save': Note;
  'notes/delete': Note | null;
  'notes/restore': Note;
  'notes/delete-all': { deleted: number };
  'notes/export': { json: string; markdown: string; count: number; unreadable: number };
  'notes/import': ImportSummary;
  'framework/get': FrameworkDetails;
  'ui/compare': null;
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** Sends a request to the background and returns its answer, or throws its error. */
export async function ask<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<Responses[T]> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<Responses[T]> | undefined;
  if (!reply) throw new Error('Stackpeek’s background did not answer. Reload the extension and try again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
