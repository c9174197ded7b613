import { useEffect, useRef, useState } from 'preact/hooks';
import { ask } from '../../data/ask';

/** "Delete all notes", behind a confirmation that says what is lost and how to keep a copy. */
export function DeleteAllNotes() {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  // Focus lands on the safe choice.
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);

  const confirm = async () => {
    try {
      const { deleted } = await ask({ type: 'notes/delete-all' });
      setMessage(`Deleted ${deleted} ${deleted === 1 ? 'note' : 'notes'}.`);
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
          <div class="button-row">
            <button type="button" class="danger" onClick={() => void confirm()}>
              Yes, delete all notes
            </button>
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
