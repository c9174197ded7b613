/** Export, import and merge: round trips, the newer update wins, and every malformed file changes nothing. */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { type Note, NoteSchema } from '../../data/notes';
import { exportJson, exportMarkdown, parseImport } from '../../entrypoints/background/notes-file';
import { listNotes, mergeNotes, restoreNote, saveNote } from '../../entrypoints/background/notes-store';
import { failPut, freshDb, handlerFor, note, plant, SELF, snapshot } from './notes-helpers';

const FIXTURES = 'tests/fixtures/imports';
const expected = JSON.parse(readFileSync(`${FIXTURES}/expected-problems.json`, 'utf8')) as Record<string, string[]>;
const malformed = readdirSync(`${FIXTURES}/malformed`).sort();

/** A database with a few notes of every kind, written the way the popup and card write them. */
async function seeded() {
  const db = await freshDb();
  await saveNote(
    db,
    { frameworkId: 'tornado', text: 'IOLoop is asyncio’s loop since 5.0', tags: ['Python', 'async'] },
    1,
  );
  await saveNote(db, { frameworkId: null, text: 'Ünïcödé, emoji 🧵, RTL שלום, <b>not html</b>', tags: [] }, 2);
  await saveNote(
    db,
    {
      frameworkId: 'django-channels',
      text: 'x'.repeat(20_000),
      tags: ['long'],
      pageUrl: 'https://github.com/django/channels/issues/1?q=a&b=%20c#frag',
      pageTitle: 'Issue "1"',
    },
    3,
  );
  return db;
}

describe('export then import', () => {
  it('gives identical notes in a fresh database', async () => {
    const source = await seeded();
    const before = await listNotes(source);
    const file = exportJson(before.notes);

    const target = await freshDb();
    const parsed = parseImport(file);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(await mergeNotes(target, parsed.notes)).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(await listNotes(target)).toEqual(before);
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('does the same through the background’s messages', async () => {
    const source = await seeded();
    const exported = await handlerFor(source)({ type: 'notes/export' }, SELF);
    if (!exported.ok) throw new Error(exported.error);
    const { json, count, unreadable } = exported.data as { json: string; count: number; unreadable: number };
    expect({ count, unreadable }).toEqual({ count: 3, unreadable: 0 });

    const target = await freshDb();
    const imported = await handlerFor(target)({ type: 'notes/import', text: json }, SELF);
    expect(imported).toEqual({ ok: true, data: { added: 3, updated: 0, unchanged: 0 } });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    // Importing the same file again changes nothing.
    const again = await handlerFor(target)({ type: 'notes/import', text: json }, SELF);
    expect(again).toEqual({ ok: true, data: { added: 0, updated: 0, unchanged: 3 } });
  });

  it('reads the checked-in valid export, with or without a byte order mark', () => {
    const plain = parseImport(readFileSync(`${FIXTURES}/valid/export-3-notes.json`, 'utf8'));
    const bom = parseImport(readFileSync(`${FIXTURES}/valid/export-with-bom.json`, 'utf8'));
    expect(plain.ok && plain.notes.length).toBe(3);
    expect(bom).toEqual(plain);
  });

  it('writes a Markdown export for reading, with framework names and links', () => {
    const md = exportMarkdown(
      [note({ text: 'Deferreds', frameworkId: 'twisted', tags: ['py'] }), note({ frameworkId: null, pageUrl: null })],
      (id) => (id === 'twisted' ? 'Twisted' : id),
    );
    expect(md).toContain('## Twisted\n\nDeferreds');
    expect(md).toContain('## General');
    expect(md).toContain('tags: py');
    expect(md).toContain('from [Why Tornado?](https://stackoverflow.com/questions/1)');
  });
});

describe('merging by id', () => {
  const local = note({ id: 'same', text: 'local', updatedAt: 1_700_000_000_500 });

  it('keeps the newer update, adds new notes, and counts each', async () => {
    const db = await freshDb();
    await restoreNote(db, local);
    await restoreNote(db, note({ id: 'stale-local', text: 'old here', updatedAt: 1_700_000_000_100 }));
    const summary = await mergeNotes(db, [
      note({ id: 'same', text: 'older import', updatedAt: 1_700_000_000_400 }),
      note({ id: 'stale-local', text: 'newer import', updatedAt: 1_700_000_000_200 }),
      note({ id: 'new', text: 'brand new' }),
    ]);
    expect(summary).toEqual({ added: 1, updated: 1, unchanged: 1 });
    const texts = Object.fromEntries((await listNotes(db)).notes.map((n) => [n.id, n.text]));
    expect(texts).toEqual({ same: 'local', 'stale-local': 'newer import', new: 'brand new' });
  });

  it('keeps the local note when both have the same update time', async () => {
    const db = await freshDb();
    await restoreNote(db, local);
    expect(await mergeNotes(db, [{ ...local, text: 'tie' }])).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect((await listNotes(db)).notes).toEqual([local]);
  });

  it('lets the newer of two incoming notes with one id win, whatever their order', async () => {
    for (const order of ['newer first', 'newer last']) {
      const db = await freshDb();
      const older = note({ id: 'dup', text: 'older', updatedAt: 1_700_000_000_001 });
      const newer = note({ id: 'dup', text: 'newer', updatedAt: 1_700_000_000_002 });
      const incoming = order === 'newer first' ? [newer, older] : [older, newer];
      expect(await mergeNotes(db, incoming), order).toEqual({ added: 1, updated: 0, unchanged: 0 });
      expect((await listNotes(db)).notes, order).toEqual([newer]);
    }
  });

  it('repairs a corrupt record from a valid note with its id, and leaves other corrupt records alone', async () => {
    const db = await freshDb();
    await plant(db, { id: 'broken', text: 7 }, { id: 'other-broken' });
    const fixed = note({ id: 'broken', text: 'from the backup' });
    expect(await mergeNotes(db, [fixed])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(await listNotes(db)).toEqual({ notes: [fixed], unreadable: 1, total: 2 });
  });

  for (const how of ['throw', 'abort'] as const) {
    it(`changes nothing when a write fails part-way (put ${how}s on the 3rd of 5 notes)`, async () => {
      const db = await freshDb();
      await restoreNote(db, note({ id: 'n2', text: 'before', updatedAt: 1 }));
      const before = await snapshot(db);
      failPut(3, how);
      const incoming = [1, 2, 3, 4, 5].map((i) => note({ id: `n${i}`, text: `imported ${i}` }));
      await expect(mergeNotes(db, incoming)).rejects.toMatchObject({ name: 'QuotaExceededError' });
      expect(await snapshot(db)).toEqual(before);
    });
  }
});

describe('malformed import files', () => {
  it('has the 20 fixtures, each with its expected message', () => {
    expect(malformed).toHaveLength(20);
    expect(Object.keys(expected).filter((k) => k !== '//')).toEqual(malformed);
  });

  for (const file of malformed) {
    it(`refuses ${file} with a clear message and changes nothing`, async () => {
      const text = readFileSync(`${FIXTURES}/malformed/${file}`, 'utf8');
      const parsed = parseImport(text);
      expect(parsed.ok).toBe(false);

      const db = await seeded();
      const before = await snapshot(db);
      const reply = await handlerFor(db)({ type: 'notes/import', text }, SELF);
      if (reply.ok) throw new Error(`${file} was imported`);
      expect(reply.error.startsWith('Nothing was imported.\n')).toBe(true);
      for (const fragment of expected[file] ?? []) expect(reply.error).toContain(fragment);
      // One line per problem, each naming where it is.
      for (const line of reply.error.split('\n').slice(1)) expect(line).toMatch(/^(The file|Note \d+)/);
      expect(await snapshot(db)).toEqual(before);
    });
  }

  it('refuses text after the JSON, and negative or fractional times', () => {
    const good = JSON.parse(readFileSync(`${FIXTURES}/valid/export-3-notes.json`, 'utf8'));
    expect(parseImport(`${JSON.stringify(good)}\n{"more": 1}`)).toMatchObject({ ok: false });
    good.notes[0].createdAt = -5;
    good.notes[1].updatedAt = 1.5;
    const parsed = parseImport(JSON.stringify(good));
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      expect.stringMatching(/^Note 1 .*: createdAt must not be negative\.$/),
      expect.stringMatching(/^Note 2 .*: updatedAt must be a whole number of milliseconds\.$/),
    ]);
  });

  it('names at most 50 problems, then says how many more', () => {
    const notes: unknown[] = Array.from({ length: 80 }, (_, i) => ({ ...note({ id: `n${i}` }), text: i }));
    const parsed = parseImport(JSON.stringify({ format: 'stackpeek-notes', version: 1, exportedAt: '', notes }));
    if (parsed.ok) throw new Error('imported');
    expect(parsed.problems).toHaveLength(51);
    expect(parsed.problems[0]).toBe('Note 1 (id "n0"): text must be text, found number 0.');
    expect(parsed.problems[50]).toBe('…and 30 more problem(s).');
  });

  it('accepts an empty export', () => {
    expect(parseImport(exportJson([]))).toEqual({ ok: true, notes: [] as Note[] });
  });
});

describe('any import text', () => {
  const base = JSON.parse(readFileSync(`${FIXTURES}/valid/export-3-notes.json`, 'utf8'));
  /** A valid export with one value somewhere replaced by anything. */
  const nearlyValid = fc
    .tuple(
      fc.integer({ min: 0, max: 2 }),
      fc.constantFrom(...Object.keys(base.notes[0]), 'format', 'version', 'notes', 'extra'),
      fc.anything(),
    )
    .map(([index, key, value]) => {
      const file = structuredClone(base);
      if (key in file) file[key] = value;
      else file.notes[index][key] = value;
      return JSON.stringify(file);
    });
  const texts = fc.oneof(
    fc.string(),
    fc.json(),
    nearlyValid,
    nearlyValid.map((t) => t.slice(0, t.length >> 1)),
  );

  it('is parsed without throwing: valid notes, or problems that say where (property)', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const parsed = parseImport(text);
        if (parsed.ok) {
          const ids = new Set(parsed.notes.map((n) => n.id));
          expect(ids.size).toBe(parsed.notes.length);
          for (const n of parsed.notes) {
            expect(v.is(NoteSchema, n)).toBe(true);
            expect(n.updatedAt).toBeGreaterThanOrEqual(n.createdAt);
          }
        } else {
          expect(parsed.problems.length).toBeGreaterThan(0);
          for (const problem of parsed.problems) expect(problem).toMatch(/^(The file|Note \d+|…and \d+ more)/);
        }
      }),
      { numRuns: 3_000 },
    );
  });

  it('keeps page links to web pages: javascript: and data: addresses are refused', () => {
    for (const pageUrl of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'chrome://settings']) {
      expect(v.is(NoteSchema, note({ pageUrl })), pageUrl).toBe(false);
    }
    for (const pageUrl of ['https://stackoverflow.com/q/1', 'http://localhost:8080/x', 'file:///home/me/notes.html']) {
      expect(v.is(NoteSchema, note({ pageUrl })), pageUrl).toBe(true);
    }
  });
});
