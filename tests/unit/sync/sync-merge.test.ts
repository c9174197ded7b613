/** The pure parts of sync: version vectors, merging two versions, versioning local changes, packing. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Note } from '../../../data/notes';
import { CONFLICT_TAG } from '../../../data/sync';
import { mergeRecords } from '../../../entrypoints/background/sync/merge';
import { noteHash } from '../../../entrypoints/background/sync/note-hash';
import { packRecords, unpackRecords } from '../../../entrypoints/background/sync/pack';
import {
  type NoteRecord,
  reconcile,
  type SyncRecord,
  type TombstoneRecord,
  toLocalVersion,
} from '../../../entrypoints/background/sync/sync-record';
import { bumpVersion, compareVersions, joinVersions } from '../../../entrypoints/background/sync/version-vector';
import { note } from '../notes-helpers';

const noteRecord = (text: string, vv: Record<string, number>, updatedAt = 1_000, cv?: Record<string, number>) =>
  ({ kind: 'note', note: note({ id: 'n1', text, createdAt: 0, updatedAt }), vv, ...(cv ? { cv } : {}) }) as NoteRecord;
const tombstone = (vv: Record<string, number>, seen = ['aaaa']): TombstoneRecord => ({
  kind: 'tombstone',
  id: 'n1',
  vv,
  seen,
  deletedAt: 2_000,
});

describe('version vectors', () => {
  it('orders versions, and finds concurrent ones', () => {
    expect(compareVersions({ a: 1 }, { a: 1 })).toBe('equal');
    expect(compareVersions({ a: 1 }, { a: 2 })).toBe('before');
    expect(compareVersions({ a: 1, b: 1 }, { a: 1 })).toBe('after');
    expect(compareVersions({ a: 2 }, { a: 1, b: 1 })).toBe('concurrent');
    expect(joinVersions({ a: 2, b: 1 }, { a: 1, c: 3 })).toEqual({ a: 2, b: 1, c: 3 });
    expect(bumpVersion({ a: 2 }, 'b')).toEqual({ a: 2, b: 1 });
    expect(bumpVersion(undefined, 'a')).toEqual({ a: 1 });
  });
});

describe('mergeRecords', () => {
  it('takes the newer version when one includes the other', () => {
    const older = noteRecord('old', { aaaa: 1 });
    const newer = noteRecord('new', { aaaa: 1, bbbb: 1 }, 2_000);
    expect(mergeRecords(older, newer, 'aaaa')).toEqual({ record: newer });
    expect(mergeRecords(newer, older, 'bbbb')).toEqual({ record: newer });
  });

  it('keeps both texts of a conflict: the later edit wins, the other is a tagged copy, the same on both sides', () => {
    const onA = noteRecord('A text', { aaaa: 2 }, 1_500);
    const onB = noteRecord('B text', { aaaa: 1, bbbb: 1 }, 1_800);
    const atA = mergeRecords(onA, onB, 'aaaa');
    const atB = mergeRecords(onB, onA, 'bbbb');
    expect(atA).toEqual(atB);
    expect(atA.record).toMatchObject({ kind: 'note', note: { text: 'B text' }, vv: { aaaa: 2, bbbb: 1 } });
    expect(atA.copy?.note).toMatchObject({ text: 'A text', tags: ['python', CONFLICT_TAG] });
    expect(atA.copy?.note.id).not.toBe('n1');
    expect(atA.copy?.note.id.length).toBeLessThanOrEqual(100);
  });

  it('makes no copy when both sides wrote the same text', () => {
    const a = noteRecord('same', { aaaa: 1 });
    const b = noteRecord('same', { bbbb: 1 }, 1_001);
    expect(mergeRecords(a, b, 'aaaa').copy).toBeUndefined();
  });

  it('makes no second copy when the losing text is already part of the winner (three-way merges)', () => {
    // B saw A's version (aaaa:1) and edited it: B's text supersedes A's, even merged with C's concurrent edit.
    const merged = noteRecord('B over A', { aaaa: 1, bbbb: 1, cccc: 1 }, 3_000, { aaaa: 1, bbbb: 1 });
    const stale = noteRecord('A text', { aaaa: 1 }, 1_000);
    expect(mergeRecords(merged, stale, 'cccc')).toEqual({ record: merged });
  });

  it('keeps an edit that raced a deletion, and keeps a deletion that saw the edit', () => {
    const edit = noteRecord('edited', { aaaa: 1, bbbb: 1 }, 2_000);
    const deletion = tombstone({ aaaa: 2 });
    const raced = mergeRecords(deletion, edit, 'aaaa');
    expect(raced.record).toMatchObject({ kind: 'note', note: { text: 'edited' }, vv: { aaaa: 2, bbbb: 1 } });
    expect(mergeRecords(edit, deletion, 'bbbb')).toEqual(raced);
    const informed = tombstone({ aaaa: 2, bbbb: 1 });
    expect(mergeRecords(edit, informed, 'bbbb').record).toMatchObject({ kind: 'tombstone', seen: ['aaaa', 'bbbb'] });
  });

  it('unions who has seen a deletion', () => {
    const mine = tombstone({ aaaa: 1 }, ['aaaa']);
    const theirs = tombstone({ aaaa: 1 }, ['bbbb']);
    expect(mergeRecords(mine, theirs, 'aaaa').record).toMatchObject({ seen: ['aaaa', 'bbbb'] });
  });

  it('keeps both texts when one device id wrote two versions (a copied browser profile)', () => {
    const one = noteRecord('on the first machine', { aaaa: 3 }, 1_000);
    const two = noteRecord('on the cloned machine', { aaaa: 3 }, 1_001);
    const merged = mergeRecords(one, two, 'aaaa');
    expect(merged.record).toMatchObject({ note: { text: 'on the cloned machine' } });
    expect(merged.copy?.note.text).toBe('on the first machine');
    expect(mergeRecords(two, one, 'aaaa')).toEqual(merged);
  });

  it('reaches the same result whatever order versions arrive in (property)', () => {
    const devices = ['aaaa', 'bbbb', 'cccc'];
    const version = fc.record({
      vv: fc.dictionary(fc.constantFrom(...devices), fc.integer({ min: 1, max: 3 }), { minKeys: 1 }),
      text: fc.constantFrom('x', 'y', 'z'),
      at: fc.integer({ min: 0, max: 5 }),
      dead: fc.boolean(),
    });
    fc.assert(
      fc.property(version, version, (x, y) => {
        fc.pre(compareVersions(x.vv, y.vv) !== 'equal');
        const toRecord = (v: typeof x): SyncRecord =>
          v.dead ? tombstone(v.vv) : noteRecord(v.text, v.vv, 1_000 + v.at);
        const [a, b] = [toRecord(x), toRecord(y)];
        const ab = mergeRecords(a, b, 'aaaa');
        const ba = mergeRecords(b, a, 'aaaa');
        expect(ab).toEqual(ba);
        // The result includes both versions, so it wins over either from now on.
        expect(compareVersions(ab.record.vv, a.vv)).not.toBe('before');
        expect(compareVersions(ab.record.vv, b.vv)).not.toBe('before');
      }),
      { numRuns: 500 },
    );
  });
});

describe('reconcile: changes made here become versions', () => {
  const base = note({ id: 'n1' });
  const version = toLocalVersion({ kind: 'note', note: base, vv: { aaaa: 1 } });

  it('gives a new note its first version, and leaves an unchanged one alone', () => {
    expect(reconcile(base, undefined, 'aaaa', 5)).toEqual({
      kind: 'record',
      record: { kind: 'note', note: base, vv: { aaaa: 1 } },
      changed: true,
    });
    expect(reconcile(base, version, 'aaaa', 5)).toMatchObject({ changed: false });
  });

  it('gives an edit the next version, and a deletion a tombstone seen here', () => {
    const edited = { ...base, text: 'edited', updatedAt: base.updatedAt + 1 };
    expect(reconcile(edited, version, 'bbbb', 5)).toMatchObject({
      record: { vv: { aaaa: 1, bbbb: 1 } },
      changed: true,
    });
    expect(reconcile(undefined, version, 'bbbb', 5)).toEqual({
      kind: 'record',
      record: { kind: 'tombstone', id: 'n1', vv: { aaaa: 1, bbbb: 1 }, seen: ['bbbb'], deletedAt: 5 },
      changed: true,
    });
  });

  it('never takes an unreadable record for a deletion', () => {
    expect(reconcile({ id: 'n1', text: 42 }, version, 'aaaa', 5)).toEqual({ kind: 'unreadable' });
  });

  it('hashes every field, so any edit is seen', () => {
    for (const change of [{ text: 'x' }, { tags: ['y'] }, { frameworkId: null }, { updatedAt: 1 }] as Partial<Note>[]) {
      expect(noteHash({ ...base, ...change })).not.toBe(noteHash(base));
    }
  });
});

describe('packing', () => {
  it('round-trips notes and tombstones, with a format number and plain base64', async () => {
    const records: SyncRecord[] = [
      noteRecord('a <b>note</b> with “quotes” and é', { aaaa: 2, bbbb: 1 }, 1_000, { aaaa: 2 }),
      { ...tombstone({ cccc: 4 }, ['aaaa', 'cccc']), id: 'gone' },
    ];
    const value = await packRecords(records);
    expect(value).toMatch(/^1:[A-Za-z0-9+/]+=*$/);
    expect(await unpackRecords(value)).toEqual({ kind: 'ok', format: 1, records });
  });

  it('packs typical notes to a fraction of their JSON', async () => {
    const notes = Array.from({ length: 30 }, (_, i) =>
      noteRecord(`Tornado note ${i}: the IOLoop runs callbacks one at a time on a single thread`, { aaaa: 1 }),
    ).map((r, i) => ({ ...r, note: { ...r.note, id: crypto.randomUUID(), updatedAt: 1_000 + i } }));
    const value = await packRecords(notes);
    expect(value.length).toBeLessThan(JSON.stringify(notes.map((n) => n.note)).length / 2);
  });

  it('says an item is from a newer Stackpeek rather than calling it corrupt', async () => {
    const value = await packRecords([noteRecord('x', { aaaa: 1 })], 2);
    expect(await unpackRecords(value, 1)).toEqual({ kind: 'newer', format: 2 });
    expect(await unpackRecords(value, 2)).toMatchObject({ kind: 'ok', format: 2 });
  });
});
