/**
 * The background's one door: validates every message, refuses strangers,
 * runs the request and wraps the answer in a Reply.
 */
import * as v from 'valibot';
import type { Comparison, Framework } from '../../data/catalog-schema';
import { type Reply, type Request, RequestSchema, type Responses } from '../../data/messages';
import type { Settings } from '../../data/settings-model';
import { SYNC_OFF } from '../../data/sync';
import type { NotesDatabase } from './notes-db';
import { exportJson, exportMarkdown, parseImport } from './notes-file';
import {
  deleteAllNotes,
  deleteNote,
  listNewestNotes,
  listNotes,
  mergeNotes,
  restoreNote,
  saveNote,
} from './notes-store';
import type { SyncEngine } from './sync/sync-engine';

export interface HandlerDeps {
  extensionId: string;
  /** Opens an extension page in a tab; `openerTabId` is the page it was opened from. */
  openTab(path: string, openerTabId?: number): Promise<unknown>;
  db: () => Promise<NotesDatabase>;
  frameworks: Framework[];
  comparisons: Comparison[];
  settings(): Promise<Settings>;
  /** Notes sync (sync/sync-engine.ts); absent in tests that do not need it. */
  sync?: SyncControl;
}

export type SyncControl = Pick<SyncEngine, 'status' | 'setEnabled' | 'notesChanged' | 'forgetHere'>;

/** Requests that change notes: sync writes the change out after them. */
const NOTE_WRITES = new Set<string>([
  'notes/save',
  'notes/delete',
  'notes/restore',
  'notes/delete-all',
  'notes/import',
]);

/** The part of `runtime.MessageSender` the check needs. */
export interface Sender {
  id?: string;
  /** Set when a content script sent the message. */
  tab?: { id?: number };
}

export function createMessageHandler(deps: HandlerDeps) {
  const byId = new Map(deps.frameworks.map((framework) => [framework.id, framework]));
  const nameOf = (id: string) => byId.get(id)?.name ?? id;

  async function run(request: Request, sender: Sender): Promise<Responses[Request['type']]> {
    // Requests that do not touch notes work even when the database cannot open.
    if (request.type === 'settings/get') return deps.settings();
    if (request.type === 'sync/status') return deps.sync?.status() ?? SYNC_OFF;
    if (request.type === 'sync/set-enabled') {
      if (!deps.sync) throw new Error('Sync is not available in this Stackpeek.');
      return deps.sync.setEnabled(request.enabled);
    }
    if (request.type === 'ui/compare') {
      // Opened from a page: the popup tab's "On this page" then speaks of that page.
      await deps.openTab(`/popup.html#compare=${request.ids.join(',')}`, sender.tab?.id);
      return null;
    }
    const db = await deps.db();
    switch (request.type) {
      case 'notes/list':
        return request.newest && !request.frameworkId
          ? listNewestNotes(db, request.newest)
          : listNotes(db, request.frameworkId);
      case 'notes/save':
        return saveNote(db, request.note);
      case 'notes/delete':
        return deleteNote(db, request.id);
      case 'notes/restore':
        return restoreNote(db, request.note);
      case 'notes/delete-all':
        return request.scope === 'this-device' && deps.sync ? deps.sync.forgetHere() : deleteAllNotes(db);
      case 'notes/export': {
        // Unreadable records cannot go into the file (import would refuse
        // them); the count lets the page warn that the export is not complete.
        const { notes, unreadable } = await listNotes(db);
        return { json: exportJson(notes), markdown: exportMarkdown(notes, nameOf), count: notes.length, unreadable };
      }
      case 'notes/import': {
        const parsed = parseImport(request.text);
        if (!parsed.ok) throw new Error(`Nothing was imported.\n${parsed.problems.join('\n')}`);
        return mergeNotes(db, parsed.notes);
      }
      case 'framework/get': {
        const framework = byId.get(request.id);
        if (!framework) throw new Error(`Stackpeek has no entry "${request.id}".`);
        const comparisons = deps.comparisons.filter((c) => c.ids.includes(request.id));
        const { notes } = await listNotes(db, request.id);
        const alternatives = framework.alternatives.map((id) => ({ id, name: nameOf(id) }));
        return { framework, alternatives, comparisons, notes };
      }
    }
  }

  /** Never throws: whatever arrives, the caller gets a Reply it can show. */
  return async function handleMessage(message: unknown, sender: Sender | undefined): Promise<Reply<unknown>> {
    try {
      // Both ids must be real: `undefined === undefined` must not let a stranger in.
      if (!deps.extensionId || sender?.id !== deps.extensionId)
        return { ok: false, error: 'Refused: the message did not come from Stackpeek.' };
      const parsed = safeParseRequest(message);
      if (!parsed.success) {
        const issue = parsed.issues[0];
        const where = issue && v.getDotPath(issue);
        return {
          ok: false,
          error: `Refused a malformed message${where ? ` (${where})` : ''}: ${issue?.message ?? 'unknown shape'}`,
        };
      }
      const data = await run(parsed.output, sender);
      if (NOTE_WRITES.has(parsed.output.type)) deps.sync?.notesChanged();
      return { ok: true, data };
    } catch (error) {
      return { ok: false, error: describeError(error) };
    }
  };
}

/** Like v.safeParse, but a message that throws while being read is refused too. */
function safeParseRequest(message: unknown) {
  try {
    return v.safeParse(RequestSchema, message);
  } catch {
    return { success: false as const, issues: [{ message: 'it could not be read' }] as v.GenericIssue[] };
  }
}

/** Turns storage failures into sentences a reader can act on. */
export function describeError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  const message = (error as { message?: unknown } | null)?.message;
  switch (name) {
    case 'QuotaExceededError':
      return 'The disk is full: the change was not saved. Free some space and try again; your other notes are safe.';
    // A transaction aborted part-way (the background was stopped, the
    // connection closed): IndexedDB rolled it back, so nothing half-written remains.
    case 'AbortError':
    case 'InvalidStateError':
    case 'TransactionInactiveError':
      return 'The change was not saved: the notes database was closed while writing. Try again; your other notes are safe.';
    case 'VersionError':
      return 'The notes database was written by a newer Stackpeek. Update Stackpeek to open it; nothing was changed.';
    case 'UnknownError':
      return 'The browser could not read or write the notes database (a disk error). Try again after restarting the browser.';
    case 'ValiError':
      return `Refused: ${String(message)}`;
  }
  if (typeof message === 'string' && message) return message;
  return String(error) || 'Something went wrong in Stackpeek.';
}
