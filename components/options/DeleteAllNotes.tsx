import { useEffect, useRef, useState } from 'preact/hooks';
import { ask } from '../../data/ask';
import { useSyncStatus } from '../sync/use-sync-status';

/**
 * "Delete all notes", behind a confirmation that says what is lost and how to
 * keep a copy; with sync on, it asks whether to delete everywhere or here only.
 */
export function DeleteAllNotes() {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const syncing = useSyncStatus().status?.enabled ?? false;

  // Focus lands on the safe choice.
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);

  const confirm = async (scope?: 'everywhere' | 'this-device') => {
    try {
      const { deleted } = await ask({ type: 'notes/delete-all', ...(scope ? { scope } : {}) });
      const where = scope === 'this-device' ? ' on this device; sync is now off here' : scope ? ' on every device' : '';
      setMessage(`Deleted ${deleted} ${deleted === 1 ? 'note' : 'notes'}${where}.`);
    } catch (error) {
      setMessage(`Nothing was deleted: ${(error as Error).message}`);
    }
    setConfirming(false);
  };

  return (
    <div class="danger-zone">
      {confirming ? (
        <fieldset class="confirm">
          <legend>Delete every note in Stackpeek?</legend>
          <p>This cannot be undone. Export your notes first to keep a copy.</p>
          {syncing && (
            <p>
              Sync is on. Delete them on every device, or only on this one (sync then turns off here, so they do not
              come back; your other devices keep them).
            </p>
          )}
          <div class="button-row">
            {syncing ? (
              <>
                <button type="button" class="danger" onClick={() => void confirm('everywhere')}>
                  Delete on every device
                </button>
                <button type="button" class="danger" onClick={() => void confirm('this-device')}>
                  Delete on this device only
                </button>
              </>
            ) : (
              <button type="button" class="danger" onClick={() => void confirm()}>
                Yes, delete all notes
              </button>
            )}
            <button type="button" ref={cancel} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </fieldset>
      ) : (
        <button
          type="button"
          class="danger"
          onClick={() => {
            setMessage(null);
            setConfirming(true);
          }}
        >
          Delete all notes…
        </button>
      )}
      <p role="status" class="muted">
        {message}
      </p>
    </div>
  );
}
