/**
 * The background's one door: strangers are refused, unknown and malformed
 * messages are refused with a readable error, and only a valid write changes
 * the notes database. The fuzz sends thousands of random messages.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { RequestSchema } from '../../data/messages';
import { readSettings } from '../../data/settings';
import type { NotesDatabase } from '../../entrypoints/background/notes-db';
import { restoreNote } from '../../entrypoints/background/notes-store';
import { EXTENSION_ID, freshDb, handlerFor, note, SELF, snapshot } from './notes-helpers';

const TYPES = [
  'notes/list',
  'notes/save',
  'notes/delete',
  'notes/restore',
  'notes/delete-all',
  'notes/export',
  'notes/import',
  'framework/get',
  'ui/compare',
] as const;
const WRITES = new Set(['notes/save', 'notes/delete', 'notes/restore', 'notes/delete-all', 'notes/import']);

async function seeded(): Promise<NotesDatabase> {
  const db = await freshDb();
  await restoreNote(db, note({ id: 'one', frameworkId: 'tornado' }));
  await restoreNote(db, note({ id: 'two', frameworkId: null, pageUrl: null, pageTitle: null }));
  return db;
}

/** An error a reader can be shown: a non-empty sentence, not "[object Object]". */
function expectReadable(error: unknown) {
  expect(typeof error).toBe('string');
  expect((error as string).trim().length).toBeGreaterThan(10);
  expect(error).not.toMatch(/\[object \w+\]/);
}

describe('who may ask', () => {
  const strangers: [string, { id?: string } | undefined][] = [
    ['another extension', { id: 'abcdefghijklmnopabcdefghijklmnop' }],
    ['a sender without an id (a web page)', {}],
    ['no sender at all', undefined],
    ['an empty id', { id: '' }],
  ];
  for (const [who, sender] of strangers) {
    it(`refuses ${who}, even for a valid message, and changes nothing`, async () => {
      const db = await seeded();
      const before = await snapshot(db);
      const reply = await handlerFor(db)({ type: 'notes/delete-all' }, sender);
      expect(reply).toEqual({ ok: false, error: 'Refused: the message did not come from Stackpeek.' });
      expect(await snapshot(db)).toEqual(before);
    });
  }

  it('refuses everyone when its own id is unknown (undefined must not match undefined)', async () => {
    const db = await seeded();
    const handle = (await import('../../entrypoints/background/handle-message')).createMessageHandler({
      extensionId: '',
      openTab: async () => undefined,
      settings: async () => readSettings({}),
      db: async () => db,
      frameworks: [],
      comparisons: [],
    });
    expect(await handle({ type: 'notes/list' }, {})).toMatchObject({ ok: false });
    expect(await handle({ type: 'notes/list' }, { id: '' })).toMatchObject({ ok: false });
  });
});

describe('what may be asked', () => {
  for (const type of ['notes/drop', 'NOTES/LIST', '__proto__', 'constructor', 'toString', '', 42, null]) {
    it(`refuses the unknown type ${JSON.stringify(type)}`, async () => {
      const reply = await handlerFor(await seeded())({ type }, SELF);
      expect(reply.ok).toBe(false);
      if (!reply.ok) {
        expectReadable(reply.error);
        expect(reply.error).toMatch(/^Refused a malformed message \(type\)/);
      }
    });
  }

  it('answers every known type when the message is valid', async () => {
    const db = await seeded();
    const openTab = vi.fn(async () => undefined);
    const handle = handlerFor(db, openTab);
    const ask = async (message: unknown) => {
      const reply = await handle(message, SELF);
      if (!reply.ok) throw new Error(reply.error);
      return reply.data;
    };
    expect(await ask({ type: 'notes/list', frameworkId: 'tornado' })).toMatchObject({ notes: [{ id: 'one' }] });
    expect(await ask({ type: 'framework/get', id: 'tornado' })).toMatchObject({
      framework: { id: 'tornado' },
      alternatives: [{ id: 'twisted', name: 'Twisted' }],
      notes: [{ id: 'one' }],
    });
    expect(await ask({ type: 'ui/compare', ids: ['tornado', 'twisted'] })).toBeNull();
    expect(openTab).toHaveBeenCalledWith('/popup.html#compare=tornado,twisted', undefined);
    // From a card: the new tab remembers the page it was opened from.
    const fromCard = await handle({ type: 'ui/compare', ids: ['tornado', 'gevent'] }, { ...SELF, tab: { id: 7 } });
    expect(fromCard).toEqual({ ok: true, data: null });
    expect(openTab).toHaveBeenLastCalledWith('/popup.html#compare=tornado,gevent', 7);
    const saved = await ask({ type: 'notes/save', note: { frameworkId: null, text: 'hi', tags: [] } });
    expect(await ask({ type: 'notes/delete', id: (saved as { id: string }).id })).toEqual(saved);
    expect(await ask({ type: 'notes/restore', note: saved })).toEqual(saved);
    const { json } = (await ask({ type: 'notes/export' })) as { json: string };
    expect(await ask({ type: 'notes/import', text: json })).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await ask({ type: 'notes/delete-all' })).toEqual({ deleted: 3 });
    await expect(ask({ type: 'framework/get', id: 'no-such-thing' })).rejects.toThrow('Stackpeek has no entry');
  });

  it('never throws, even for a message whose properties throw when read', async () => {
    const handle = handlerFor(await seeded());
    const hostile = [
      new Proxy(
        {},
        {
          get() {
            throw new Error('boom');
          },
          has() {
            throw new Error('boom');
          },
          ownKeys() {
            throw new Error('boom');
          },
        },
      ),
      Object.defineProperty({}, 'type', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      }),
    ];
    for (const message of hostile) {
      const reply = await handle(message, SELF);
      expect(reply.ok).toBe(false);
      if (!reply.ok) expectReadable(reply.error);
    }
  });
});

/** Messages that look like ours: a known (or near) type plus random fields and values. */
const field = fc.constantFrom('type', 'id', 'ids', 'note', 'text', 'frameworkId', 'extra', '__proto__', 'constructor');
const value = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.constantFrom('tornado', 'one', 'two', 'Tornado!', '', 'x'.repeat(200)),
  fc.array(fc.constantFrom('tornado', 'twisted', 'django', 'BAD')),
  fc.record(
    {
      id: fc.oneof(fc.string(), fc.constantFrom('one', 'two')),
      frameworkId: fc.oneof(fc.constant(null), fc.constantFrom('tornado', 'Bad Id'), fc.anything()),
      text: fc.oneof(fc.string(), fc.anything()),
      tags: fc.oneof(fc.array(fc.string()), fc.anything()),
      pageUrl: fc.oneof(fc.constant(null), fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'nope')),
      pageTitle: fc.oneof(fc.constant(null), fc.string()),
      createdAt: fc.oneof(fc.integer({ min: 0 }), fc.double(), fc.anything()),
      updatedAt: fc.oneof(fc.integer({ min: 0 }), fc.double(), fc.anything()),
    },
    { requiredKeys: [] },
  ),
);
const shaped = fc
  .tuple(
    fc.oneof(fc.constantFrom(...TYPES), fc.string(), fc.constantFrom('notes/', 'notes/list ', 'Notes/List')),
    fc.dictionary(field, value, { maxKeys: 4 }),
  )
  .map(([type, rest]) => ({ ...rest, type }));
/** Messages that pass the schema: mostly reads, and writes that touch the seeded notes. */
const draft = fc.record({
  id: fc.option(fc.constantFrom('one', 'two', 'new-id'), { nil: undefined }),
  frameworkId: fc.option(fc.constantFrom('tornado', 'twisted', 'flask'), { nil: null }),
  text: fc.string({ minLength: 1 }).filter((text) => text.trim() !== ''),
  tags: fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 3 }),
});
const valid = fc.oneof(
  fc.constant({ type: 'notes/list' }),
  fc.constantFrom('tornado', 'flask').map((frameworkId) => ({ type: 'notes/list', frameworkId })),
  draft.map((note) => ({ type: 'notes/save', note })),
  fc.constantFrom('one', 'two', 'missing').map((id) => ({ type: 'notes/delete', id })),
  fc.string().map((text) => ({ type: 'notes/restore', note: note({ id: 'two', text }) })),
  fc.constant({ type: 'notes/export' }),
  fc.array(fc.string(), { maxLength: 3 }).map((texts) => ({
    type: 'notes/import',
    text: JSON.stringify({
      format: 'stackpeek-notes',
      version: 1,
      exportedAt: '',
      notes: texts.map((text, i) => note({ id: `imported-${i}`, text })),
    }),
  })),
  fc.constantFrom('tornado', 'twisted', 'flask').map((id) => ({ type: 'framework/get', id })),
  fc.constant({ type: 'ui/compare', ids: ['tornado', 'twisted'] }),
);
/** A valid message with one field replaced by anything: nearly always refused. */
const mutated = fc
  .tuple(valid, fc.constantFrom('type', 'id', 'note', 'text', 'frameworkId', 'ids', 'more'), fc.anything())
  .map(([message, key, replacement]) => ({ ...message, [key]: replacement }));
const messages = fc.oneof(
  valid,
  mutated,
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
  shaped,
);
const senders = fc.oneof(
  { weight: 8, arbitrary: fc.constant(SELF) },
  {
    weight: 1,
    arbitrary: fc.oneof(fc.constant(undefined), fc.record({ id: fc.option(fc.string(), { nil: undefined }) })),
  },
);

describe('fuzzed messages', () => {
  it('always get {ok:false, error} with a readable error or a valid answer, and only valid writes change notes', async () => {
    const db = await seeded();
    const handle = handlerFor(db);
    const tally = { runs: 0, refused: 0, answered: 0, writes: 0 };
    await fc.assert(
      fc.asyncProperty(messages, senders, async (message, sender) => {
        tally.runs++;
        const before = await snapshot(db);
        const reply = await handle(message, sender);
        const after = await snapshot(db);
        expect(typeof reply.ok).toBe('boolean');
        if (!reply.ok) {
          tally.refused++;
          expectReadable(reply.error);
          expect(after).toEqual(before);
          return;
        }
        tally.answered++;
        expect(sender?.id).toBe(EXTENSION_ID);
        const parsed = v.safeParse(RequestSchema, message);
        expect(parsed.success).toBe(true);
        if (parsed.success && WRITES.has(parsed.output.type)) tally.writes++;
        else expect(after).toEqual(before);
        if (after.length === 0) await restoreNote(db, note({ id: 'one' })); // keep something to lose
      }),
      { numRuns: 4_000 },
    );
    expect(tally.runs).toBe(4_000);
    expect(tally.refused).toBeGreaterThan(1_000);
    expect(tally.answered).toBeGreaterThan(500);
    expect(tally.writes).toBeGreaterThan(200);
    console.info(`messages fuzzed: ${JSON.stringify(tally)}`);
  }, 120_000);
});
