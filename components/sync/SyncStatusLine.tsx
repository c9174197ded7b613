import './sync.css';
import { notesCount, syncedAgo, useSyncStatus } from './use-sync-status';

/**
 * One line under the notes: whether sync is on, when it last synced, how many
 * notes stay on this device only, and what went wrong, if anything.
 */
export function SyncStatusLine() {
  const { status } = useSyncStatus();
  if (!status) return null;
  if (!status.enabled) return <p class="sync-status muted">Sync: off (notes stay in this browser).</p>;
  const parts = [
    status.state === 'syncing' ? 'Sync: syncing…' : status.state === 'paused' ? 'Sync: paused' : 'Sync: on',
    status.lastSyncedAt ? `last synced ${syncedAgo(status.lastSyncedAt)}` : 'not synced yet',
    status.localOnly > 0 ? `${notesCount(status.localOnly)} on this device only` : '',
    status.conflicts > 0 ? `${status.conflicts} conflict ${status.conflicts === 1 ? 'copy' : 'copies'}` : '',
  ].filter(Boolean);
  return (
    <div class="sync-status">
      <p class="muted">{parts.join(' · ')}</p>
      {status.error && <p class="sync-error">{status.error}</p>}
    </div>
  );
}
