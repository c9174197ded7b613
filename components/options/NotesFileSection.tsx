import { useState } from 'preact/hooks';
import { ask } from '../../data/ask';
import { IMPORT_MAX_CHARS, type ImportSummary } from '../../data/messages';
import { DeleteAllNotes } from './DeleteAllNotes';
import { downloadText, exportFilename } from './download';

type ImportState =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'done'; summary: ImportSummary }
  | { status: 'refused'; problems: string[] };

/** Export (JSON to re-import, Markdown to read), import with every problem listed, and "Delete all notes". */
export function NotesFileSection() {
  const [exported, setExported] = useState<string | null>(null);
  const [imported, setImported] = useState<ImportState>({ status: 'idle' });

  const exportAs = async (format: 'json' | 'md') => {
    try {
      const file = await ask({ type: 'notes/export' });
      if (format === 'json') downloadText(exportFilename('json'), file.json, 'application/json');
      else downloadText(exportFilename('md'), file.markdown, 'text/markdown');
      setExported(`Exported ${file.count} ${file.count === 1 ? 'note' : 'notes'}.`);
    } catch (error) {
      setExported(`Export failed: ${(error as Error).message}`);
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setImported({ status: 'working' });
    try {
      if (file.size > IMPORT_MAX_CHARS) throw new Error('Nothing was imported.\nThe file is too large to import.');
      const summary = await ask({ type: 'notes/import', text: await file.text() });
      setImported({ status: 'done', summary });
    } catch (error) {
      // The background names each problem on its own line, record by record.
      const lines = (error as Error).message.split('\n').filter(Boolean);
      setImported({ status: 'refused', problems: lines });
    } finally {
      input.value = '';
    }
  };

  return (
    <section aria-labelledby="notes-file-heading">
      <h2 id="notes-file-heading">Your notes</h2>
      <div class="button-row">
        <button type="button" onClick={() => void exportAs('json')}>
          Export notes (JSON)
        </button>
        <button type="button" onClick={() => void exportAs('md')}>
          Export notes (Markdown)
        </button>
      </div>
      <p role="status" class="muted">
        {exported}
      </p>
      <div class="field">
        <label for="import-file">Import notes from a JSON export</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          onChange={(event) => void importFile(event.currentTarget)}
        />
        <span class="hint">Notes are merged by id; where both have a note, the newer edit wins.</span>
      </div>
      <ImportResult state={imported} />
      <DeleteAllNotes />
    </section>
  );
}

function ImportResult({ state }: { state: ImportState }) {
  if (state.status === 'idle') return null;
  if (state.status === 'working') return <p role="status">Importing…</p>;
  if (state.status === 'done') {
    const { added, updated, unchanged } = state.summary;
    return (
      <p role="status" class="import-done">
        Imported: {added} added, {updated} updated, {unchanged} unchanged.
      </p>
    );
  }
  const [first, ...rest] = state.problems;
  return (
    <div role="alert" class="import-problems">
      <p>{first}</p>
      {rest.length > 0 && (
        <ul>
          {rest.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
