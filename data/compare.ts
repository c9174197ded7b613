/**
 * A comparison of any two or three catalog entries, built from their
 * attributes. Every pair gets the same dimensions in the same order, so a
 * table built here reads the same whether or not a curated comparison exists.
 * Pure: no DOM, no browser APIs.
 */
import {
  ASYNC_STYLE_LABELS,
  KIND_LABELS,
  METRIC_LABELS,
  MODEL_LABELS,
  type StatMetric,
  TRAIT_LABELS,
} from './catalog-labels';
import { type Comparison, type Framework, STAT_METRICS, TRAIT_KEYS } from './catalog-schema';
import { type FigureKey, figureTexts } from './figures';

/** What the catalog says when it says nothing: shown, never guessed. */
export const UNKNOWN = 'Not stated';

export interface AttributeRow {
  key: string;
  label: string;
  /** One cell per compared entry, in the order given. */
  values: string[];
  /** True when every entry has the same value (a reader may skip the row). */
  same: boolean;
}

function yesNo(value: boolean | undefined): string {
  if (value === undefined) return UNKNOWN;
  return value ? 'Yes' : 'No';
}

function statValue(framework: Framework, metric: StatMetric): string {
  const stat = framework.stats.find((s) => s.metric === metric);
  return stat ? `${stat.value.toLocaleString('en')} (${stat.source.name}, ${stat.source.date})` : UNKNOWN;
}

/** A figure's text with its source and date, as in the card; downloads are npm's count or PyPI's rank. */
function figureValue(framework: Framework, keys: FigureKey[]): string {
  const figure = figureTexts(framework).find((text) => keys.includes(text.key));
  return figure ? `${figure.text} (${figure.source})` : UNKNOWN;
}

type Dimension = { key: string; label: string; value(framework: Framework): string };

/** The fixed list of dimensions; its order is the table's order. */
export const DIMENSIONS: readonly Dimension[] = [
  { key: 'kind', label: 'Kind', value: (f) => KIND_LABELS[f.kind] },
  { key: 'languages', label: 'Languages', value: (f) => f.languages.join(', ') },
  {
    key: 'concurrency',
    label: 'Concurrency model',
    value: (f) => f.concurrency.models.map((model) => MODEL_LABELS[model]).join(', '),
  },
  ...TRAIT_KEYS.map((trait) => ({
    key: `trait:${trait}`,
    label: TRAIT_LABELS[trait],
    value: (f: Framework) => yesNo(f.traits[trait]),
  })),
  {
    key: 'asyncStyle',
    label: 'Async style',
    value: (f) => f.traits.asyncStyle?.map((style) => ASYNC_STYLE_LABELS[style]).join(', ') || UNKNOWN,
  },
  { key: 'latest', label: 'Latest release', value: (f) => figureValue(f, ['latest']) },
  { key: 'downloads', label: 'Downloads', value: (f) => figureValue(f, ['monthlyDownloads', 'downloadRank']) },
  {
    key: 'firstRelease',
    label: 'First release',
    value: (f) => (f.figures.firstRelease ? String(f.figures.firstRelease.year) : UNKNOWN),
  },
  { key: 'license', label: 'License', value: (f) => f.figures.license?.id ?? UNKNOWN },
  ...STAT_METRICS.map((metric) => ({
    key: `stat:${metric}`,
    label: METRIC_LABELS[metric],
    value: (f: Framework) => statValue(f, metric),
  })),
];

/** The attribute table for two or three entries. */
export function compareAttributes(entries: readonly Framework[]): AttributeRow[] {
  if (entries.length < 2 || entries.length > 3) throw new RangeError('compare two or three entries');
  return DIMENSIONS.map((dimension) => {
    const values = entries.map((entry) => dimension.value(entry));
    return { key: dimension.key, label: dimension.label, values, same: values.every((value) => value === values[0]) };
  });
}

/** The curated comparisons that cover only entries being compared (a pair inside a trio counts). */
export function curatedFor(comparisons: readonly Comparison[], ids: readonly string[]): Comparison[] {
  return comparisons.filter((comparison) => comparison.ids.every((id) => ids.includes(id)));
}
