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
  | { type: 'page/unmute-word'; word: string }
  | { type: 'page/unmute-mentions' };

const isIndex = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The request, when `value` is exactly one of the shapes above (no extra keys). */
export function parsePageRequest(value: unknown): PageRequest | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const message = value as Record<string, unknown>;
  const keys = Object.keys(message).sort().join(',');
  switch (message.type) {
    case 'page/mentions':
    case 'page/mutes':
    case 'page/unmute-mentions':
      return keys === 'type' ? { type: message.type } : null;
    case 'page/reveal': {
      const frameworkId = message.frameworkId;
      if (typeof frameworkId !== 'string' || !FRAMEWORK_ID.test(frameworkId)) return null;
      if (keys === 'frameworkId,type') return { type: 'page/reveal', frameworkId };
      return keys === 'frameworkId,index,type' && isIndex(message.index)
        ? { type: 'page/reveal', frameworkId, index: message.index as number }
        : null;
    }
    case 'page/step':
      return keys === 'direction,type' && (message.direction === 'next' || message.direction === 'previous')
        ? { type: 'page/step', direction: message.direction }
        : null;
    case 'page/unmute-word':
      return keys === 'type,word' && typeof message.word === 'string' && message.word.length <= 100
        ? { type: 'page/unmute-word', word: message.word }
        : null;
    default:
      return null;
  }
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
