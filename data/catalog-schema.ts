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

/** Yes/no traits an entry may state; absent means "unknown or does not apply". */
export const TRAIT_KEYS = [
  'httpServer',
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
  firstRelease: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1970), v.maxValue(2030))),
  license: v.optional(Text),
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
export type Kind = (typeof KINDS)[number];
export type TraitKey = (typeof TRAIT_KEYS)[number];
