/**
 * Turns a corpus thread into a Stack Overflow question page (the markup the
 * site adapter reads: question and answers in `#mainbar`, bodies in
 * `.s-prose`), with the tokens joined back into text as a post shows it, inline
 * code in `<code>` and each omitted code block as a `<pre><code>`. It also says
 * where every annotated entity lies in its paragraph's text, so a mention the
 * scanner finds can be checked against the annotators' tag.
 */
import type { Thread, Token } from './read-conll';

/** An annotated entity (a run of B-/I- tokens) and where its text lies in its paragraph. */
export interface EntitySpan {
  paragraph: number;
  start: number;
  end: number;
  type: string;
  text: string;
  /** Inside code: not judged. */
  code: boolean;
}

export interface CorpusPage {
  url: string;
  html: string;
  /** The text of each `p[data-p]` (what `textContent` gives), by paragraph number. */
  texts: string[];
  entities: EntitySpan[];
  /** Text written as code or tagged as code, by paragraph: mentions there are not judged. */
  code: { paragraph: number; start: number; end: number }[];
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?)\]}%]|'s|'re|'ve|'ll|'d|'m|n't|'|\.\.\.)$/i;
const NO_SPACE_AFTER = /^[([{$#@]$/;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A paragraph's HTML and text, with each token's place in the text. */
function renderParagraph(sentences: Token[][]): { html: string; text: string; at: [number, number][] } {
  const tokens = sentences.flat();
  let html = '';
  let text = '';
  let inCode = false;
  const at: [number, number][] = [];
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const space = i > 0 && !NO_SPACE_BEFORE.test(token.word) && !(previous && NO_SPACE_AFTER.test(previous.word));
    const code = token.markdownCode;
    if (inCode && !code) {
      html += '</code>';
      inCode = false;
    }
    if (space) {
      html += ' ';
      text += ' ';
    }
    if (code && !inCode) {
      html += '<code>';
      inCode = true;
    }
    at.push([text.length, text.length + token.word.length]);
    html += escapeHtml(token.word);
    text += token.word;
  });
  if (inCode) html += '</code>';
  return { html, text, at };
}

export function renderThread(thread: Thread): CorpusPage {
  const texts: string[] = [];
  const entities: EntitySpan[] = [];
  const code: CorpusPage['code'] = [];
  const posts = thread.posts.map((post) => {
    const body = post.blocks
      .map((block) => {
        if (block.type === 'code') return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
        const paragraph = texts.length;
        const { html, text, at } = renderParagraph(block.sentences);
        texts.push(text);
        const tokens = block.sentences.flat();
        tokens.forEach((token, i) => {
          if (token.code) code.push({ paragraph, start: at[i]?.[0] ?? 0, end: at[i]?.[1] ?? 0 });
          if (token.entity === 'O') return;
          const [start] = at[i] ?? [0, 0];
          const last = entities.at(-1);
          // An I- token continues the entity before it in the same paragraph.
          if (!token.begins && last && last.paragraph === paragraph && last.type === token.entity) {
            last.end = at[i]?.[1] ?? last.end;
            last.text = text.slice(last.start, last.end);
            last.code ||= token.code;
            return;
          }
          const end = at[i]?.[1] ?? start;
          entities.push({ paragraph, start, end, type: token.entity, text: text.slice(start, end), code: token.code });
        });
        return `<p data-p="${paragraph}">${html}</p>`;
      })
      .join('\n');
    const cell = post.kind === 'question' ? 'postcell' : 'answercell';
    const holder = post.kind === 'question' ? 'question js-question' : 'answer js-answer';
    return `<div class="${holder}"><div class="post-layout"><div class="${cell}"><div class="s-prose js-post-body" itemprop="text">\n${body}\n</div></div></div></div>`;
  });
  const html = `<!DOCTYPE html>
<html><head><title>Question ${thread.questionId}</title></head>
<body class="question-page">
<div id="content"><div id="mainbar">
${posts.join('\n')}
</div></div>
</body></html>`;
  return { url: thread.url, html, texts, entities, code };
}
