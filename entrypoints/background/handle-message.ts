/**
 * The background's one door: validates every message, refuses strangers,
 * runs the request and wraps the answer in a Reply.
 */
import * as v from 'valibot';
import type { Comparison, Framework } from '../../data/catalog-schema';
import { type Reply, type Request, RequestSchema, type Responses } from '../../data/messages';
import type { NotesDatabase } from './notes-db';
import { exportJson, exportMarkdown, parseImport } from './notes-file';
import { deleteAllNotes, deleteNote, listNotes, mergeNotes, restoreNote, saveNote } from './notes-store';

export interface HandlerDeps {
  extensionId: string;
  openTab(path: string): Promise<unknown>;
  db: () => Promise<NotesDatabase>;
  frameworks: Framework[];
  comparisons: Comparison[];
}

/** The part of `runtime.MessageSender` the check needs. */
export interface Sender {
  id?: string;
}

export function createMessageHandler(deps: HandlerDeps) {
  const byId = new Map(deps.frameworks.map((framework) => [framework.id, framework]));
  const nameOf = (id: string) => byId.get(id)?.name ?? id;

  async function run(request: Request): Promise<Responses[Request['type']]> {
    const db = await deps.db();
    switch (request.type) {
      case 'notes/list':
        return listNotes(db, request.frameworkId);
      case 'notes/save':
        return saveNote(db, request.note);
      case 'notes/delete':
        return deleteNote(db, request.id);
      case 'notes/restore':
        return restoreNote(db, request.note);
      case 'notes/delete-all':
        return deleteAllNotes(db);
      case 'notes/export': {
        const { notes } = await listNotes(db);
        return { json: exportJson(notes), markdown: exportMarkdown(notes, nameOf), count: notes.length };
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
      case 'ui/compare':
        await deps.openTab(`/popup.html#compare=${request.ids.join(',')}`);
        return null;
    }
  }

  return async function handleMessage(message: unknown, sender: Sender): Promise<Reply<unknown>> {
    if (sender.id !== deps.extensionId)
      return { ok: false, error: 'Refused: the message did not come from Stackpeek.' };
    const parsed = v.safeParse(RequestSchema, message);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const where = issue && v.getDotPath(issue);
      return {
        ok: false,
        error: `Refused a malformed message${where ? ` (${where})` : ''}: ${issue?.message ?? 'unknown shape'}`,
      };
    }
    try {
      return { ok: true, data: await run(parsed.output) };
    } catch (error) {
      return { ok: false, error: describeError(error) };
    }
  };
}

/** Turns storage failures into sentences a reader can act on. */
export function describeError(error: unknown): string {
  const name = (error as { name?: string })?.name;
  if (name === 'QuotaExceededError') {
    return 'The disk is full: the change was not saved. Free some space and try again; your other notes are safe.';
  }
  if (name === 'ValiError') return `Refused: ${(error as Error).message}`;
  if (error instanceof Error) return error.message;
  return String(error);
}
