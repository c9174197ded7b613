import type { SyncStatus } from '../../data/sync';
import '../sync/sync.css';
import { notesCount, syncedAgo, useSyncStatus } from '../sync/use-sync-status';
import { Switch } from './Switch';

/**
 * "Sync notes through your browser's sync": off by default, with a plain
 * account of what goes where and the limits, then the status once it is on.
 */
export function SyncSection({ isFirefox = import.meta.env.FIREFOX }: { isFirefox?: boolean }) {
  const { status, setEnabled } = useSyncStatus();
  const on = status?.enabled ?? false;
  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync</h2>
      <Switch
        id="sync-notes"
        label="Sync notes through your browser's sync"
        hint="Off by default. Your notes stay in this browser until you turn this on."
        checked={on}
        disabled={!status}
        onChange={(enabled) => void setEnabled(enabled)}
      />
      <ul class="sync-facts">
        <li>
          <strong>What goes:</strong> each note's text, tags and framework, and the address and title of the page it was
          written on. Nothing else: no settings, no pages you read.
        </li>
        <li>
          <strong>Where:</strong>{' '}
          {isFirefox
            ? 'into Firefox Sync, which encrypts it end to end with your Mozilla account.'
            : 'into Chrome sync, in your Google Account (encrypted end to end only if you set a sync passphrase in Chrome).'}{' '}
          Stackpeek has no server; the browser carries the notes to your other devices.
        </li>
        <li>
          <strong>Limits:</strong> the browser gives each extension about 100 KB, room for about 450 notes of a few
          sentences. The most recently edited notes sync first; the rest stay on this device and are listed here. A note
          longer than about 13,000 characters stays on this device.
        </li>
        {isFirefox && (
          <li>
            <strong>In Firefox:</strong> tick “Add-ons” in Settings → Sync, or nothing is synced.
          </li>
        )}
        <li>
          <strong>Edits on two devices</strong> at once are both kept: the later one stays the note, the other becomes a
          copy tagged #conflict-copy.
        </li>
      </ul>
      {status?.enabled && <SyncDetails status={status} />}
    </section>
  );
}

function SyncDetails({ status }: { status: SyncStatus }) {
  return (
    <div class="sync-details">
      <p role="status">
        {status.state === 'syncing'
          ? 'Syncing…'
          : status.lastSyncedAt
            ? `Last synced ${syncedAgo(status.lastSyncedAt)}: ${notesCount(status.synced)} in sync, ${Math.round(status.usage.bytes / 1024)} KB of 100 KB used.`
            : 'Not synced yet.'}
      </p>
      {status.error && <p class="sync-error">{status.error}</p>}
      {status.localOnly > 0 && (
        <>
          <p>{notesCount(status.localOnly)} stay on this device only:</p>
          <ul class="sync-local-only" aria-label="Notes on this device only">
            {status.localOnlyNotes.map((note) => (
              <li key={note.id}>
                {note.excerpt || '(empty)'}{' '}
                <span class="hint">{note.reason === 'too-large' ? 'too long to sync' : 'no room left'}</span>
              </li>
            ))}
            {status.localOnly > status.localOnlyNotes.length && (
              <li class="hint">…and {status.localOnly - status.localOnlyNotes.length} older ones.</li>
            )}
          </ul>
        </>
      )}
    </div>
  );
}
