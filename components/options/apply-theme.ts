/** Applies the reader's theme setting (auto, light, dark) to an extension page, now and on every change. */
import { loadSettings, type Settings, watchSettings } from '../../data/settings';

export function setTheme(root: HTMLElement, theme: Settings['theme']): void {
  // "auto" leaves theme.css to follow prefers-color-scheme.
  if (theme === 'auto') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}

export function followThemeSetting(root: HTMLElement = document.documentElement): () => void {
  void loadSettings().then((settings) => setTheme(root, settings.theme));
  return watchSettings((settings) => setTheme(root, settings.theme));
}
