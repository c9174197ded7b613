/**
 * The entry's figures as short display texts, each with its source: one
 * definition shared by the card's row of key figures, the popup's detail view
 * and the comparison table. Pure: no DOM, no browser APIs.
 */
import type { Framework } from './catalog-schema';

export type FigureKey = 'latest' | 'monthlyDownloads' | 'downloadRank' | 'firstRelease' | 'license';

export interface FigureText {
  key: FigureKey;
  label: string;
  /** "6.6.1 · Nov 2026", "299M a month", "#287 on PyPI", "2009", "MIT". */
  text: string;
  /** "PyPI, 2026-11": where and when the figure was read. */
  source: string;
  url: string;
}

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11" → "Nov 2026". */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-');
  return `${MONTHS[Number(number) - 1] ?? number} ${year}`;
}

export function compactCount(count: number): string {
  return compact.format(count);
}

/** The figures the entry has, in display order. */
export function figureTexts(framework: Framework): FigureText[] {
  const { latest, monthlyDownloads, downloadRank, firstRelease, license } = framework.figures;
  const texts: FigureText[] = [];
  const add = (key: FigureKey, label: string, text: string, source: { name: string; url: string; date: string }) =>
    texts.push({ key, label, text, source: `${source.name}, ${source.date}`, url: source.url });
  if (latest)
    add(
      'latest',
      'Latest',
      latest.released ? `${latest.version} · ${monthLabel(latest.released)}` : latest.version,
      latest.source,
    );
  if (monthlyDownloads)
    add('monthlyDownloads', 'Downloads', `${compactCount(monthlyDownloads.count)} a month`, monthlyDownloads.source);
  if (downloadRank)
    add('downloadRank', 'Downloads', `#${whole.format(downloadRank.rank)} on PyPI`, downloadRank.source);
  if (firstRelease) add('firstRelease', 'Since', String(firstRelease.year), firstRelease.source);
  if (license) add('license', 'License', license.id, license.source);
  return texts;
}
