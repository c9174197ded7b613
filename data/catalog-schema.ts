/**
 * The shape of every catalog file. `data/frameworks/<id>.json` must pass
 * `FrameworkSchema`, `data/comparisons/<a>--<b>.json` must pass
 * `ComparisonSchema`; the build and `npm run catalog` refuse anything else and
 * name the file and the field.
 */
import * as v from 'valibot';
import { FRAMEWORK_ID } from './framework-id';

const Id = v.pipe(v.string(), v.regex(FRAMEWORK_ID, 'must be a lowercase slug such as "aspnet-core"'));
const Text = v.pipe(v.string(), v.trim(), v.nonEmpty());
const Url = v.pipe(v.string(), v.url(), v.startsWith('https://', 'must be an https URL'));
/** A day (2025-06-01), a month (2025-06) or a year (2025). */
const DateString = v.pipe(v.string(), v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));

export const KINDS = [
  'web-framework',
  'microframework',
  'networking-engine',
  'concurrency-library',
  'async-runtime',
  'server',
  'standard',
  'platform',
  'language-runtime',
  'ui-library',
  'database-tool',
  'database',
  'task-queue',
  'message-broker',
  'data-processing',
  'data-library',
  'ml-framework',
  'orm',
  'test-framework',
  'mobile-framework',
  'desktop-framework',
  'graphics-api',
  'cms',
  'build-tool',
  'dev-tool',
  'language',
  'library',
] as const;

export const CONCURRENCY_MODELS = [
  'event-loop',
  'reactor',
  'greenlets',
  'coroutines',
  'threads',
  'processes',
  'actors',
  'goroutines',
  'virtual-threads',
  'fibers',
  'not-applicable',
] as const;

/**
 * Yes/no traits an entry may state; absent means "unknown or does not apply".
 * Each means one thing for every entry:
 * - httpServer: its own package includes an HTTP server meant for production
 *   traffic (Tornado, aiohttp, Node.js, Netty). A server for development only
 *   does not count: that is devServer.
 * - devServer: it includes a server for development only (Django's
 *   `runserver`, Flask's `flask run`), to be replaced by a real server in production.
 * - websockets: it serves or opens WebSocket connections itself, or through a
 *   first-party package of the same project.
 * - orm: it includes an object-relational mapper, or is one.
 * - templates: it includes a template engine.
 * - wsgi / asgi: it runs as a WSGI / ASGI application, or serves such applications.
 * - asyncNative: its own I/O API is non-blocking (coroutines, callbacks,
 *   futures or promises on an event loop) without patching other code. Making
 *   blocking code cooperative by monkey-patching (gevent, Eventlet) is not
 *   async-native; neither is running async views on threads of a sync core.
 * - pypy: its documentation says it runs on PyPy.
 */
export const TRAIT_KEYS = [
  'httpServer',
  'devServer',
  'websockets',
  'orm',
  'templates',
  'wsgi',
  'asgi',
  'asyncNative',
  'pypy',
] as const;

export const ASYNC_STYLES = [
  'callbacks',
  'deferreds',
  'coroutines',
  'async-await',
  'greenlets',
  'threads',
  'reactive',
  'none',
] as const;

export const STAT_METRICS = [
  'github-stars',
  'github-forks',
  'stackshare-stacks',
  'stackshare-followers',
  'stackshare-votes',
] as const;

/** Where a figure, pro or con came from and when. */
const Source = v.strictObject({
  name: Text,
  url: v.optional(Url),
  date: DateString,
});

const Alias = v.strictObject({
  // One line: the match index joins aliases with line breaks.
  text: v.pipe(Text, v.regex(/^[^\n\r]*$/, 'must be one line')),
  /** "exact": only as written; "any": any letter case. */
  case: v.picklist(['exact', 'any']),
  /** Also an everyday word ("tornado", "flask"): a mention needs evidence. */
  ordinaryWord: v.boolean(),
  /** The same alias is knowingly listed by another entry too. */
  shared: v.optional(v.boolean()),
});

/** A figure's source must say where it can be checked: a page, not only a name. */
const FigureSource = v.strictObject({
  name: Text,
  url: Url,
  date: DateString,
});
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Month = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/, 'must be YYYY-MM'));

/**
 * The entry's numbers, each with its source and date. `latest`,
 * `monthlyDownloads` and `downloadRank` come from a dated registry snapshot
 * and are written only by `npm run catalog -- --refresh`; `firstRelease` and
 * `license` are written by hand where no registry states them.
 */
const Figures = v.strictObject({
  latest: v.optional(v.strictObject({ version: Text, released: v.optional(Month), source: FigureSource })),
  /** npm: downloads in the last month of the snapshot. */
  monthlyDownloads: v.optional(v.strictObject({ count: Count, source: FigureSource })),
  /** PyPI: place among the most downloaded projects (1 is the most downloaded). */
  downloadRank: v.optional(
    v.strictObject({ rank: v.pipe(Count, v.minValue(1)), of: v.pipe(Count, v.minValue(1)), source: FigureSource }),
  ),
  firstRelease: v.optional(
    v.strictObject({ year: v.pipe(v.number(), v.integer(), v.minValue(1970), v.maxValue(2030)), source: FigureSource }),
  ),
  /** An SPDX identifier where one exists ("BSD-3-Clause"), else the licence's name. */
  license: v.optional(v.strictObject({ id: Text, source: FigureSource })),
});

/** The package that carries the entry on each registry: what `--refresh` looks up. */
const Registry = v.strictObject({
  npm: v.optional(Text),
  pypi: v.optional(Text),
  /** group:artifact */
  maven: v.optional(Text),
  nuget: v.optional(Text),
  /** The Go module path. */
  go: v.optional(Text),
});

const Stat = v.strictObject({
  metric: v.picklist(STAT_METRICS),
  value: v.pipe(v.number(), v.integer(), v.minValue(0)),
  source: Source,
});

const Opinion = v.strictObject({
  text: Text,
  votes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  source: Source,
});

const Flag = v.optional(v.boolean());
const Traits = v.strictObject({
  httpServer: Flag,
  devServer: Flag,
  websockets: Flag,
  orm: Flag,
  templates: Flag,
  wsgi: Flag,
  asgi: Flag,
  asyncNative: Flag,
  pypy: Flag,
  asyncStyle: v.optional(v.array(v.picklist(ASYNC_STYLES))),
});

export const FrameworkSchema = v.strictObject({
  id: Id,
  name: Text,
  aliases: v.pipe(v.array(Alias), v.minLength(1)),
  kind: v.picklist(KINDS),
  languages: v.pipe(v.array(Text), v.minLength(1)),
  summary: v.pipe(Text, v.maxLength(140, 'must be at most 140 characters')),
  description: Text,
  concurrency: v.strictObject({
    models: v.pipe(v.array(v.picklist(CONCURRENCY_MODELS)), v.minLength(1)),
    detail: Text,
  }),
  traits: Traits,
  stats: v.array(Stat),
  pros: v.array(Opinion),
  cons: v.array(Opinion),
  alternatives: v.array(Id),
  links: v.strictObject({
    home: v.optional(Url),
    docs: v.optional(Url),
    repository: v.optional(Url),
    package: v.optional(Url),
  }),
  figures: Figures,
  registry: v.optional(Registry),
  /** What a mention is typically seen with (`app.route`, `import pandas`): shown in the popup's detail view. */
  contextHints: v.array(Text),
  /** Corrections and caveats, e.g. where a seed document was wrong. */
  notes: v.optional(v.array(Text)),
});

const Dimension = v.strictObject({
  name: Text,
  /** One text per framework id of the comparison. */
  values: v.record(Id, Text),
  /** Where the seed was wrong or needs a caveat. */
  correction: v.optional(Text),
});

export const ComparisonSchema = v.strictObject({
  ids: v.pipe(v.array(Id), v.minLength(2), v.maxLength(3)),
  title: Text,
  summary: Text,
  dimensions: v.pipe(v.array(Dimension), v.minLength(1)),
  /** Per framework: what it is for and where it shines. */
  purpose: v.optional(v.record(Id, Text)),
  useCases: v.optional(v.record(Id, v.array(Text))),
  /** Extra lists a seed gives, such as gevent's feature list. */
  features: v.optional(v.record(Id, v.array(Text))),
  sources: v.pipe(v.array(Source), v.minLength(1)),
});

export type Framework = v.InferOutput<typeof FrameworkSchema>;
export type Comparison = v.InferOutput<typeof ComparisonSchema>;
export type Alias = v.InferOutput<typeof Alias>;
export type Figures = v.InferOutput<typeof Figures>;
export type Registry = v.InferOutput<typeof Registry>;
export type Kind = (typeof KINDS)[number];
export type TraitKey = (typeof TRAIT_KEYS)[number];
