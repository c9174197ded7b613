/**
 * Two (or three) simulated devices sharing one fake storage.sync: notes
 * written on one reach the other; edits on both sides, deletions, offline
 * periods, undo, import and "delete all" keep every note.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../../data/notes';
import { CONFLICT_TAG } from '../../../data/sync';
import { exportJson } from '../../../entrypoints/background/notes-file';
import { unpackRecords } from '../../../entrypoints/background/sync/pack';
import { bucketKey, bucketOf } from '../../../entrypoints/background/sync/plan-buckets';
import { contents, type Device, SyncWorld } from './sync-devices';

let world: SyncWorld;
afterEach(() => world?.close());

async function twoDevices(options = {}) {
  world = new SyncWorld();
  return [await world.addDevice(options), await world.addDevice(options)] as const;
}

async function tombstonesIn(device: Device, key: string) {
  const unpacked = await unpackRecords(device.area.items.get(key));
  if (unpacked.kind !== 'ok') throw new Error(`${key} is not readable`);
  return unpacked.records.flatMap((r) => (r.kind === 'tombstone' ? [{ id: r.id, seen: r.seen }] : []));
}

const texts = async (device: Device) => (await device.notes()).map((note) => note.text).sort();
const edit = (device: Device, note: Note, text: string) =>
  device.save({ id: note.id, frameworkId: note.frameworkId, text, tags: note.tags });

describe('two devices', () => {
  it('brings a note written on one to the other, with every field', async () => {
    const [a, b] = await twoDevices();
    const saved = await a.save({
      frameworkId: 'tornado',
      text: 'IOLoop: one per process',
      tags: ['async', 'python'],
      pageUrl: 'https://stackoverflow.com/questions/1',
      pageTitle: 'Why Tornado?',
    });
    await world.runUntilQuiet();
    expect(await b.notes()).toEqual([saved]);
    expect(b.status()).toMatchObject({ state: 'synced', synced: 1, localOnly: 0, error: null });
    expect(b.status().lastSyncedAt).toBeGreaterThan(0);
  });

  it("announces a merge only where another device's notes changed this one's (an open list then reloads)", async () => {
    const [a, b] = await twoDevices();
    await world.runUntilQuiet();
    const before = { a: a.merges.length, b: b.merges.length };
    await a.save({ frameworkId: null, text: 'from A', tags: [] });
    await world.runUntilQuiet();
    expect(b.merges.length).toBeGreaterThan(before.b);
    // A's own write, coming back from the sync storage, changes nothing on A.
    expect(a.merges.length).toBe(before.a);
  });

  it('takes edits made one after the other on both sides: the latest text everywhere, no copies', async () => {
    const [a, b] = await twoDevices();
    let note = await a.save({ frameworkId: null, text: 'v1 on A', tags: [] });
    await world.runUntilQuiet();
    note = await edit(b, note, 'v2 on B');
    await world.runUntilQuiet();
    note = await edit(a, (await a.notes())[0] as Note, 'v3 on A');
    await world.runUntilQuiet();
    expect(await texts(a)).toEqual(['v3 on A']);
    expect(await contents(b)).toEqual(await contents(a));
  });

  it('keeps both texts when both devices edited the note since they last agreed: a conflict copy', async () => {
    const [a, b] = await twoDevices();
    const base = await a.save({ frameworkId: 'tornado', text: 'base', tags: ['io'] });
    await world.runUntilQuiet();
    // Both offline, both edit.
    a.area.online = false;
    b.area.online = false;
    await edit(a, base, 'edited on A');
    world.clock.time += 1_000;
    await edit(b, base, 'edited on B, later');
    await world.runUntilQuiet();
    a.area.online = true;
    b.area.online = true;
    await world.runUntilQuiet();

    const onA = await a.notes();
    expect(onA.map((n) => n.text).sort()).toEqual(['edited on A', 'edited on B, later']);
    // The later edit stays the note; the other is the conflict copy, tagged so it shows.
    expect(onA.find((n) => n.id === base.id)?.text).toBe('edited on B, later');
    const copy = onA.find((n) => n.id !== base.id);
    expect(copy?.tags).toEqual(['io', CONFLICT_TAG]);
    expect(await contents(b)).toEqual(await contents(a));
    expect(a.status().conflicts).toBe(1);
  });

  it('converges when both devices resolve the same conflict on their own (one copy, not two)', async () => {
    const [a, b] = await twoDevices();
    const base = await a.save({ frameworkId: null, text: 'base', tags: [] });
    await world.runUntilQuiet();
    a.area.online = false;
    b.area.online = false;
    await edit(a, base, 'A');
    await edit(b, base, 'B');
    await world.runUntilQuiet();
    // Each sees the other's edit at the same time.
    a.area.online = true;
    b.area.online = true;
    world.cloud.deliver([b.area, a.area]);
    await world.runUntilQuiet();
    expect((await a.notes()).length).toBe(2);
    expect(await contents(b)).toEqual(await contents(a));
  });

  it('deletes a note on the other device, and drops the tombstone once both have seen it', async () => {
    const [a, b] = await twoDevices();
    const note = await a.save({ frameworkId: null, text: 'to delete', tags: [] });
    await world.runUntilQuiet();
    expect(await texts(b)).toEqual(['to delete']);
    await a.ask({ type: 'notes/delete', id: note.id });
    await world.runUntilQuiet();
    expect(await b.notes()).toEqual([]);
    const key = bucketKey(bucketOf(note.id));
    expect(await tombstonesIn(a, key)).toEqual([{ id: note.id, seen: [a.name, b.name].sort() }]);
    // Seen by both: the next write of that item leaves it out.
    const neighbour = Array.from({ length: 200 }, (_, i) => `neighbour-${i}`).find(
      (id) => bucketOf(id) === bucketOf(note.id),
    );
    await a.ask({ type: 'notes/restore', note: { ...note, id: neighbour, text: 'same item' } });
    await world.runUntilQuiet();
    expect(await tombstonesIn(a, key)).toEqual([]);
    expect(await texts(b)).toEqual(['same item']);
  });

  it('keeps an edit that raced a deletion', async () => {
    const [a, b] = await twoDevices();
    const note = await a.save({ frameworkId: null, text: 'original', tags: [] });
    await world.runUntilQuiet();
    a.area.online = false;
    await a.ask({ type: 'notes/delete', id: note.id });
    await edit(b, note, 'edited while A deleted it');
    await world.runUntilQuiet();
    a.area.online = true;
    await world.runUntilQuiet();
    expect(await texts(a)).toEqual(['edited while A deleted it']);
    expect(await texts(b)).toEqual(['edited while A deleted it']);
  });

  it('catches up after a long offline period on both sides', async () => {
    const [a, b] = await twoDevices();
    b.area.online = false;
    for (let i = 0; i < 20; i++) await a.save({ frameworkId: null, text: `A note ${i}`, tags: [] });
    await world.runUntilQuiet();
    await world.advance(3 * 24 * 3600 * 1000);
    for (let i = 0; i < 5; i++) await b.save({ frameworkId: null, text: `B note ${i}`, tags: [] });
    await world.runUntilQuiet();
    b.area.online = true;
    await world.runUntilQuiet();
    expect((await texts(a)).length).toBe(25);
    expect(await contents(b)).toEqual(await contents(a));
  });

  it('undo after a delete brings the note back on both devices', async () => {
    const [a, b] = await twoDevices();
    const note = await a.save({ frameworkId: 'tornado', text: 'oops', tags: [] });
    await world.runUntilQuiet();
    const deleted = (await a.ask({ type: 'notes/delete', id: note.id })) as Note;
    await world.runUntilQuiet();
    expect(await b.notes()).toEqual([]);
    await a.ask({ type: 'notes/restore', note: deleted });
    await world.runUntilQuiet();
    expect(await b.notes()).toEqual([note]);
  });

  it('syncs notes an import brought in', async () => {
    const [a, b] = await twoDevices();
    const file = exportJson([
      {
        id: 'imported-1',
        frameworkId: null,
        text: 'from a file',
        tags: ['old'],
        pageUrl: null,
        pageTitle: null,
        createdAt: 5,
        updatedAt: 6,
      },
    ]);
    expect(await a.ask({ type: 'notes/import', text: file })).toEqual({ added: 1, updated: 0, unchanged: 0 });
    await world.runUntilQuiet();
    expect(await texts(b)).toEqual(['from a file']);
  });

  it('"delete all everywhere" empties every device', async () => {
    const [a, b] = await twoDevices();
    for (const text of ['one', 'two', 'three']) await a.save({ frameworkId: null, text, tags: [] });
    await world.runUntilQuiet();
    expect(await a.ask({ type: 'notes/delete-all', scope: 'everywhere' })).toEqual({ deleted: 3 });
    await world.runUntilQuiet();
    expect(await b.notes()).toEqual([]);
  });

  it('"delete all on this device" keeps them on the other and turns sync off here', async () => {
    const [a, b] = await twoDevices();
    for (const text of ['one', 'two']) await a.save({ frameworkId: null, text, tags: [] });
    await world.runUntilQuiet();
    expect(await a.ask({ type: 'notes/delete-all', scope: 'this-device' })).toEqual({ deleted: 2 });
    await world.runUntilQuiet();
    expect(await a.notes()).toEqual([]);
    expect(a.config.enabled).toBe(false);
    expect(a.status().state).toBe('off');
    expect(await texts(b)).toEqual(['one', 'two']);
    // Turning sync back on brings them back.
    await a.ask({ type: 'sync/set-enabled', enabled: true });
    await world.runUntilQuiet();
    expect(await texts(a)).toEqual(['one', 'two']);
  });

  it('writes once per edit, after a short wait, and batches a burst of edits into one write', async () => {
    const [a] = await twoDevices();
    const before = a.area.calls.set;
    const note = await a.save({ frameworkId: null, text: 'first', tags: [] });
    expect(a.area.calls.set).toBe(before);
    await world.advance(2_500);
    expect(a.area.calls.set).toBe(before + 1);
    for (let i = 0; i < 10; i++) await edit(a, note, `edit ${i}`);
    await world.runUntilQuiet();
    expect(a.area.calls.set).toBe(before + 2);
  });

  it('does not write at all when a device only reads', async () => {
    const [a, b] = await twoDevices();
    await a.save({ frameworkId: null, text: 'from A', tags: [] });
    await world.runUntilQuiet();
    const calls = b.area.calls.set;
    await world.advance(10 * 60_000);
    await world.runUntilQuiet();
    expect(b.area.calls.set).toBe(calls);
  });

  it('skips the full merge when the background restarts with nothing changed, and merges in full when something did', async () => {
    const [a, b] = await twoDevices();
    await a.save({ frameworkId: null, text: 'before the restart', tags: [] });
    await world.runUntilQuiet();
    const published = b.statuses.length;
    const reads = vi.spyOn(b.area, 'get');
    await b.restart();
    expect(reads).toHaveBeenCalledTimes(1);
    expect(b.statuses.length).toBe(published);
    expect(b.engine.status()).toMatchObject({ state: 'synced', synced: 1 });

    // A change arrives while B's background is stopped (no listener hears it).
    b.engine.dispose();
    await a.save({ frameworkId: null, text: 'while B was stopped', tags: [] });
    await world.runUntilQuiet();
    await b.restart();
    expect(await texts(b)).toEqual(['before the restart', 'while B was stopped']);
  });

  it('writes out a change made just before the background stopped, at its next start', async () => {
    const [a, b] = await twoDevices();
    await a.save({ frameworkId: null, text: 'saved, then the worker stopped', tags: [] });
    await a.restart();
    await world.runUntilQuiet();
    expect(await texts(b)).toEqual(['saved, then the worker stopped']);
  });

  it('when the first read of the sync storage fails, merges it before writing anything', async () => {
    const [a] = await twoDevices();
    await a.save({ frameworkId: null, text: 'from A', tags: [] });
    await world.runUntilQuiet();
    world.cloud.deliver();
    // B's start finds the storage unreadable once (Firefox: "An unexpected error occurred").
    const b = await world.addDevice({ enabled: false });
    const get = b.area.get.bind(b.area);
    vi.spyOn(b.area, 'get').mockRejectedValueOnce(new Error('An unexpected error occurred')).mockImplementation(get);
    await b.save({ frameworkId: null, text: 'from B', tags: [] });
    await b.ask({ type: 'sync/set-enabled', enabled: true });
    expect(b.status()).toMatchObject({ state: 'waiting', error: expect.stringMatching(/unexpected error/) });
    await world.runUntilQuiet();
    expect(await texts(b)).toEqual(['from A', 'from B']);
    expect(await texts(a)).toEqual(['from A', 'from B']);
  });

  it('works the same on Firefox (no write limit, its own quota rules and events)', async () => {
    const [a, b] = await twoDevices({ browser: 'firefox' });
    const base = await a.save({ frameworkId: null, text: 'firefox', tags: [] });
    await world.runUntilQuiet();
    await edit(b, base, 'edited in Firefox');
    await world.runUntilQuiet();
    expect(await texts(a)).toEqual(['edited in Firefox']);
  });

  it('three devices, one of them away while the other two conflict, end with the same notes', async () => {
    world = new SyncWorld();
    const [a, b, c] = [await world.addDevice(), await world.addDevice(), await world.addDevice()];
    const base = await a.save({ frameworkId: null, text: 'base', tags: [] });
    await world.runUntilQuiet();
    c.area.online = false;
    a.area.online = false;
    await edit(a, base, 'A');
    await edit(b, base, 'B');
    await edit(c, base, 'C');
    await world.runUntilQuiet();
    a.area.online = true;
    await world.runUntilQuiet();
    c.area.online = true;
    await world.runUntilQuiet();
    expect(await texts(a)).toEqual(['A', 'B', 'C']);
    expect(await contents(b)).toEqual(await contents(a));
    expect(await contents(c)).toEqual(await contents(a));
  });
});
