/**
 * The built extension the bench loads: built first when `.output` is missing,
 * then copied to a temporary folder so a rebuild during the run (another
 * terminal, `wxt dev`) cannot change what is being measured halfway.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXTENSION_DIR } from '../e2e/browser';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export interface ExtensionCopy {
  dir: string;
  built: boolean;
  dispose(): void;
}

export function prepareExtension(options: { rebuild?: boolean } = {}): ExtensionCopy {
  const missing = !existsSync(join(EXTENSION_DIR, 'manifest.json'));
  if (missing || options.rebuild) {
    console.log('Building the extension (npx wxt build)…');
    execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
  const dir = mkdtempSync(join(tmpdir(), 'stackpeek-bench-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  return {
    dir,
    built: missing || Boolean(options.rebuild),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
