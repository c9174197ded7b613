import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectText, collectTextSync, skipSelectorWith } from '../../entrypoints/stackpeek.content/collect-text';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const texts = (root: Node, skip = skipSelectorWith('')) => {
  const seen: string[] = [];
  collectTextSync(root, skip, (node) => seen.push(node.data.trim()));
  return seen;
};

describe('collect-text', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('prunes form fields, editors, scripts, svg, our card host and the adapter skips', () => {
    const body = page(`
      <p>Tornado one</p>
      <script>var tornado = 1</script><style>.flask{}</style><noscript>Flask</noscript>
      <textarea>Flask two</textarea><input value="x"><select><option>Django</option></select>
      <div contenteditable="true"><p>edited</p></div><div contenteditable="false"><p>kept</p></div>
      <div class="CodeMirror"><pre>cm</pre></div><div class="monaco-editor"><span>monaco</span></div>
      <svg><text>svg text</text></svg><div data-stackpeek-host><p>card</p></div>
      <div class="post-taglist"><a>python</a></div>
      <p>end <b>bold</b></p>`);
    expect(texts(body, skipSelectorWith('.post-taglist'))).toEqual(['Tornado one', 'kept', 'end', 'bold']);
  });

  it('returns nothing for a skipped root and visits a text root directly', () => {
    const body = page('<textarea>Flask</textarea><p>Tornado</p>');
    expect(texts(body.querySelector('textarea') as Node)).toEqual([]);
    expect(texts(body.querySelector('p')?.firstChild as Node)).toEqual(['Tornado']);
  });

  it('yields between slices and stops when aborted', async () => {
    const body = page(Array.from({ length: 400 }, (_, i) => `<p>node ${i}</p>`).join(''));
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 5));
    const seen: string[] = [];
    await collectText(body, skipSelectorWith(''), (node) => seen.push(node.data));
    expect(seen).toHaveLength(400);

    const controller = new AbortController();
    const partial: string[] = [];
    await collectText(
      body,
      skipSelectorWith(''),
      (node) => {
        partial.push(node.data);
        if (partial.length === 100) controller.abort();
      },
      controller.signal,
    );
    expect(partial).toHaveLength(100);
  });
});
