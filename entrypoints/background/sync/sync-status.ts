/** The status the popup and options page show after a sync, in words a reader can act on. */
import type { SyncStatus } from '../../../data/sync';
import type { Plan } from './plan-buckets';
import type { LocalState } from './sync-store';

/** How many of the notes left on this device the status names. */
const SHOWN_LOCAL_ONLY = 20;

export const PAUSED_MESSAGE =
  'Another device syncs notes with a newer Stackpeek. Update Stackpeek here to sync again; nothing is written until then.';

export interface SyncedFacts {
  plan: Plan;
  local: LocalState;
  usage: SyncStatus['usage'];
  /** An item that could not be read and was not replaced by this write. */
  refused?: { key: string; reason: string };
  now: number;
}

export function syncedStatus({ plan, local, usage, refused, now }: SyncedFacts): Partial<SyncStatus> {
  const localOnly = plan.localOnly.map(({ id, reason }) => {
    const record = local.records.get(id);
    const text = record?.kind === 'note' ? record.note.text : '';
    return { id, reason, excerpt: text.length > 80 ? `${text.slice(0, 79)}…` : text };
  });
  return {
    state: 'synced',
    lastSyncedAt: now,
    synced: plan.buckets.reduce((sum, bucket) => sum + bucket.records.filter((r) => r.kind === 'note').length, 0),
    localOnly: localOnly.length,
    localOnlyNotes: localOnly.slice(0, SHOWN_LOCAL_ONLY),
    conflicts: local.conflicts,
    usage,
    error: refused
      ? `A sync item (${refused.key}) could not be read: ${refused.reason}. It was ignored; nothing here was changed.`
      : null,
  };
}
