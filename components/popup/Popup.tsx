import { useEffect, useState } from 'preact/hooks';
import { ComparePanel } from './ComparePanel';
import { LookupPanel } from './LookupPanel';
import { loadLastComparison, saveLastComparison } from './last-comparison';
import { NotesPanel } from './NotesPanel';
import { PagePanel } from './PagePanel';
import { readLocation, type TabId } from './popup-location';
import { type TabSpec, Tabs } from './Tabs';

/**
 * The toolbar popup (also usable as a full tab): On this page · Look up ·
 * Compare · Notes. The catalog comes from `CatalogContext`.
 */
export function Popup({ hash = '' }: { hash?: string }) {
  const [start] = useState(() => readLocation(hash));
  const [tab, setTab] = useState<TabId>(start.tab);
  const [compareIds, setCompareIds] = useState<string[]>(start.compare ?? []);

  // Without ids in the address, Compare opens on the last comparison.
  useEffect(() => {
    if (start.compare) {
      void saveLastComparison(start.compare);
      return;
    }
    void loadLastComparison().then((ids) => {
      setCompareIds((current) => (current.length > 0 ? current : ids));
    });
  }, [start]);

  // A second "Compare with" while this tab is open only changes its hash.
  useEffect(() => {
    const onHashChange = () => {
      const next = readLocation(location.hash);
      setTab(next.tab);
      if (next.compare) changeComparison(next.compare);
    };
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);

  const changeComparison = (ids: string[]) => {
    setCompareIds(ids);
    void saveLastComparison(ids);
  };

  const tabs: TabSpec<TabId>[] = [
    { id: 'on-this-page', label: 'On this page', render: () => <PagePanel /> },
    {
      id: 'look-up',
      label: 'Look up',
      render: () => (
        <LookupPanel
          onCompare={(ids) => {
            changeComparison(ids);
            setTab('compare');
          }}
        />
      ),
    },
    { id: 'compare', label: 'Compare', render: () => <ComparePanel ids={compareIds} onChange={changeComparison} /> },
    { id: 'notes', label: 'Notes', render: () => <NotesPanel /> },
  ];

  return (
    <main class="popup">
      <h1 class="visually-hidden">Stackpeek</h1>
      <Tabs<TabId> label="Stackpeek" tabs={tabs} selected={tab} onSelect={setTab} />
    </main>
  );
}
