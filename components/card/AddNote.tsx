import { useEffect, useRef, useState } from 'preact/hooks';
import { parseTags } from '../notes/notes-search';

/** The card's note form: text and tags ("#words" in the text become tags too), saved through the background. */
export function AddNote({
  frameworkName,
  onSave,
  onDone,
}: {
  frameworkName: string;
  onSave(text: string, tags: string[]): Promise<void>;
  onDone(): void;
}) {
  const box = useRef<HTMLTextAreaElement>(null);
  // Preact does not focus `autoFocus` elements after the first page load.
  useEffect(() => {
    box.current?.focus();
  }, []);
  const [text, setText] = useState('');
  const [tags, setTags] = useState('');
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' } | { kind: 'error'; message: string }>({
    kind: 'idle',
  });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return;
    setStatus({ kind: 'saving' });
    try {
      await onSave(text, parseTags(tags));
      onDone();
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
      <label>
        Tags
        <input
          type="text"
          value={tags}
          placeholder="comma, separated; #words in the text count too"
          onInput={(event) => setTags(event.currentTarget.value)}
        />
      </label>
      <div class="sp-row">
        <button type="submit" class="primary" disabled={status.kind === 'saving' || !text.trim()}>
          Save note
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      {status.kind === 'error' && <p role="alert">{status.message}</p>}
    </form>
  );
}
