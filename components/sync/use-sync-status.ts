/**
 * The sync status for the popup and the options page, read from
 * `storage.local`, where the background publishes every change (nothing
 * stored yet: sync has never been on).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ask } from '../../data/ask';
import { SYNC_OFF, SYNC_STATUS_KEY, type SyncStatus } from '../../data/sync';

export interface SyncStatusState {
  /** Null until the background has answered. */
  status: SyncStatus | null;
  setEnabled(enabled: boolean): Promise<void>;
}

/** Written by our own background; checked only enough that a stray value cannot break the page. */
function isStatus(value: unknown): value is SyncStatus {
  const status = value as Partial<SyncStatus> | null;
  return (
    typeof status?.enabled === 'boolean' && typeof status.state === 'string' && Array.isArray(status.localOnlyNotes)
  );
}

export function useSyncStatus(): SyncStatusState {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    browser.storage.local
      .get(SYNC_STATUS_KEY)
      .then((stored) => setStatus(isStatus(stored[SYNC_STATUS_KEY]) ? stored[SYNC_STATUS_KEY] : SYNC_OFF))
      .catch(() => setStatus(SYNC_OFF));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const next = changes[SYNC_STATUS_KEY]?.newValue;
      if (area === 'local' && isStatus(next)) setStatus(next);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  const setEnabled = useCallback(async (enabled: boolean) => {
    setStatus(await ask({ type: 'sync/set-enabled', enabled }));
  }, []);
  return { status, setEnabled };
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "just now", "5 minutes ago", "3 hours ago", "yesterday". */
export function syncedAgo(time: number, now = Date.now()): string {
  const seconds = Math.round((time - now) / 1000);
  if (seconds > -45) return 'just now';
  if (seconds > -3_600) return relative.format(Math.round(seconds / 60), 'minute');
  if (seconds > -86_400) return relative.format(Math.round(seconds / 3_600), 'hour');
  return relative.format(Math.round(seconds / 86_400), 'day');
}

export const notesCount = (count: number) => `${count} ${count === 1 ? 'note' : 'notes'}`;
