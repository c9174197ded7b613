/**
 * The sites' own CSS for the saved pages, offline: their stylesheet requests
 * are answered from the npm packages of their design systems, Stack
 * Overflow's Stacks (`@stackoverflow/stacks`) and GitHub's Primer
 * (`@primer/css`, with the colour themes of `@primer/primitives`), plus a
 * short layout shim (site-shims.css) for the page chrome the packages do not
 * cover. Looks are close to the live sites, not identical.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const read = (path: string) => readFileSync(path, 'utf8');
const primerDir = dirname(require.resolve('@primer/css/package.json'));
const primitivesDir = dirname(
  createRequire(resolve(primerDir, 'package.json')).resolve('@primer/primitives/package.json'),
);

const cache = new Map<string, string>();
function cached(key: string, load: () => string): string {
  let text = cache.get(key);
  if (text === undefined) {
    text = load();
    cache.set(key, text);
  }
  return text;
}

/** The shim's part for one site, between its `/* site: name *\/` markers. */
function shim(site: 'stackoverflow' | 'github'): string {
  return cached(`shim:${site}`, () => {
    const text = read(resolve(import.meta.dirname, 'site-shims.css'));
    const start = text.indexOf(`/* site: ${site} */`);
    const end = text.indexOf('/* site: ', start + 1);
    return text.slice(start, end === -1 ? undefined : end);
  });
}

/** GitHub's theme file names (light, dark_dimmed, light_high_contrast…) in Primer's spelling. */
function primerTheme(name: string): string | undefined {
  const file = resolve(primitivesDir, 'dist/css/functional/themes', `${name.replaceAll('_', '-')}.css`);
  try {
    return cached(file, () => read(file));
  } catch {
    return undefined;
  }
}

/**
 * The CSS to answer a stylesheet request with; `firstOfPage` is false once
 * the page has been given the design system (a GitHub page links several
 * bundles that each carry part of Primer: one full copy is enough).
 */
export function siteStylesheet(url: string, firstOfPage: boolean): { css: string; isDesignSystem: boolean } {
  const { hostname, pathname } = new URL(url);
  const file = pathname.split('/').pop() ?? '';
  if (hostname === 'cdn.sstatic.net') {
    if (/^stacks(\.min)?\.css$/.test(file))
      return {
        css: cached('stacks', () => read(require.resolve('@stackoverflow/stacks/dist/css/stacks.min.css'))),
        isDesignSystem: true,
      };
    if (file === 'primary.css') return { css: shim('stackoverflow'), isDesignSystem: false };
    return { css: '', isDesignSystem: false };
  }
  if (hostname === 'github.githubassets.com') {
    const theme = /^((?:light|dark)[a-z_]*)-[0-9a-f]+\.css$/.exec(file)?.[1];
    if (theme) return { css: primerTheme(theme) ?? '', isDesignSystem: false };
    if (firstOfPage && /^(primer|frameworks|github|global)-[0-9a-f]+\.css$/.test(file)) {
      const primer = cached('primer', () => read(resolve(primerDir, 'dist/primer.css')));
      return { css: `${primer}\n${shim('github')}`, isDesignSystem: true };
    }
  }
  return { css: '', isDesignSystem: false };
}
