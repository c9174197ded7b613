/** One judged place in a scored page: a candidate mention, or an annotated framework no candidate covered. */
export interface ScoredItem {
  /** The page's URL. */
  page: string;
  /** What kind of page: "stackoverflow", "github-issue", "se-other"… */
  kind: string;
  frameworkId: string;
  text: string;
  /** About 40 characters either side. */
  context: string;
  confidence: number;
  /** Marked at the sensitivity being scored. */
  predicted: boolean;
  /** The annotators' verdict: the framework sense. */
  gold: boolean;
  /** The error classes this place belongs to (see classify.ts). */
  classes: string[];
}
