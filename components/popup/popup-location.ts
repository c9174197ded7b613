/**
 * What the popup's address asks for. The card's "Compare with" opens
 * `popup.html#compare=a,b` in a tab; `#notes`, `#look-up`, `#compare` and
 * `#on-this-page` open that tab directly.
 */
import { FRAMEWORK_ID } from '../../data/framework-id';

export const TAB_IDS = ['on-this-page', 'look-up', 'compare', 'notes'] as const;
export type TabId = (typeof TAB_IDS)[number];

export interface PopupLocation {
  tab: TabId;
  compare?: string[];
}

export function readLocation(hash: string): PopupLocation {
  const text = decodeURIComponent(hash.replace(/^#/, ''));
  const compare = /^compare=(.*)$/.exec(text);
  if (compare) {
    const ids = [...new Set((compare[1] ?? '').split(',').map((id) => id.trim()))].filter((id) =>
      FRAMEWORK_ID.test(id),
    );
    return { tab: 'compare', compare: ids.slice(0, 3) };
  }
  const tab = TAB_IDS.find((id) => id === text);
  return { tab: tab ?? 'on-this-page' };
}
