import { MutedSection } from './MutedSection';
import { NotesFileSection } from './NotesFileSection';
import { ScanningSection } from './ScanningSection';
import { ShortcutsSection } from './ShortcutsSection';
import { SitesSection } from './SitesSection';
import { SyncSection } from './SyncSection';
import { useSettings } from './use-settings';

/**
 * The options page. Every change is saved to extension storage at once; the
 * content script in each open tab watches the settings and applies them.
 */
export function Options() {
  const { settings, update } = useSettings();
  return (
    <main class="options">
      <h1>Stackpeek options</h1>
      <p class="muted">Changes are saved as you make them and apply to open tabs at once.</p>
      {settings ? (
        <>
          <SitesSection settings={settings} update={update} />
          <ScanningSection settings={settings} update={update} />
          <MutedSection settings={settings} update={update} />
        </>
      ) : (
        <p class="muted">Loading settings…</p>
      )}
      <ShortcutsSection />
      <NotesFileSection />
      <SyncSection />
    </main>
  );
}
