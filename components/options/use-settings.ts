/** The reader's settings for the options page: loaded, kept fresh, and saved on each change. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadSettings, type Settings, updateSettings, watchSettings } from '../../data/settings';

export interface SettingsState {
  settings: Settings | null;
  /** Saves at once; open tabs pick the change up through their own watch. */
  update(change: (current: Settings) => Settings): Promise<Settings>;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const update = useCallback(async (change: (current: Settings) => Settings) => {
    const next = await updateSettings(change);
    setSettings(next);
    return next;
  }, []);
  return { settings, update };
}

/** What each options section receives once the settings have loaded. */
export interface SectionProps {
  settings: Settings;
  update: SettingsState['update'];
}
