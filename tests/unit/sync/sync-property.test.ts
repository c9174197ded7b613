/**
 * The sync promise as a property: after any sequence of edits, deletions,
 * undos, "delete all", offline periods, deliveries in any order, time passing
 * and corrupt items, every text that nobody knowingly replaced or deleted is
 * still present, and all devices end with the same notes.
 *
 * The oracle knows nothing of versions: a text is required from the moment it
 * is written until a user who had it on screen (the note on that device at
 * that moment) edits or deletes that note. Undo takes its deletion back: the
 * text is required again unless someone else replaced it meanwhile.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Note } from '../../../data/notes';
import { CONFLICT_TAG } from '../../../data/sync';
import { exportJson } from '../../../entrypoints/background/notes-file';
import { listNotes } from '../../../entrypoints/background/notes-store';
import { bucketKey } from '../../../entrypoints/background/sync/plan-buckets';
import { contents, type Device, SyncWorld } from './sync-devices';

type Action =
  | { kind: 'write'; device: number; pick: number | null }
  | { kind: 'delete'; device: number; pick: number }
  | { kind: 'undo'; device: number }
  | { kind: 'delete-all'; device: number }
  | { kind: 'offline' | 'online'; device: number }
  | { kind: 'deliver'; order: number[] }
  /** Time for a write to go out and arrive: debounce, delivery, merge. */
  | { kind: 'sync' }
  | { kind: 'tick'; ms: number }
  | { kind: 'corrupt'; device: number; bucket: number; how: 'truncate' | 'garbage' | 'foreign' };

const device = fc.integer({ min: 0, max: 2 });
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('write' as const),
      device,
      pick: fc.option(fc.nat(), { nil: null, freq: 5 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), device, pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const), device }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-all' as const), device }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('offline' as const, 'online' as const), device }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('deliver' as const), order: fc.shuffledSubarray([0, 1, 2]) }) },
  { weight: 4, arbitrary: fc.constant({ kind: 'sync' as const }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 90_000 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('corrupt' as const),
      device,
      bucket: fc.integer({ min: 0, max: 11 }),
      how: fc.constantFrom('truncate' as const, 'garbage' as const, 'foreign' as const),
    }),
  },
);

interface Run {
  world: SyncWorld;
  devices: Device[];
  /** Every text written, with what replaced or deleted it; required while that is empty. */
  texts: Map<string, Set<string>>;
  lastDeleted: Map<number, { note: Note; by: string }>;
  written: number;
}

function retire(run: Run, text: string, by: string): void {
  run.texts.get(text)?.add(by);
}

async function perform(run: Run, step: Action): Promise<void> {
  const { world, devices } = run;
  const at = (index: number) => devices[index % devices.length] as Device;
  switch (step.kind) {
    case 'write': {
      const target = at(step.device);
      const notes = await target.notes();
      const text = `text ${++run.written} on ${target.name}`;
      const note = step.pick === null || notes.length === 0 ? undefined : notes[step.pick % notes.length];
      if (note) retire(run, note.text, `edit ${text}`);
      await target.save({ id: note?.id, frameworkId: note?.frameworkId ?? null, text, tags: note?.tags ?? [] });
      run.texts.set(text, new Set());
      break;
    }
    case 'delete': {
      const target = at(step.device);
      const notes = await target.notes();
      const note = notes[step.pick % Math.max(1, notes.length)];
      if (!note) break;
      const by = `delete ${++run.written}`;
      retire(run, note.text, by);
      run.lastDeleted.set(step.device % devices.length, { note, by });
      await target.ask({ type: 'notes/delete', id: note.id });
      break;
    }
    case 'undo': {
      const index = step.device % devices.length;
      const deleted = run.lastDeleted.get(index);
      if (!deleted) break;
      run.lastDeleted.delete(index);
      await at(index).ask({ type: 'notes/restore', note: deleted.note });
      run.texts.get(deleted.note.text)?.delete(deleted.by);
      break;
    }
    case 'delete-all': {
      const target = at(step.device);
      for (const note of await target.notes()) retire(run, note.text, `delete all ${++run.written}`);
      await target.ask({ type: 'notes/delete-all', scope: 'everywhere' });
      break;
    }
    case 'offline':
    case 'online':
      at(step.device).area.online = step.kind === 'online';
      break;
    case 'deliver':
      world.cloud.deliver(step.order.filter((i) => i < devices.length).map((i) => at(i).area));
      await world.settle();
      break;
    case 'tick':
      await world.advance(step.ms);
      break;
    case 'sync':
      await world.advance(3_000);
      world.cloud.deliver();
      await world.advance(500);
      break;
    case 'corrupt': {
      const target = at(step.device);
      const key = bucketKey(step.bucket);
      const current = target.area.items.get(key);
      const value =
        step.how === 'truncate' && typeof current === 'string'
          ? current.slice(0, Math.floor(current.length / 2))
          : step.how === 'foreign'
            ? exportJson([])
            : '1:bm90IGRlZmxhdGU=';
      // Another program writing into the item, or a corrupt copy arriving: as the browser would deliver it.
      await target.area.set({ [key]: value }).catch(() => undefined);
      await world.settle();
      break;
    }
  }
}

describe('sync keeps every note (property)', () => {
  it('after any sequence, every text nobody replaced is somewhere, and all devices agree', async () => {
    let runs = 0;
    let conflicts = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 3 }),
        fc.array(action, { minLength: 1, maxLength: 30 }),
        fc.constantFrom('chrome' as const, 'firefox' as const),
        async (count, steps, browser) => {
          runs++;
          const world = new SyncWorld();
          const devices: Device[] = [];
          for (let i = 0; i < count; i++) devices.push(await world.addDevice({ browser }));
          const run: Run = { world, devices, texts: new Map(), lastDeleted: new Map(), written: 0 };
          try {
            // Two notes every device has, so the steps edit shared notes and meet conflicts.
            await perform(run, { kind: 'write', device: 0, pick: null });
            await perform(run, { kind: 'write', device: 0, pick: null });
            await world.runUntilQuiet();
            for (const step of steps) await perform(run, step);
            for (const each of devices) each.area.online = true;
            await world.runUntilQuiet();

            const everywhere = new Set<string>();
            for (const each of devices) for (const note of await each.notes()) everywhere.add(note.text);
            for (const [text, retiredBy] of run.texts) {
              if (retiredBy.size === 0) expect(everywhere, `lost: ${text}`).toContain(text);
            }
            const first = await contents(devices[0] as Device);
            for (const each of devices.slice(1)) expect(await contents(each)).toEqual(first);
            for (const each of devices) {
              expect((await listNotes(each.db)).unreadable).toBe(0);
              expect(each.status()).toMatchObject({ state: 'synced', error: null, localOnly: 0 });
            }
            conflicts += (await (devices[0] as Device).notes()).filter((n) => n.tags.includes(CONFLICT_TAG)).length;
          } finally {
            await world.close();
          }
        },
      ),
      { numRuns: 150 },
    );
    expect(runs).toBe(150);
    // The sequences do reach conflicts; a property that never met one would prove little.
    expect(conflicts).toBeGreaterThan(5);
    console.info(`sync property: ${runs} runs, ${conflicts} conflict copies made`);
  }, 300_000);
});

describe('concurrent edits (property)', () => {
  it('devices that each edited a note offline end with one note and one conflict copy per other device', async () => {
    let copies = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 4 }),
        // Edits while every device is offline: [device, note] pairs over three shared notes.
        fc.array(fc.tuple(fc.nat(3), fc.nat(2)), { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(3), { minLength: 4, maxLength: 4 }),
        async (count, edits, deliveryOrder) => {
          const world = new SyncWorld();
          const devices: Device[] = [];
          for (let i = 0; i < count; i++) devices.push(await world.addDevice());
          try {
            const shared: Note[] = [];
            for (let i = 0; i < 3; i++)
              shared.push(await (devices[0] as Device).save({ frameworkId: null, text: `shared ${i}`, tags: [] }));
            await world.runUntilQuiet();
            for (const each of devices) each.area.online = false;
            const last = new Map<string, string>();
            for (const [n, [d, which]] of edits.entries()) {
              const device = devices[d % count] as Device;
              const note = shared[which] as Note;
              world.clock.time += 10;
              const text = `edit ${n} of ${note.text} on ${device.name}`;
              await device.save({ id: note.id, frameworkId: null, text, tags: [] });
              last.set(`${note.id} ${device.name}`, text);
            }
            await world.runUntilQuiet();
            for (const each of devices) each.area.online = true;
            world.cloud.deliver(deliveryOrder.map((i) => (devices[i % count] as Device).area));
            await world.runUntilQuiet();

            const notes = await (devices[0] as Device).notes();
            const texts = notes.map((n) => n.text);
            for (const text of last.values()) expect(texts).toContain(text);
            // Exactly: each shared note, plus a copy for every extra device that edited it. No spurious copies.
            const editors = new Map<string, number>();
            for (const key of last.keys())
              editors.set(key.split(' ')[0] as string, (editors.get(key.split(' ')[0] as string) ?? 0) + 1);
            const expectedCopies = [...editors.values()].reduce((sum, k) => sum + k - 1, 0);
            expect(notes.length).toBe(3 + expectedCopies);
            expect(notes.filter((n) => n.tags.includes(CONFLICT_TAG))).toHaveLength(expectedCopies);
            for (const each of devices.slice(1))
              expect(await contents(each)).toEqual(await contents(devices[0] as Device));
            copies += expectedCopies;
          } finally {
            await world.close();
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(copies).toBeGreaterThan(30);
    console.info(`concurrent edits: ${copies} conflict copies checked`);
  }, 300_000);
});
