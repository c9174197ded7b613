/** Precision and recall over scored places, overall and grouped. */
import type { ScoredItem } from './scored-item';

export interface Tally {
  truePositives: number;
  predicted: number;
  expected: number;
  precision: number;
  recall: number;
}

export function tally(items: ScoredItem[]): Tally {
  let truePositives = 0;
  let predicted = 0;
  let expected = 0;
  for (const item of items) {
    if (item.predicted) predicted++;
    if (item.gold) expected++;
    if (item.predicted && item.gold) truePositives++;
  }
  return {
    truePositives,
    predicted,
    expected,
    precision: predicted === 0 ? 1 : truePositives / predicted,
    recall: expected === 0 ? 1 : truePositives / expected,
  };
}

export function groupBy(items: ScoredItem[], keys: (item: ScoredItem) => string[]): Map<string, Tally> {
  const groups = new Map<string, ScoredItem[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key) ?? [];
      group.push(item);
      groups.set(key, group);
    }
  }
  return new Map([...groups].map(([key, group]) => [key, tally(group)]));
}

export const falsePositives = (items: ScoredItem[]) => items.filter((item) => item.predicted && !item.gold);
export const misses = (items: ScoredItem[]) => items.filter((item) => item.gold && !item.predicted);

export function formatTally(name: string, t: Tally): string {
  return `${name.padEnd(28)} P ${t.precision.toFixed(3)}  R ${t.recall.toFixed(3)}  (${t.truePositives} right of ${t.predicted} marked, ${t.expected} expected)`;
}
