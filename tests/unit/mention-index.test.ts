import { describe, expect, it } from 'vitest';
import type { Mention } from '../../entrypoints/stackpeek.content/mention';
import { MentionIndex } from '../../entrypoints/stackpeek.content/mention-index';

function mention(node: Text, start: number, text: string, frameworkId: string): Mention {
  return { frameworkId, node, start, end: start + text.length, text, confidence: 1, area: 'body' };
}

function setup() {
  document.body.innerHTML = '<p id="a">Tornado and gevent</p><p id="b">Flask</p><p id="c">use Tornado</p>';
  const text = (id: string) => document.getElementById(id)?.firstChild as Text;
  const [a, b, c] = [text('a'), text('b'), text('c')];
  const index = new MentionIndex();
  // Added out of document order on purpose.
  index.add([mention(c, 4, 'Tornado', 'tornado'), mention(b, 0, 'Flask', 'flask')]);
  index.add([mention(a, 12, 'gevent', 'gevent'), mention(a, 0, 'Tornado', 'tornado')]);
  return { index, a, b, c };
}

describe('MentionIndex', () => {
  it('lists mentions in document order and walks them with wrap-around', () => {
    const { index } = setup();
    const order = index.inDocumentOrder().map((m) => `${m.node.parentElement?.id}:${m.text}`);
    expect(order).toEqual(['a:Tornado', 'a:gevent', 'b:Flask', 'c:Tornado']);
    const all = index.inDocumentOrder();
    expect(index.next(undefined)).toBe(all[0]);
    expect(index.next(all[3])).toBe(all[0]);
    expect(index.next(all[0], true)).toBe(all[3]);
  });

  it('groups by framework with counts, most mentioned first', () => {
    const { index } = setup();
    expect(index.byFramework(() => true).map(({ frameworkId, count }) => [frameworkId, count])).toEqual([
      ['tornado', 2],
      ['flask', 1],
      ['gevent', 1],
    ]);
  });

  it('finds the mention at a text offset (end exclusive)', () => {
    const { index, a } = setup();
    expect(index.at(a, 3)?.text).toBe('Tornado');
    expect(index.at(a, 7)).toBeUndefined();
    expect(index.at(a, 12)?.text).toBe('gevent');
  });

  it('replaces a rescanned node instead of duplicating it', () => {
    const { index, b } = setup();
    index.add([mention(b, 0, 'Flask', 'flask')]);
    expect(index.size).toBe(4);
  });

  it('removes mentions inside a rescanned subtree and those whose node left the page', () => {
    const { index, a, c } = setup();
    expect(index.removeWithin(a.parentElement as Element).map((m) => m.text)).toEqual(['Tornado', 'gevent']);
    c.parentElement?.remove();
    expect(index.removeDisconnected().map((m) => m.text)).toEqual(['Tornado']);
    expect(index.size).toBe(1);
    expect(index.at(c, 5)).toBeUndefined();
    index.clear();
    expect(index.inDocumentOrder()).toEqual([]);
  });
});
