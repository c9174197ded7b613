/**
 * The notes file: a versioned JSON export (and Markdown for reading), and the
 * strict reading of an import. A file with any problem is refused whole and
 * every problem is named, record by record.
 */
import * as v from 'valibot';
import { EXPORT_FORMAT, EXPORT_VERSION, type Note, NoteSchema, type NotesExport } from '../../data/notes';

export function exportJson(notes: Note[], now = new Date()): string {
  const file: NotesExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), notes };
  return JSON.stringify(file, null, 2);
}

export function exportMarkdown(notes: Note[], frameworkName: (id: string) => string): string {
  const sections = notes.map((note) => {
    const heading = note.frameworkId ? frameworkName(note.frameworkId) : 'General';
    const meta = [
      `Updated ${new Date(note.updatedAt).toISOString().slice(0, 10)}`,
      note.tags.length > 0 ? `tags: ${note.tags.join(', ')}` : '',
      note.pageUrl ? `from [${note.pageTitle ?? note.pageUrl}](${note.pageUrl})` : '',
    ].filter(Boolean);
    return `## ${heading}\n\n${note.text}\n\n_${meta.join(' · ')}_\n`;
  });
  return `# Stackpeek notes\n\n${sections.join('\n')}`;
}

export type ParsedImport = { ok: true; notes: Note[] } | { ok: false; problems: string[] };

const MAX_PROBLEMS = 50;

export function parseImport(text: string): ParsedImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const truncated = /end of (JSON )?input|Unterminated/i.test((error as Error).message);
    return {
      ok: false,
      problems: [
        truncated
          ? 'The file ends too early: it looks truncated.'
          : `The file is not JSON: ${(error as Error).message}`,
      ],
    };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, problems: ['The file is not a Stackpeek notes export (expected a JSON object).'] };
  }
  const file = json as Partial<Record<keyof NotesExport, unknown>>;
  if (file.format !== EXPORT_FORMAT) {
    return {
      ok: false,
      problems: [`The file is not a Stackpeek notes export (format is ${JSON.stringify(file.format)}).`],
    };
  }
  if (file.version !== EXPORT_VERSION) {
    return {
      ok: false,
      problems: [
        `The file is version ${JSON.stringify(file.version)}; this Stackpeek reads version ${EXPORT_VERSION}.`,
      ],
    };
  }
  if (!Array.isArray(file.notes)) return { ok: false, problems: ['The file has no list of notes.'] };

  const problems: string[] = [];
  const notes: Note[] = [];
  const seen = new Set<string>();
  file.notes.forEach((record, index) => {
    const result = v.safeParse(NoteSchema, record);
    if (!result.success) {
      for (const issue of result.issues) {
        problems.push(`Note ${index + 1}: ${v.getDotPath(issue) ?? 'record'}: ${issue.message}`);
      }
      return;
    }
    if (result.output.updatedAt < result.output.createdAt) {
      problems.push(`Note ${index + 1}: updatedAt is earlier than createdAt`);
    }
    if (seen.has(result.output.id)) problems.push(`Note ${index + 1}: id "${result.output.id}" appears twice`);
    seen.add(result.output.id);
    notes.push(result.output);
  });
  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS;
    return { ok: false, problems: [...problems.slice(0, MAX_PROBLEMS), `…and ${more} more problem(s).`] };
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, notes };
}
