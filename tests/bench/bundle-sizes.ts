/** Sizes of the built bundles, raw and gzip (zlib's default level, as tests/e2e/bundle-size.e2e.ts checks them). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  file: string;
  /** What the file is: content script, card, background, popup… */
  role: string;
  raw: number;
  gzip: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function roleOf(file: string): string | undefined {
  if (file === 'content-scripts/stackpeek.js') return 'content script (every page)';
  if (file === 'card.js') return 'card (loaded on first hover)';
  if (file === 'background.js') return 'background';
  if (/^chunks\/popup-.*\.js$/.test(file)) return 'popup';
  if (/^chunks\/options-.*\.js$/.test(file)) return 'options';
  if (/^chunks\/.*\.js$/.test(file)) return 'shared chunk (popup, options)';
  if (/^content-scripts\/.*\.css$/.test(file)) return 'content script CSS';
  if (/^assets\/.*\.css$/.test(file)) return 'page CSS';
  return undefined;
}

export function measureBundleSizes(extensionDir: string): BundleSize[] {
  return filesUnder(extensionDir)
    .map((path) => ({ path, file: relative(extensionDir, path).split('\\').join('/') }))
    .flatMap(({ path, file }) => {
      const role = roleOf(file);
      if (!role) return [];
      const bytes = readFileSync(path);
      return [{ file, role, raw: bytes.length, gzip: gzipSync(bytes).length }];
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}
