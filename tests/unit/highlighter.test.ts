/**
 * The highlight registry holds what is needed and no more: the marks from the
 * first mention on, the "active" highlight only while a card is open.
 * (happy-dom has no Highlight API: a registry of Sets stands in for it.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Highlighter } from '../../entrypoints/stackpeek.content/highlighter';
import type { Mention } from '../../entrypoints/stackpeek.content/mention';

class FakeHighlight extends Set<unknown> {
  priority = 0;
}

class FakeStaticRange {
  constructor(readonly init: object) {}
}

const registry = new Map<string, FakeHighlight>();

function mention(node: Text, start: number, end: number): Mention {
  return { frameworkId: 'tornado', node, start, end, text: node.data.slice(start, end), confidence: 1, area: 'body' };
}

describe('Highlighter', () => {
  beforeEach(() => {
    registry.clear();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('StaticRange', FakeStaticRange);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('registers the marks with the first mention and the active highlight only while a card is open', () => {
    const highlighter = new Highlighter();
    highlighter.add([]);
    expect([...registry.keys()]).toEqual([]);

    const text = document.createTextNode('Tornado and Twisted');
    const tornado = mention(text, 0, 7);
    const twisted = mention(text, 12, 19);
    highlighter.add([tornado, twisted]);
    expect([...registry.keys()]).toEqual(['stackpeek-mention']);
    expect(registry.get('stackpeek-mention')?.size).toBe(2);

    highlighter.setActive(twisted);
    expect([...registry.keys()]).toEqual(['stackpeek-mention', 'stackpeek-active']);
    expect(registry.get('stackpeek-active')?.size).toBe(1);
    expect(registry.get('stackpeek-active')?.priority).toBe(1);

    highlighter.setActive(null);
    expect([...registry.keys()]).toEqual(['stackpeek-mention']);

    // The open card's mention leaves the page: the active highlight goes with it.
    highlighter.setActive(tornado);
    highlighter.remove([tornado]);
    expect([...registry.keys()]).toEqual(['stackpeek-mention']);
    expect(registry.get('stackpeek-mention')?.size).toBe(1);

    highlighter.setActive(twisted);
    highlighter.dispose();
    expect([...registry.keys()]).toEqual([]);
  });
});
