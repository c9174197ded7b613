/** Human labels for the catalog's enums, shared by the attribute comparison and the UI. */
import type { ASYNC_STYLES, CONCURRENCY_MODELS, Kind, STAT_METRICS, TraitKey } from './catalog-schema';

export type StatMetric = (typeof STAT_METRICS)[number];
export type ConcurrencyModel = (typeof CONCURRENCY_MODELS)[number];
export type AsyncStyle = (typeof ASYNC_STYLES)[number];

export const KIND_LABELS: Record<Kind, string> = {
  'web-framework': 'Web framework',
  microframework: 'Microframework',
  'networking-engine': 'Networking engine',
  'concurrency-library': 'Concurrency library',
  'async-runtime': 'Async runtime',
  server: 'Server',
  standard: 'Standard',
  platform: 'Platform',
  'language-runtime': 'Language runtime',
  'ui-library': 'UI library',
  'database-tool': 'Database tool',
  database: 'Database',
  'task-queue': 'Task queue',
  'message-broker': 'Message broker',
  'data-processing': 'Data processing engine',
  'data-library': 'Data library',
  'ml-framework': 'Machine learning framework',
  orm: 'ORM',
  'test-framework': 'Test framework',
  'mobile-framework': 'Mobile framework',
  'desktop-framework': 'Desktop UI toolkit',
  'graphics-api': 'Graphics API',
  cms: 'Content management system',
  'build-tool': 'Build tool',
  'dev-tool': 'Developer tool',
  language: 'Language',
  library: 'Library',
};

export const MODEL_LABELS: Record<ConcurrencyModel, string> = {
  'event-loop': 'event loop',
  reactor: 'reactor',
  greenlets: 'greenlets',
  coroutines: 'coroutines',
  threads: 'threads',
  processes: 'processes',
  actors: 'actors',
  goroutines: 'goroutines',
  'virtual-threads': 'virtual threads',
  fibers: 'fibers',
  'not-applicable': 'not applicable',
};

export const TRAIT_LABELS: Record<TraitKey, string> = {
  httpServer: 'Built-in HTTP server',
  devServer: 'Development server',
  websockets: 'WebSockets',
  orm: 'ORM',
  templates: 'Templates',
  wsgi: 'WSGI',
  asgi: 'ASGI',
  asyncNative: 'Async native',
  pypy: 'Runs on PyPy',
};

export const ASYNC_STYLE_LABELS: Record<AsyncStyle, string> = {
  callbacks: 'callbacks',
  deferreds: 'Deferreds',
  coroutines: 'coroutines',
  'async-await': 'async/await',
  greenlets: 'greenlets',
  threads: 'threads',
  reactive: 'reactive streams',
  none: 'none',
};

export const METRIC_LABELS: Record<StatMetric, string> = {
  'github-stars': 'GitHub stars',
  'github-forks': 'GitHub forks',
  'stackshare-stacks': 'StackShare stacks',
  'stackshare-followers': 'StackShare followers',
  'stackshare-votes': 'StackShare votes',
};
