/**
 * How far down the viewport the site's own fixed or sticky header reaches
 * (Stack Overflow's top bar, GitHub's sticky issue header), so the card never
 * covers it and closes when its mention slides under it.
 */
const PROBE_Y = 2;

function pinned(element: Element): boolean {
  const position = getComputedStyle(element).position;
  return position === 'fixed' || position === 'sticky';
}

/** The bottom edge of the header pinned to the top of the viewport, or 0. */
export function stickyTopInset(doc: Document, ignore: Element): number {
  const view = doc.defaultView;
  if (!view) return 0;
  let inset = 0;
  for (const x of [view.innerWidth / 4, view.innerWidth / 2, (view.innerWidth * 3) / 4]) {
    for (let element: Element | null = doc.elementFromPoint(x, PROBE_Y); element; element = element.parentElement) {
      if (element === ignore || element === doc.body || element === doc.documentElement) break;
      if (!pinned(element)) continue;
      const rect = element.getBoundingClientRect();
      // A header, not a full-page overlay or a side panel.
      if (rect.top <= PROBE_Y && rect.height < view.innerHeight / 3) inset = Math.max(inset, rect.bottom);
      break;
    }
  }
  return inset;
}
