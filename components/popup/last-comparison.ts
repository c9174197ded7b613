/** The last comparison the reader looked at, so Compare opens where they left it. */
import { storage } from 'wxt/utils/storage';

export const lastComparisonItem = storage.defineItem<string[]>('local:lastComparison', { fallback: [] });

export async function loadLastComparison(): Promise<string[]> {
  const value = await lastComparisonItem.getValue();
  return Array.isArray(value) ? value.filter((id) => typeof id === 'string').slice(0, 3) : [];
}

export function saveLastComparison(ids: string[]): Promise<void> {
  return lastComparisonItem.setValue(ids.slice(0, 3));
}
