import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  collectText,
  collectTextSync,
  isExcluded,
  skipSelectorWith,
} from '../../entrypoints/stackpeek.content/collect-text';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const texts = (roots: Node[]) => {
  const seen: string[] = [];
  collectTextSync(roots, (node) => {
    if (node.data.trim()) seen.push(node.data.trim());
  });
  return seen;
};

describe('collect-text', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it('visits the text of every root in document order, and a text root directly', () => {
    const body = page('<p id="a">one <b>two</b></p><p id="b">three</p>');
    expect(texts([body.querySelector('#a') as Node, body.querySelector('#b') as Node])).toEqual([
      'one',
      'two',
      'three',
    ]);
    expect(texts([body.querySelector('#b')?.firstChild as Node])).toEqual(['three']);
  });

  it('excludes form fields, editors, scripts, svg, our card host and the adapter skips', () => {
    const body = page(`
      <p>Tornado one</p>
      <script>var tornado = 1</script><style>.flask{}</style><noscript>Flask</noscript>
      <textarea>Flask two</textarea><select><option>Django</option></select>
      <div contenteditable="true"><p>edited</p></div><div contenteditable="false"><p>kept</p></div>
      <div class="CodeMirror"><pre>cm</pre></div><div class="monaco-editor"><span>monaco</span></div>
      <svg><text>svg text</text></svg><div data-stackpeek-host><p>card</p></div>
      <div class="post-taglist"><a>python</a></div>
      <p>end <b>bold</b></p>`);
    const skip = skipSelectorWith('.post-taglist');
    const kept: string[] = [];
    collectTextSync([body], (node) => {
      if (node.data.trim() && !isExcluded(node, skip)) kept.push(node.data.trim());
    });
    expect(kept).toEqual(['Tornado one', 'kept', 'end', 'bold']);
  });

  it('yields between slices with one clock across roots, and stops when aborted', async () => {
    const body = page(Array.from({ length: 400 }, (_, i) => `<p>node ${i}</p>`).join(''));
    const roots = [...body.querySelectorAll('p')];
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 5));
    const seen: string[] = [];
    // Each root has one node: without a shared clock no root would ever yield,
    // and this timer would only run after the whole walk.
    let seenWhenTimerRan = -1;
    setTimeout(() => {
      seenWhenTimerRan = seen.length;
    }, 0);
    await collectText(roots, (node) => seen.push(node.data));
    expect(seen).toHaveLength(400);
    expect(seenWhenTimerRan).toBeGreaterThan(0);
    expect(seenWhenTimerRan).toBeLessThan(400);

    const controller = new AbortController();
    const partial: string[] = [];
    await collectText(
      roots,
      (node) => {
        partial.push(node.data);
        if (partial.length === 100) controller.abort();
      },
      { signal: controller.signal },
    );
    expect(partial.length).toBeLessThanOrEqual(101);
    expect(partial.length).toBeGreaterThanOrEqual(100);
  });

  it('resumes after the right place when the page removes the node it stood on', async () => {
    const body = page(Array.from({ length: 300 }, (_, i) => `<p>node ${i}</p>`).join(''));
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
    const seen: string[] = [];
    let removed = false;
    await collectText([body], (node) => {
      seen.push(node.data);
      // Remove the paragraph being visited, as a re-render would, while we yield.
      if (!removed && seen.length === 64) {
        removed = true;
        const paragraph = node.parentNode as Element;
        setTimeout(() => paragraph.remove(), 0);
      }
    });
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain('node 299');
    expect(seen).toContain('node 64');
  });
});
