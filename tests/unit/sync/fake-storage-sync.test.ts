/**
 * The fake storage.sync behaves as the browsers do. The Chrome cases are the
 * ones measured in Chromium 156 here (`chrome.storage.sync` in an extension
 * page): the sync tests are only as good as this fake.
 */
import { describe, expect, it } from 'vitest';
import { CHROME_ERRORS, FakeStorageSync, FakeSyncCloud, FIREFOX_QUOTA_ERROR } from './fake-storage-sync';

const clock = { time: 0 };
const chrome = () => new FakeStorageSync('chrome', () => clock.time);
const firefox = () => new FakeStorageSync('firefox', () => clock.time);

describe('as Chrome', () => {
  it('counts an item as its key plus its JSON in UTF-8, `<` as six bytes, and allows exactly 8,192', async () => {
    const area = chrome();
    await area.set({ k: 'x'.repeat(8_189) }); // 1 + 8,191
    await expect(area.set({ k: 'x'.repeat(8_190) })).rejects.toThrow(CHROME_ERRORS.perItem);
    await area.set({ k: 'x'.repeat(8_189) });
    await area.set({ lt: '<', u: 'é' });
    area.items.delete('k');
    expect(area.bytesInUse()).toBe(10 + 5);
  });

  it('refuses a write past 102,400 bytes or 512 items, writing nothing', async () => {
    const area = chrome();
    const big = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`b${i}`, 'y'.repeat(8_000)]));
    await expect(area.set(big)).rejects.toThrow(CHROME_ERRORS.total);
    const many = Object.fromEntries(Array.from({ length: 513 }, (_, i) => [`m${i}`, 1]));
    await expect(area.set(many)).rejects.toThrow(CHROME_ERRORS.items);
    expect(area.items.size).toBe(0);
  });

  it('allows 120 set calls a minute, refused and no-op ones included, and counts remove apart', async () => {
    const area = chrome();
    await expect(area.set({ k: 'x'.repeat(9_000) })).rejects.toThrow(CHROME_ERRORS.perItem);
    for (let i = 0; i < 119; i++) await area.set({ same: 1 });
    await expect(area.set({ w: 1 })).rejects.toThrow(CHROME_ERRORS.perMinute);
    await area.remove(['same']);
    clock.time += 60_001;
    await area.set({ w: 2 });
    expect(area.calls.set).toBe(122);
  });

  it('allows 1,800 set calls an hour', async () => {
    const area = chrome();
    let refused = 0;
    for (let minute = 0; minute < 16; minute++) {
      for (let i = 0; i < 120; i++) await area.set({ w: i }).catch(() => refused++);
      clock.time += 60_001;
    }
    expect(refused).toBe(16 * 120 - 1_800);
    await expect(area.set({ w: 0 })).rejects.toThrow(CHROME_ERRORS.perHour);
  });

  it('tells listeners only of values that changed', async () => {
    const area = chrome();
    const heard: string[][] = [];
    area.watch((changes) => heard.push(Object.keys(changes)));
    await area.set({ a: 1, b: 2 });
    await area.set({ a: 1 });
    await Promise.resolve();
    expect(heard).toEqual([['a', 'b']]);
  });
});

describe('as Firefox', () => {
  it('refuses an item of exactly 8,192 bytes, counts the area as one JSON object, and has no write limit', async () => {
    const area = firefox();
    await expect(area.set({ k: 'x'.repeat(8_189) })).rejects.toThrow(FIREFOX_QUOTA_ERROR);
    await area.set({ k: 'x'.repeat(8_188) });
    // 12 items of 8,191 bytes: Chrome's sum is 98,292, but as one object it is more, and still fits.
    const area2 = firefox();
    for (let i = 0; i < 400; i++) await area2.set({ [`k${i % 12}`]: 'x'.repeat(8_186) });
    const thirteenth = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`k${i}`, 'x'.repeat(8_000)]));
    await expect(area2.set(thirteenth)).rejects.toThrow(FIREFOX_QUOTA_ERROR);
  });

  it('tells listeners of every key written, changed or not', async () => {
    const area = firefox();
    const heard: string[][] = [];
    area.watch((changes) => heard.push(Object.keys(changes)));
    await area.set({ a: 1 });
    await area.set({ a: 1 });
    await Promise.resolve();
    expect(heard).toEqual([['a'], ['a']]);
  });
});

describe('the cloud', () => {
  it('carries writes between devices; the last upload of a key wins; offline devices wait', async () => {
    const cloud = new FakeSyncCloud(() => clock.time);
    const [a, b, c] = [cloud.device(), cloud.device(), cloud.device()];
    c.online = false;
    await a.set({ k: 'from a' });
    await b.set({ k: 'from b' });
    cloud.deliver([a, b, c]);
    expect([a.items.get('k'), b.items.get('k'), c.items.get('k')]).toEqual(['from b', 'from b', undefined]);
    c.online = true;
    cloud.deliver();
    expect(c.items.get('k')).toBe('from b');
  });
});
