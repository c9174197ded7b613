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
const EXPECTED = `a Stackpeek notes export (a JSON object with "format": "${EXPORT_FORMAT}")`;

export function parseImport(input: string): ParsedImport {
  const refuse = (problem: string): ParsedImport => ({ ok: false, problems: [problem] });
  // A byte order mark is how some Windows editors save UTF-8; it is not part
  // of the JSON. (Blob.text() already drops it; a string from elsewhere may not.)
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') return refuse('The file is empty.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // NULs or U+FFFD (what a UTF-8 read makes of UTF-16 bytes): not UTF-8 text.
    const head = text.slice(0, 1000);
    if (head.includes('\u0000') || head.includes('\uFFFD'))
      return refuse('The file is not UTF-8 text (it may be saved as UTF-16); export it again from Stackpeek.');
    if (looksTruncated(text, message)) return refuse('The file ends too early: it looks truncated.');
    return refuse(`The file is not JSON: ${message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    const found = json === null ? 'null' : Array.isArray(json) ? 'a list' : `a ${typeof json}`;
    return refuse(`The file is not ${EXPECTED}: it holds ${found}.`);
  }
  const file = json as Partial<Record<keyof NotesExport, unknown>>;
  if (file.format !== EXPORT_FORMAT) {
    const found = file.format === undefined ? 'it has no "format"' : `its "format" is ${JSON.stringify(file.format)}`;
    return refuse(`The file is not ${EXPECTED}: ${found}.`);
  }
  if (typeof file.version === 'number' && Number.isInteger(file.version) && file.version > EXPORT_VERSION) {
    return refuse(
      `The file is version ${file.version}, from a newer Stackpeek; this Stackpeek reads version ${EXPORT_VERSION}. Update Stackpeek to import it.`,
    );
  }
  if (file.version !== EXPORT_VERSION) {
    return refuse(
      `The file's "version" is ${JSON.stringify(file.version)}; this Stackpeek reads version ${EXPORT_VERSION}.`,
    );
  }
  if (!Array.isArray(file.notes)) {
    const found = file.notes === undefined ? 'missing' : `not a list (${describeValue(file.notes)})`;
    return refuse(`The file's "notes" is ${found}.`);
  }
  return checkNotes(file.notes);
}

/** Checks every record, naming each problem by note number, id and field. */
function checkNotes(records: unknown[]): ParsedImport {
  const problems: string[] = [];
  const notes: Note[] = [];
  const firstIndex = new Map<string, number>();
  records.forEach((record, index) => {
    const id = (record as { id?: unknown } | null)?.id;
    const name = `Note ${index + 1}${typeof id === 'string' && id.length <= 100 ? ` (id ${JSON.stringify(id)})` : ''}`;
    const result = v.safeParse(NoteSchema, record);
    if (!result.success) {
      for (const issue of result.issues) problems.push(`${name}: ${describeIssue(issue)}`);
      return;
    }
    const note = result.output;
    if (note.updatedAt < note.createdAt) problems.push(`${name}: updatedAt is earlier than createdAt.`);
    const first = firstIndex.get(note.id);
    if (first !== undefined)
      problems.push(`${name}: id is also used by note ${first + 1}; each note needs its own id.`);
    else firstIndex.set(note.id, index);
    notes.push(note);
  });
  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS;
    return { ok: false, problems: [...problems.slice(0, MAX_PROBLEMS), `…and ${more} more problem(s).`] };
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, notes };
}

/** A field name and what is wrong with it, in words a reader can act on. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const field = v.getDotPath(issue);
  if (!field) return `is not a note (expected an object, found ${describeValue(issue.input)}).`;
  if (issue.type === 'strict_object' && issue.input === undefined) return `${field} is missing.`;
  if (issue.type === 'strict_object' && issue.expected === 'never') return `${field} is not a field Stackpeek knows.`;
  if (issue.kind === 'schema')
    return `${field} must be ${typeName(issue.expected)}, found ${describeValue(issue.input)}.`;
  // Validation messages are ours ("must be at most 20000 characters") or valibot's.
  return `${field} ${issue.message.startsWith('must') ? issue.message : `is invalid: ${issue.message}`}.`;
}

/** valibot's expected type ("Array", "number") in words. */
function typeName(expected: string | null): string {
  const names: Record<string, string> = { Array: 'a list', Object: 'an object', number: 'a number', string: 'text' };
  return (expected && names[expected]) ?? expected ?? 'something else';
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? 'a long string' : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** JSON.parse says "end of input" (V8) or "end of data" (Firefox), or points past the last character. */
function looksTruncated(text: string, message: string): boolean {
  if (/end of (JSON )?(input|data)|Unterminated/i.test(message)) return true;
  const position = /at position (\d+)/.exec(message)?.[1];
  return position !== undefined && Number(position) >= text.trimEnd().length;
}
