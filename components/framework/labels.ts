/** Human labels for the catalog's enums and figures (the maps live in data/catalog-labels.ts). */
import { KIND_LABELS, METRIC_LABELS, MODEL_LABELS } from '../../data/catalog-labels';
import type { Framework, Kind } from '../../data/catalog-schema';

export function kindLabel(kind: Kind): string {
  return KIND_LABELS[kind];
}

export function concurrencyLabel(framework: Framework): string {
  return framework.concurrency.models.map((model) => MODEL_LABELS[model] ?? model).join(', ');
}

export function metricLabel(metric: string): string {
  return (METRIC_LABELS as Record<string, string>)[metric] ?? metric;
}

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

export function formatCount(value: number): string {
  return compact.format(value);
}
