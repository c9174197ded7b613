/**
 * Matcher throughput in Node: the content script's compiled matcher run over
 * the text of every saved page in tests/fixtures/pages, one call per text
 * node as in the browser. How it grows: the catalog from 50 to 5,000 aliases
 * (synthetic names that the text does not contain, plus the real catalog),
 * and the text from 1× to 10× (the corpus repeated).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Alias } from '../../data/catalog-schema';
import { loadCatalog } from '../../data/load-catalog';
import { type MatchEntry, type MatchIndex, toMatchIndex } from '../../data/match-index';
import { compileMatcher, type Matcher } from '../../entrypoints/stackpeek.content/matcher';
import { FIXTURES_DIR } from '../e2e/serve-pages';
import { median, round } from './stats';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** A page's text nodes, roughly as a TreeWalker sees them: text between tags, scripts and styles dropped. */
function textNodesOf(html: string): string[] {
  return html
    .replace(/<(script|style|svg|noscript|template)\b[\s\S]*?<\/\1>/gi, '')
    .split(/<[^>]*>/)
    .map((text) => text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? ''))
    .filter((text) => text.trim().length > 1);
}

export function corpus(): string[] {
  const dir = join(FIXTURES_DIR, 'pages');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(dir, entry.name))
        .filter((name) => name.endsWith('.html'))
        .flatMap((name) => textNodesOf(readFileSync(join(dir, entry.name, name), 'utf8'))),
    );
}

/** Deterministic made-up names ("Vokarel", "zumita.js", "Dapo Reth"): none occurs in the corpus. */
function syntheticIndex(aliasCount: number, template: MatchEntry): MatchIndex {
  const syllables = ['ka', 'zu', 'mi', 'vo', 're', 'ta', 'lo', 'qu', 'xe', 'di', 'po', 'ny', 'bre', 'sto', 'gri'];
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  const word = () =>
    `${Array.from({ length: 2 + (next() % 3) }, () => syllables[next() % syllables.length]).join('')}x`;
  const index: MatchIndex = [];
  for (let n = 0; n < aliasCount; n += 3) {
    const name = word();
    const aliases: Alias[] = [
      { text: name[0]?.toUpperCase() + name.slice(1), case: 'any', ordinaryWord: false },
      { text: `${name}.js`, case: 'any', ordinaryWord: false },
      { text: `${name} ${word()}`, case: n % 2 ? 'exact' : 'any', ordinaryWord: n % 10 === 0 },
    ];
    // Whatever else an entry carries (evidence for everyday words) comes from a real one.
    index.push({ ...template, id: `synthetic-${n}`, aliases: aliases.slice(0, aliasCount - n) });
  }
  return index;
}

function aliasesIn(index: MatchIndex): number {
  return index.reduce((sum, entry) => sum + entry.aliases.length, 0);
}

/** The alternation's length as matcher.ts builds it: distinct lowercased aliases, escaped, joined by "|". */
function patternKB(index: MatchIndex): number {
  const keys = new Set(index.flatMap((entry) => entry.aliases.map((alias) => alias.text.toLowerCase())));
  const length = [...keys].reduce((sum, key) => sum + key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').length + 1, 0);
  return round(length / 1000, 1);
}

/**
 * Runs the matcher over the texts, whole passes while the time budget lasts
 * (at least `minPasses`), or part of one pass when a single pass would
 * outlast it (a slow catalog must not stall the bench): throughput is bytes
 * matched over time taken, the median of the passes.
 */
function throughput(matcher: Matcher, texts: readonly string[], budgetMs: number, minPasses: number) {
  const rates: number[] = [];
  let matches = 0;
  let bytes = 0;
  const started = performance.now();
  while (rates.length < minPasses || performance.now() - started < budgetMs) {
    const start = performance.now();
    let passBytes = 0;
    let passMatches = 0;
    for (let i = 0; i < texts.length; i++) {
      const text = texts[i] as string;
      passMatches += matcher.find(text).length;
      passBytes += text.length;
      if (i % 256 === 255 && performance.now() - started > budgetMs * 2) break;
    }
    const ms = performance.now() - start;
    rates.push(passBytes / ms);
    matches += passMatches;
    bytes += passBytes;
    if (performance.now() - started > budgetMs * 2) break;
  }
  return { bytesPerMs: median(rates), matchesPerMB: (matches / bytes) * 1e6, complete: bytes >= texts.length };
}

export interface ThroughputRow {
  aliases: number;
  /** Size of the compiled alternation's source: V8 stops optimising a RegExp past about 20 kB. */
  patternKB: number;
  /** Corpus repeats. */
  scale: number;
  megabytes: number;
  compileMs: number;
  /** One pass over the text (extrapolated when the budget ran out first). */
  passMs: number;
  mbPerSecond: number;
  matchesPerMB: number;
}

export interface MatcherThroughput {
  corpusTextNodes: number;
  corpusMB: number;
  realAliases: number;
  byCatalogSize: ThroughputRow[];
  byPageSize: ThroughputRow[];
}

function row(index: MatchIndex, texts: string[], scale: number, bytes: number, budgetMs: number): ThroughputRow {
  const compileStart = performance.now();
  const matcher = compileMatcher(index);
  const compileMs = performance.now() - compileStart;
  for (const text of texts.slice(0, 200)) matcher.find(text); // warm the RegExp's compiled code
  const { bytesPerMs, matchesPerMB } = throughput(matcher, texts, budgetMs, 3);
  const mb = (bytes * scale) / 1e6;
  return {
    aliases: aliasesIn(index),
    patternKB: patternKB(index),
    scale,
    megabytes: round(mb, 2),
    compileMs: round(compileMs, 2),
    passMs: round((bytes * scale) / bytesPerMs),
    mbPerSecond: round(bytesPerMs / 1000),
    matchesPerMB: round(matchesPerMB),
  };
}

/** `budgetMs`: time spent per configuration, about. */
export function measureMatcherThroughput(budgetMs = 600): MatcherThroughput {
  const texts = corpus();
  // Characters, as the browser's strings count them; the text is nearly all ASCII.
  const bytes = texts.reduce((sum, text) => sum + text.length, 0);
  const real = toMatchIndex(loadCatalog().frameworks);
  // The real catalog first, at every page size: the slow synthetic catalogs come last so they cannot skew it.
  const byPageSize = [1, 2, 5, 10].map((scale) => {
    const repeated = Array.from({ length: scale }, () => texts).flat();
    return row(real, repeated, scale, bytes, budgetMs);
  });
  const byCatalogSize = [
    byPageSize[0] as ThroughputRow,
    ...[50, 500, 1_000, 2_000, 5_000].map((n) =>
      row(syntheticIndex(n, real[0] as MatchEntry), texts, 1, bytes, budgetMs),
    ),
  ];
  return {
    corpusTextNodes: texts.length,
    corpusMB: round(bytes / 1e6, 2),
    realAliases: aliasesIn(real),
    byCatalogSize,
    byPageSize,
  };
}
