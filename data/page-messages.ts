/**
 * Messages the popup and background send to a tab's content script. Kept
 * apart from messages.ts so the content script bundles only these schemas.
 */
import * as v from 'valibot';

const FrameworkId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

export const PageRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('page/mentions') }),
  v.strictObject({ type: v.literal('page/reveal'), frameworkId: FrameworkId }),
  v.strictObject({ type: v.literal('page/step'), direction: v.picklist(['next', 'previous']) }),
]);

export type PageRequest = v.InferInput<typeof PageRequestSchema>;

export interface PageMentions {
  /** False where Stackpeek is switched off for this site. */
  enabled: boolean;
  site: string;
  /** Whether marks can be painted (CSS Custom Highlight API). */
  highlights: boolean;
  /** Frameworks found, most mentioned first (names come from the catalog). */
  groups: { frameworkId: string; count: number }[];
}
