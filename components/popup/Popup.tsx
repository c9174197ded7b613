import { NotesPanel } from './NotesPanel';

/** The toolbar popup. */
export function Popup() {
  return (
    <main class="popup">
      <h1 class="visually-hidden">Stackpeek</h1>
      <NotesPanel />
    </main>
  );
}
