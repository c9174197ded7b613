import { describe, expect, it } from 'vitest';
import { outermostNodes } from '../../entrypoints/stackpeek.content/watch-page';

describe('outermostNodes', () => {
  it('drops nodes inside another queued node and nodes no longer in the page', () => {
    document.body.innerHTML = '<div id="a"><p id="b">x<span id="c">y</span></p></div><p id="d">z</p>';
    const a = document.getElementById('a') as HTMLElement;
    const c = document.getElementById('c') as HTMLElement;
    const d = document.getElementById('d') as HTMLElement;
    const gone = document.createElement('p');
    const text = d.firstChild as Text;
    expect(outermostNodes(new Set<Node>([c, a, text, gone]))).toEqual([a, text]);
    expect(outermostNodes(new Set<Node>([text, d]))).toEqual([d]);
  });
});
