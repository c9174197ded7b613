/** The entries the reader opened last (Look up's detail view, Compare), newest first, for the empty search box. */
import { storage } from 'wxt/utils/storage';

export const RECENT_MAX = 5;

export const recentlyViewedItem = storage.defineItem<string[]>('local:recentlyViewed', { fallback: [] });

export async function loadRecentlyViewed(): Promise<string[]> {
  const value = await recentlyViewedItem.getValue();
  return Array.isArray(value) ? value.filter((id) => typeof id === 'string').slice(0, RECENT_MAX) : [];
}

/** Puts the ids first (most recent first) and returns the new list. */
export async function rememberViewed(ids: string[]): Promise<string[]> {
  const next = [...new Set([...ids, ...(await loadRecentlyViewed())])].slice(0, RECENT_MAX);
  await recentlyViewedItem.setValue(next);
  return next;
}
