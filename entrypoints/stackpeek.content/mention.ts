/** Shared types of the mention pipeline (adapter → collector → matcher → disambiguator → index). */
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
