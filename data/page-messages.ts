/**
 * Messages the popup and background send to a tab's content script, and
 * their check. Three small shapes are checked by hand: a schema library would
 * be the largest part of the content script, which has a 20 kB budget.
 */
import { FRAMEWORK_ID } from './framework-id';

export type PageRequest =
  | { type: 'page/mentions' }
  | { type: 'page/reveal'; frameworkId: string }
  | { type: 'page/step'; direction: 'next' | 'previous' };

/** The request, when `value` is exactly one of the shapes above (no extra keys). */
export function parsePageRequest(value: unknown): PageRequest | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const message = value as Record<string, unknown>;
  const keys = Object.keys(message).sort().join(',');
  switch (message.type) {
    case 'page/mentions':
      return keys === 'type' ? { type: 'page/mentions' } : null;
    case 'page/reveal':
      return keys === 'frameworkId,type' &&
        typeof message.frameworkId === 'string' &&
        FRAMEWORK_ID.test(message.frameworkId)
        ? { type: 'page/reveal', frameworkId: message.frameworkId }
        : null;
    case 'page/step':
      return keys === 'direction,type' && (message.direction === 'next' || message.direction === 'previous')
        ? { type: 'page/step', direction: message.direction }
        : null;
    default:
      return null;
  }
}

export interface PageMentions {
  /** False where Stackpeek is switched off for this site. */
  enabled: boolean;
  site: string;
  /** Whether marks can be painted (CSS Custom Highlight API). */
  highlights: boolean;
  /** Frameworks found, most mentioned first (names come from the catalog). */
  groups: { frameworkId: string; count: number }[];
}
