// @vitest-environment node
/**
 * No source file turns a string into markup (issue 8, security): no
 * `innerHTML`, `outerHTML =`, `insertAdjacentHTML`, `document.write`,
 * `dangerouslySetInnerHTML` (biome.json also errors on the last one),
 * `createContextualFragment`, `DOMParser` or `srcdoc`. Text reaches the page
 * and the extension's own pages as text nodes and Preact children only.
 * Comments are left out, so a comment may say "never innerHTML".
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FOLDERS = ['entrypoints', 'components', 'data'];
const SOURCE = /\.(?:[cm]?[jt]sx?|html|vue|svelte)$/;

const FORBIDDEN: [string, RegExp][] = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML =', /\bouterHTML\s*(?:\+|\|\||\?\?|&&)?=(?!=)/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(?:ln)?\s*\(/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['DOMParser', /\bDOMParser\b/],
  ['srcdoc', /\bsrcdoc\b/i],
];

function filesUnder(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path));
    else if (SOURCE.test(name)) found.push(path);
  }
  return found;
}

/** Source with comments blanked out (kept line by line, so reported line numbers stay right). */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function offences(source: string): string[] {
  const found: string[] = [];
  withoutComments(source)
    .split('\n')
    .forEach((line, i) => {
      for (const [name, pattern] of FORBIDDEN) if (pattern.test(line)) found.push(`${i + 1}: ${name}: ${line.trim()}`);
    });
  return found;
}

describe('no raw HTML sinks in the sources', () => {
  const files = FOLDERS.flatMap((folder) => filesUnder(resolve(ROOT, folder)));

  it('finds the sources to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(FOLDERS)('nothing under %s/ writes markup from a string', (folder) => {
    const found = files
      .filter((file) => relative(ROOT, file).startsWith(`${folder}/`))
      .flatMap((file) => offences(readFileSync(file, 'utf8')).map((offence) => `${relative(ROOT, file)}:${offence}`));
    expect(found).toEqual([]);
  });

  it('catches each sink, and not one named in a comment', () => {
    const bad = [
      'el.innerHTML = text;',
      'el.outerHTML = text;',
      'el.insertAdjacentHTML("beforeend", text);',
      'document.write(text);',
      '<div dangerouslySetInnerHTML={{ __html: text }} />',
      'range.createContextualFragment(text);',
      'new DOMParser().parseFromString(text, "text/html");',
      'frame.srcdoc = text;',
    ];
    for (const line of bad) expect(offences(line), line).not.toEqual([]);
    expect(offences('/** never innerHTML */\n// no document.write( here\nconst ok = el.outerHTML === x;')).toEqual([]);
  });
});
