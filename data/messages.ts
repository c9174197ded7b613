/**
 * Every message the background answers, as one valibot schema, and the
 * answers' types. The background validates each message; anything else is
 * refused with an error the caller shows. Callers send them with `ask`
 * (ask.ts), which does not load the schemas.
 */
import * as v from 'valibot';
import type { Comparison, Framework } from './catalog-schema';
import { FRAMEWORK_ID } from './framework-id';
import { type Note, NoteDraftSchema, NoteSchema } from './notes';
import type { Settings } from './settings-model';
import type { SyncStatus } from './sync';

const FrameworkId = v.pipe(v.string(), v.regex(FRAMEWORK_ID));
const NoteId = NoteSchema.entries.id;
/** Large enough for 100,000 notes; a bigger file is refused before parsing. */
export const IMPORT_MAX_CHARS = 64 * 1024 * 1024;

export const RequestSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('notes/list'),
    frameworkId: v.optional(FrameworkId),
    /** Only the newest notes: the popup's first view, before the whole list. */
    newest: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000))),
  }),
  v.strictObject({ type: v.literal('notes/save'), note: NoteDraftSchema }),
  v.strictObject({ type: v.literal('notes/delete'), id: NoteId }),
  v.strictObject({ type: v.literal('notes/restore'), note: NoteSchema }),
  v.strictObject({
    type: v.literal('notes/delete-all'),
    /** With sync on: delete on every device, or on this one only (which turns sync off here). */
    scope: v.optional(v.picklist(['everywhere', 'this-device'])),
  }),
  v.strictObject({ type: v.literal('notes/export') }),
  v.strictObject({
    type: v.literal('notes/import'),
    text: v.pipe(v.string(), v.maxLength(IMPORT_MAX_CHARS, 'the file is too large to import')),
  }),
  v.strictObject({ type: v.literal('framework/get'), id: FrameworkId }),
  /** The reader's settings, validated here so the content script needs no schema library. */
  v.strictObject({ type: v.literal('settings/get') }),
  v.strictObject({ type: v.literal('sync/status') }),
  v.strictObject({ type: v.literal('sync/set-enabled'), enabled: v.boolean() }),
  /** Opens the Compare view in a tab (from a card: a page cannot open the popup). */
  v.strictObject({ type: v.literal('ui/compare'), ids: v.pipe(v.array(FrameworkId), v.minLength(2), v.maxLength(3)) }),
]);

export type Request = v.InferInput<typeof RequestSchema>;
export type RequestType = Request['type'];

export interface NotesList {
  notes: Note[];
  /** Records in the database that no longer pass the schema; kept, not shown. */
  unreadable: number;
  /** Records in the store; more than `notes` when only the newest were asked for. */
  total: number;
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
  'settings/get': Settings;
  'ui/compare': null;
  'sync/status': SyncStatus;
  'sync/set-enabled': SyncStatus;
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
