/** Shared types (and one helper) of the mention pipeline (adapter → collector → matcher → disambiguator → index). */
export type Area = 'title' | 'body' | 'comment' | 'code' | 'other';
export type Sensitivity = 'strict' | 'balanced' | 'eager';

export interface Mention {
  frameworkId: string;
  node: Text;
  start: number;
  end: number;
  text: string;
  confidence: number;
  area: Area;
}

export interface ScanSettings {
  sensitivity: Sensitivity;
  mutedFrameworks: string[];
  /** Lowercase alias texts muted on this site. */
  mutedWords: string[];
}

/** A live Range over the mention's text, for measuring where it is drawn. */
export function rangeOf(mention: Mention): Range {
  const range = mention.node.ownerDocument.createRange();
  range.setStart(mention.node, mention.start);
  range.setEnd(mention.node, mention.end);
  return range;
}
