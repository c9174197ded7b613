/** Human labels for the catalog's enums and figures. */
import type { Framework, Kind } from '../../data/catalog-schema';

const KIND_LABELS: Record<Kind, string> = {
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
  library: 'Library',
};

export function kindLabel(kind: Kind): string {
  return KIND_LABELS[kind];
}

const MODEL_LABELS: Record<string, string> = {
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

export function concurrencyLabel(framework: Framework): string {
  return framework.concurrency.models.map((model) => MODEL_LABELS[model] ?? model).join(', ');
}

const METRIC_LABELS: Record<string, string> = {
  'github-stars': 'GitHub stars',
  'github-forks': 'GitHub forks',
  'stackshare-stacks': 'StackShare stacks',
  'stackshare-followers': 'StackShare followers',
  'stackshare-votes': 'StackShare votes',
};

export function metricLabel(metric: string): string {
  return METRIC_LABELS[metric] ?? metric;
}

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

export function formatCount(value: number): string {
  return compact.format(value);
}
