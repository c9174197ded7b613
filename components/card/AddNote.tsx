import { useEffect, useRef, useState } from 'preact/hooks';

/** "Add note": a disclosure that opens a small form, saved through the background. */
export function AddNote({ frameworkName, onSave }: { frameworkName: string; onSave(text: string): Promise<void> }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  // Preact does not focus `autoFocus` elements after the first page load.
  useEffect(() => {
    if (open) box.current?.focus();
  }, [open]);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }>({
    kind: 'idle',
  });

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Add note
      </button>
    );
  }

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return;
    setStatus({ kind: 'saving' });
    try {
      await onSave(text);
      setText('');
      setOpen(false);
      setStatus({ kind: 'saved' });
    } catch (error) {
      // The text stays in the box, so nothing typed is lost.
      setStatus({ kind: 'error', message: (error as Error).message });
    }
  };

  return (
    <form class="sp-add-note" onSubmit={submit}>
      <label>
        Note on {frameworkName}
        <textarea value={text} ref={box} rows={3} onInput={(event) => setText(event.currentTarget.value)} />
      </label>
      <div class="sp-row">
        <button type="submit" class="primary" disabled={status.kind === 'saving' || !text.trim()}>
          Save note
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      {status.kind === 'error' && <p role="alert">{status.message}</p>}
    </form>
  );
}
