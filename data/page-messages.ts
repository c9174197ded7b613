/**
 * Messages the popup and background send to a tab's content script, and
 * their check. The few small shapes are checked by hand: a schema library
 * would be the largest part of the content script, which has a 20 kB budget.
 */
import { FRAMEWORK_ID } from './framework-id';

export type PageRequest =
  | { type: 'page/mentions' }
  /** Opens the card on the framework's mention number `index` (0: the first) in page order. */
  | { type: 'page/reveal'; frameworkId: string; index?: number }
  | { type: 'page/step'; direction: 'next' | 'previous' }
  /** What "Not a framework here" muted on this page only. */
  | { type: 'page/mutes' }
  /** Restores a word muted on the page, or (no word) every single mention muted there. */
  | { type: 'page/unmute'; word?: string };

/** The request, when `value` is exactly one of the shapes above (no extra keys, each field of its type). */
export function parsePageRequest(value: unknown): PageRequest | null {
  // An array has no `type`: it falls through to null like any other shape.
  if (typeof value !== 'object' || value === null) return null;
  const { type, frameworkId, index, direction, word, ...extra } = value as Record<string, unknown>;
  const keys = Object.keys(value).length;
  const fields = (count: number) => Object.keys(extra).length === 0 && keys === count;
  if ((type === 'page/mentions' || type === 'page/mutes') && fields(1)) return { type };
  if (type === 'page/reveal' && typeof frameworkId === 'string' && FRAMEWORK_ID.test(frameworkId)) {
    if (fields(2)) return { type, frameworkId };
    // A negative index finds no mention, and the popup says so.
    if (fields(3) && Number.isInteger(index)) return { type, frameworkId, index: index as number };
  }
  if (type === 'page/step' && (direction === 'next' || direction === 'previous') && fields(2))
    return { type, direction };
  if (type === 'page/unmute') {
    if (fields(1)) return { type };
    if (fields(2) && typeof word === 'string') return { type, word };
  }
  return null;
}

export interface PageMentions {
  /** False where Stackpeek is switched off or paused for this site. */
  enabled: boolean;
  site: string;
  /** Whether marks can be painted (CSS Custom Highlight API). */
  highlights: boolean;
  /** Frameworks found, most mentioned first (names come from the catalog); muted mentions are left out. */
  groups: { frameworkId: string; count: number }[];
}

/** Muted on this page only, by "Not a framework here". */
export interface PageMutesSummary {
  words: string[];
  /** Single mentions muted. */
  mentions: number;
}
