import { useEffect, useRef } from 'preact/hooks';

/**
 * "Note deleted. Undo": stays until the reader undoes, dismisses or deletes
 * again (no timeout, so nobody has to be quick). Focus moves to Undo, since
 * the deleted note's own buttons are gone.
 */
export function UndoBar({ message, onUndo, onDismiss }: { message: string; onUndo(): void; onDismiss(): void }) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    undo.current?.focus();
  }, [message]);
  return (
    <div class="undo-bar" role="status">
      <span>{message}</span>
      <button type="button" ref={undo} onClick={onUndo}>
        Undo
      </button>
      <button type="button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
