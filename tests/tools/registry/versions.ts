/** Version strings as registries list them: "v1.12.0", "4.2.18.Final", "13.0.3-beta1". */

/** A release, not a preview: digits and dots, optionally "v" before and ".Final"/".RELEASE" after. */
export function isStable(version: string): boolean {
  return /^v?\d+(?:\.\d+)*(?:\.Final|\.RELEASE)?$/.test(version);
}

function parts(version: string): number[] {
  return (version.match(/\d+/g) ?? []).map(Number);
}

/** Orders versions by their numbers, part by part ("5.10.0" after "5.9.3"). */
export function compareVersions(a: string, b: string): number {
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The newest stable version in a space-separated list; words in brackets after it are remarks. */
export function newestStable(list: string): string | undefined {
  const versions = (list.split('(')[0] ?? '').split(/\s+/).filter(isStable);
  return versions.sort(compareVersions).at(-1);
}
