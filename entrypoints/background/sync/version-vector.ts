/**
 * Version vectors (one counter per device that edited a note). Each device
 * only ever raises its own counter, so a vector names one version, and
 * comparing two tells whether one includes the other or both moved on since
 * they last agreed.
 */
import type { VersionVector } from '../../../data/sync';

export type Order = 'equal' | 'before' | 'after' | 'concurrent';

/** How `a` stands to `b`: `before` means `b` includes everything `a` does, and more. */
export function compareVersions(a: VersionVector, b: VersionVector): Order {
  let aAhead = false;
  let bAhead = false;
  for (const device of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[device] ?? 0;
    const y = b[device] ?? 0;
    if (x > y) aAhead = true;
    else if (y > x) bAhead = true;
  }
  if (aAhead && bAhead) return 'concurrent';
  if (aAhead) return 'after';
  if (bAhead) return 'before';
  return 'equal';
}

/** True when `b` includes every edit `a` does. */
export function includes(b: VersionVector, a: VersionVector): boolean {
  const order = compareVersions(a, b);
  return order === 'equal' || order === 'before';
}

/** The smallest version that includes both. */
export function joinVersions(a: VersionVector, b: VersionVector): VersionVector {
  const joined: VersionVector = { ...a };
  for (const [device, count] of Object.entries(b)) joined[device] = Math.max(joined[device] ?? 0, count);
  return joined;
}

/** The next version after `vector`, written on `device`. */
export function bumpVersion(vector: VersionVector | undefined, device: string): VersionVector {
  return { ...vector, [device]: (vector?.[device] ?? 0) + 1 };
}

/** A canonical text for a version, for ids and tie-breaks: "abcd:2,wxyz:1". */
export function versionTag(vector: VersionVector): string {
  return Object.keys(vector)
    .sort()
    .map((device) => `${device}:${vector[device]}`)
    .join(',');
}
