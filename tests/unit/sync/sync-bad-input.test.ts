/**
 * Bad input from sync is validated like an import: a corrupt or truncated
 * item, an item from another program or a stranger's export, a forged note,
 * an item from a newer Stackpeek. Each is refused with a logged reason, and
 * nothing on the device changes.
 */
import type { IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { exportJson } from '../../../entrypoints/background/notes-file';
import { packRecords } from '../../../entrypoints/background/sync/pack';
import { bucketKey, bucketOf } from '../../../entrypoints/background/sync/plan-buckets';
import { note } from '../notes-helpers';
import { type Device, SyncWorld } from './sync-devices';

let world: SyncWorld;
afterEach(() => world?.close());

async function snapshot(device: Device) {
  const raw = device.db as unknown as IDBPDatabase;
  return { notes: await raw.getAll('notes'), versions: await raw.getAll('sync-versions') };
}

const deflated = async (text: string) => {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate'));
  return btoa(String.fromCharCode(...new Uint8Array(await new Response(stream).arrayBuffer())));
};

const BAD_ITEMS: [string, () => Promise<unknown>, RegExp][] = [
  [
    'a truncated item',
    async () => (await packRecords([{ kind: 'note', note: note(), vv: { abcd: 1 } }])).slice(0, 40),
    /corrupt or truncated/,
  ],
  ['not base64', async () => '1:%%% not base64 %%%', /not Stackpeek sync data/],
  ['a number', async () => 42, /holds a number/],
  ["a stranger's export file", async () => exportJson([note()]), /not Stackpeek sync data/],
  ['deflated text that is not JSON', async () => `1:${await deflated('hello, world')}`, /corrupt or truncated/],
  ['JSON of the wrong shape', async () => `1:${await deflated(JSON.stringify({ notes: [] }))}`, /not a list of notes/],
  [
    'a note with a javascript: link',
    async () => packRecords([{ kind: 'note', note: { ...note(), pageUrl: 'javascript:alert(1)' }, vv: { abcd: 1 } }]),
    /note 1: pageUrl/,
  ],
  [
    'a note with an unknown device in its version',
    async () =>
      `1:${await deflated(JSON.stringify({ n: [['id-1', { 'BAD ID': 1 }, null, 'tornado', 'text', [], null, null, 1, 2]], t: [] }))}`,
    /note 1/,
  ],
  [
    'the same id twice',
    async () => {
      const twice = note();
      return packRecords([
        { kind: 'note', note: twice, vv: { abcd: 1 } },
        { kind: 'tombstone', id: twice.id, vv: { abcd: 2 }, seen: ['abcd'], deletedAt: 5 },
      ]);
    },
    /used twice/,
  ],
  [
    'an item that inflates to more than 1 MB',
    async () => `1:${await deflated(' '.repeat(2_000_000))}`,
    /more than 1 MB/,
  ],
];

describe('bad input from sync', () => {
  for (const [what, make, reason] of BAD_ITEMS) {
    it(`refuses ${what} with a reason, and changes nothing here`, async () => {
      world = new SyncWorld();
      const a = await world.addDevice();
      const mine = await a.save({ frameworkId: 'tornado', text: 'mine', tags: ['keep'] });
      await world.runUntilQuiet();
      const before = await snapshot(a);
      const key = bucketKey(bucketOf(mine.id));
      const otherKey = bucketKey((bucketOf(mine.id) + 1) % 12);
      // Arriving from the sync server, as another device's write would.
      a.area.receive(otherKey, await make());
      await world.settle();
      await world.advance(1_000);

      expect(a.logs.some((line) => line.includes(`refused the sync item ${otherKey}`) && reason.test(line))).toBe(true);
      expect(await snapshot(a)).toEqual(before);
      // The unreadable item is then replaced by this device's (empty) share of it; our own item is untouched.
      await world.runUntilQuiet();
      expect(await snapshot(a)).toEqual(before);
      expect(a.area.items.get(key)).toBeDefined();
      expect(a.status()).toMatchObject({ state: 'synced', error: null, synced: 1 });
    });
  }
});

describe('a device on an older data version', () => {
  it('pauses when a newer Stackpeek writes, never overwrites its items, and changes nothing here', async () => {
    world = new SyncWorld();
    const older = await world.addDevice({ format: 1 });
    const fromOlder = await older.save({ frameworkId: null, text: 'written by the older Stackpeek', tags: [] });
    await world.runUntilQuiet();
    const newer = await world.addDevice({ format: 2 });
    await world.runUntilQuiet();
    // The newer one reads the older format.
    expect((await newer.notes()).map((n) => n.id)).toEqual([fromOlder.id]);

    const before = await snapshot(older);
    const fromNewer = await newer.save({ frameworkId: null, text: 'written by the newer Stackpeek', tags: [] });
    await world.runUntilQuiet();
    expect(older.status()).toMatchObject({ state: 'paused', error: expect.stringMatching(/newer Stackpeek/) });
    expect(await snapshot(older)).toEqual(before);
    expect(older.logs).toEqual([]);

    // While paused, the older device writes nothing, even for its own new notes…
    const calls = older.area.calls.set;
    const stuck = await older.save({ frameworkId: null, text: 'waits for the update', tags: [] });
    await world.runUntilQuiet();
    expect(older.area.calls.set).toBe(calls);
    const newerItem = newer.area.items.get(bucketKey(bucketOf(fromNewer.id)));
    expect(String(newerItem)).toMatch(/^2:/);
    // …and the note stays safe here until Stackpeek is updated.
    expect((await older.notes()).map((n) => n.id)).toContain(stuck.id);
    expect((await newer.notes()).map((n) => n.id)).not.toContain(stuck.id);
  });
});
