/**
 * Sync within the browsers' limits: more notes than fit (the most recently
 * edited sync, the rest stay here and are named), a note too large for an
 * item, the write-rate limits, a full storage, and the figures the README
 * quotes (how many typical notes fit, bytes per note, writes per edit).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Note } from '../../../data/notes';
import { SYNC_LIMITS } from '../../../data/sync';
import { exportJson } from '../../../entrypoints/background/notes-file';
import { unpackRecords } from '../../../entrypoints/background/sync/pack';
import { bucketOf } from '../../../entrypoints/background/sync/plan-buckets';
import { CHROME_ERRORS } from './fake-storage-sync';
import { type Device, SyncWorld } from './sync-devices';
import { typicalNotes } from './typical-notes';

let world: SyncWorld;
afterEach(() => world?.close());

async function importNotes(device: Device, notes: Note[]) {
  await device.ask({ type: 'notes/import', text: exportJson(notes) });
}

/** Ids of the notes held in the device's replica of the sync storage. */
async function syncedIds(device: Device): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const [key, value] of device.area.items) {
    if (!key.startsWith('n.')) continue;
    const unpacked = await unpackRecords(value);
    if (unpacked.kind !== 'ok') throw new Error(`${key} is unreadable`);
    for (const record of unpacked.records) if (record.kind === 'note') ids.add(record.note.id);
  }
  return ids;
}

describe('more notes than fit', () => {
  it('syncs the most recently edited that fit, keeps the rest here, and says which', async () => {
    world = new SyncWorld();
    const a = await world.addDevice();
    const b = await world.addDevice();
    const notes = typicalNotes(1_000);
    await importNotes(a, notes);
    await world.runUntilQuiet();

    const status = a.status();
    expect(status).toMatchObject({ state: 'synced', error: null });
    expect(status.synced + status.localOnly).toBe(1_000);
    expect(status.synced).toBeGreaterThan(250);
    expect(status.localOnlyNotes).toHaveLength(20);
    expect(status.localOnlyNotes.every((n) => n.reason === 'no-room')).toBe(true);
    // Within both browsers' limits, as the fake (and so the browsers) enforce them.
    expect(a.area.bytesInUse()).toBeLessThanOrEqual(SYNC_LIMITS.QUOTA_BYTES);
    expect(a.area.bytesInUse()).toBeGreaterThan(0.9 * SYNC_LIMITS.QUOTA_BYTES);

    const synced = await syncedIds(a);
    expect(synced.size).toBe(status.synced);
    // In each item the newest notes come first: none left out is newer than one synced, bar the
    // few older, smaller ones that fit in the room a larger note left. Overall, the newest 200 all sync.
    for (let bucket = 0; bucket < 12; bucket++) {
      const inBucket = notes.filter((n) => bucketOf(n.id) === bucket).sort((x, y) => y.updatedAt - x.updatedAt);
      const firstLeft = inBucket.findIndex((n) => !synced.has(n.id));
      const olderKept = inBucket.slice(firstLeft).filter((n) => synced.has(n.id));
      expect(firstLeft).toBeGreaterThan(20);
      expect(olderKept.length).toBeLessThanOrEqual(3);
    }
    const newest = [...notes].sort((x, y) => y.updatedAt - x.updatedAt);
    expect(newest.slice(0, 200).every((n) => synced.has(n.id))).toBe(true);
    // The status names the newest of the notes left here.
    const newestLeft = notes.filter((n) => !synced.has(n.id)).sort((x, y) => y.updatedAt - x.updatedAt);
    expect(status.localOnlyNotes.map((n) => n.id)).toEqual(newestLeft.slice(0, 20).map((n) => n.id));
    expect(status.localOnlyNotes[0]?.excerpt).toBe(newestLeft[0]?.text.slice(0, 79).concat('…'));

    // The other device gets exactly the synced ones; this one keeps all 1,000.
    expect((await b.notes()).map((n) => n.id).sort()).toEqual([...synced].sort());
    expect(await a.notes()).toHaveLength(1_000);
    expect(b.status().localOnly).toBe(0);
    for (const each of [a, b]) expect(each.logs.filter((l) => /refused|error/.test(l))).toEqual([]);

    // Editing an old note that stayed here makes it the most recent: it syncs.
    const old = newestLeft.at(-1) as Note;
    await a.save({ id: old.id, frameworkId: old.frameworkId, text: 'now the newest', tags: old.tags });
    await world.runUntilQuiet();
    expect((await b.notes()).some((n) => n.id === old.id && n.text === 'now the newest')).toBe(true);
    expect(a.status().synced + a.status().localOnly).toBe(1_000);
  }, 120_000);

  it('keeps a note too large for one item on this device, with the reason, and syncs the others', async () => {
    world = new SyncWorld();
    const a = await world.addDevice();
    const b = await world.addDevice();
    // 20,000 characters that do not compress (a pseudo-random sequence): no sync item can hold them.
    let seed = 42;
    const noise = Array.from({ length: 20_000 }, () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return String.fromCharCode(33 + (seed % 90));
    }).join('');
    const big = await a.save({ frameworkId: null, text: noise, tags: [] });
    const small = await a.save({ frameworkId: null, text: 'a small note', tags: [] });
    await world.runUntilQuiet();
    expect(a.status()).toMatchObject({
      state: 'synced',
      localOnly: 1,
      localOnlyNotes: [{ id: big.id, reason: 'too-large' }],
    });
    expect((await b.notes()).map((n) => n.id)).toEqual([small.id]);
  });
});

describe('write limits', () => {
  it("waits when Chrome's per-minute limit is reached, says so, and writes once it may", async () => {
    world = new SyncWorld();
    const a = await world.addDevice();
    const b = await world.addDevice();
    // Something else used up this minute's writes.
    for (let i = 0; i < 200; i++) await a.area.set({ other: i }).catch(() => undefined);
    await world.settle();
    const note = await a.save({ frameworkId: null, text: 'written while limited', tags: [] });
    await world.advance(3_000);
    expect(a.status().state).toBe('waiting');
    expect(a.status().error).toMatch(/limit on sync writes/);
    expect(a.logs.some((line) => line.includes(CHROME_ERRORS.perMinute))).toBe(true);
    await world.runUntilQuiet();
    expect(a.status()).toMatchObject({ state: 'synced', error: null });
    expect((await b.notes()).map((n) => n.id)).toEqual([note.id]);
  });

  it('never meets the limits itself: 300 edits over ten minutes, no write refused', async () => {
    world = new SyncWorld();
    const a = await world.addDevice();
    const note = await a.save({ frameworkId: null, text: 'start', tags: [] });
    for (let i = 0; i < 300; i++) {
      await a.save({ id: note.id, frameworkId: null, text: `edit ${i}`, tags: [] });
      await world.advance(2_000);
    }
    await world.runUntilQuiet();
    expect(a.logs).toEqual([]);
    // At most one write per 2.5 s, and fewer writes than edits.
    expect(a.area.calls.set).toBeLessThanOrEqual(Math.ceil((300 * 2_000) / 2_500) + 2);
    expect(a.area.calls.set).toBeLessThan(300);
  });

  it('backs off and shrinks its share when the storage says it is full, then syncs', async () => {
    world = new SyncWorld();
    const a = await world.addDevice();
    const b = await world.addDevice();
    await importNotes(a, typicalNotes(600));
    // Another item lands just before the write (an older Stackpeek, another page): the write is refused once.
    const set = a.area.set.bind(a.area);
    let refused = 0;
    a.area.set = async (items) => {
      if (refused === 0 && Object.keys(items).some((k) => k.startsWith('n.'))) {
        refused++;
        throw new Error(CHROME_ERRORS.total);
      }
      return set(items);
    };
    await world.advance(3_000);
    expect(a.status()).toMatchObject({ state: 'waiting' });
    expect(a.status().error).toMatch(/full/);
    await world.runUntilQuiet();
    expect(refused).toBe(1);
    expect(a.status()).toMatchObject({ state: 'synced', error: null });
    expect((await b.notes()).length).toBe(a.status().synced);
  }, 60_000);

  it("leaves room for other items in the storage (they count towards the browser's total)", async () => {
    world = new SyncWorld();
    const a = await world.addDevice({ browser: 'firefox' });
    await a.area.set({ 'someone-else': 'x'.repeat(8_000), more: 'y'.repeat(8_000) });
    await importNotes(a, typicalNotes(1_000));
    await world.runUntilQuiet();
    expect(a.logs).toEqual([]);
    expect(a.status()).toMatchObject({ state: 'synced', error: null });
  }, 120_000);
});

describe('figures for the README', () => {
  it('measures how many typical notes fit, bytes per note, and writes per edited note', async () => {
    const figures: string[] = [];
    for (const withPage of [true, false]) {
      world = new SyncWorld();
      const a = await world.addDevice();
      await importNotes(a, typicalNotes(1_000, { withPage }));
      await world.runUntilQuiet();
      const { synced, usage } = a.status();
      figures.push(
        `${withPage ? 'with' : 'without'} source page: ${synced} notes fit, ${(usage.bytes / synced).toFixed(0)} bytes each`,
      );
      expect(synced).toBeGreaterThan(withPage ? 250 : 350);
      await world.close();
    }
    world = new SyncWorld();
    const a = await world.addDevice();
    await importNotes(a, typicalNotes(50));
    await world.runUntilQuiet();
    const notes = await a.notes();
    const before = a.area.calls.set;
    for (const note of notes.slice(0, 20)) {
      await a.save({ id: note.id, frameworkId: note.frameworkId, text: `${note.text} (edited)`, tags: note.tags });
      await world.runUntilQuiet();
    }
    const perEdit = (a.area.calls.set - before) / 20;
    expect(perEdit).toBe(1);
    figures.push(`${perEdit} write per edited note`);
    console.info(`sync figures: ${figures.join('; ')}`);
  }, 120_000);
});
