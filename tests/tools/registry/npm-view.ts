/** Asks the npm registry (`npm view`) for a package's newest version, its release date and licence. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { spdxLike } from './snapshot';

export interface NpmView {
  version: string;
  /** YYYY-MM the version was published. */
  released?: string;
  license?: string;
}

export type NpmViewer = (name: string) => Promise<NpmView | undefined>;

const run = promisify(execFile);

/** The real registry; undefined when it does not know the package or cannot be reached. */
export const npmView: NpmViewer = async (name) => {
  try {
    const { stdout } = await run('npm', ['view', name, 'version', 'time', 'license', '--json'], { timeout: 30_000 });
    const data = JSON.parse(stdout) as { version?: string; time?: Record<string, string>; license?: unknown };
    if (!data.version) return undefined;
    const published = data.time?.[data.version];
    return {
      version: data.version,
      released: published?.slice(0, 7),
      license: typeof data.license === 'string' ? spdxLike(data.license) : undefined,
    };
  } catch {
    return undefined;
  }
};
