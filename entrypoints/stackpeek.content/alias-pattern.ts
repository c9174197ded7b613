/**
 * The source of one RegExp that finds every alias: the aliases as a trie of
 * alternations (`asp\.net(?: core)?|async(?:io|-std)|…`) rather than a flat
 * list of 1,000 alternatives. At each position the engine then follows one
 * branch instead of trying every alias, and V8 compiles the pattern about
 * twice as fast on the first search of a page (measured with the catalog's
 * 1,044 keys: 4–6 ms against 6–19 ms). Greedy optional tails keep the
 * longest alias first, as the matcher needs ("ASP.NET Core" before "ASP.NET").
 */

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

const SPECIAL = /[.*+?^${}()|[\]\\\-/]/;
const escapeChar = (ch: string) => (SPECIAL.test(ch) ? `\\${ch}` : ch);

function source(node: TrieNode): string {
  const branches: string[] = [];
  for (const [ch, child] of node.children) branches.push(escapeChar(ch) + source(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  // A key ends here and longer ones go on: the rest is optional, and greedy, so the longest wins.
  return node.end ? `(?:${body})?` : body;
}

/** The pattern source for `keys` (lowercase; the RegExp is made case-insensitive). */
export function aliasPattern(keys: Iterable<string>): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const key of keys) {
    let node = root;
    for (const ch of key) {
      let next = node.children.get(ch);
      if (!next) {
        next = { children: new Map(), end: false };
        node.children.set(ch, next);
      }
      node = next;
    }
    node.end = true;
  }
  return source(root);
}
