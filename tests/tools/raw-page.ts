/**
 * `npm run scan` also takes files that are not HTML: a README in Markdown, a
 * requirements.txt or package.json as saved from a repository. Such a file is
 * shown as the site would show it, so the site's adapter reads it as the
 * extension reads the real page: a dependency manifest or source file on
 * GitHub as a code view (one line an element), other GitHub text as rendered
 * Markdown, Stack Exchange text as a question's body, anything else as
 * paragraphs.
 */

/** Markup the saved pages always have; a file without any is plain text. */
const HTML = /<(?:!doctype|html|head|body|div|p|span|article|section|pre|table|a)\b/i;

export function looksLikeHtml(text: string): boolean {
  return HTML.test(text.slice(0, 4096));
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Blocks of a Markdown text: fenced code as `<pre><code>`, the rest as paragraphs split on blank lines. */
function markdownBlocks(text: string): string {
  const html: string[] = [];
  const parts = text.split(/^(```|~~~)[^\n]*$/m);
  let inFence = false;
  for (const part of parts) {
    if (part === '```' || part === '~~~') {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      html.push(`<pre><code>${escapeHtml(part.replace(/^\n|\n$/g, ''))}</code></pre>`);
      continue;
    }
    for (const paragraph of part.split(/\n\s*\n/)) {
      const trimmed = paragraph.trim();
      if (!trimmed) continue;
      // Inline code keeps its <code>: the scanner reads it as code.
      const inline = escapeHtml(trimmed).replace(/`([^`]+)`/g, '<code>$1</code>');
      html.push(/^#{1,6}\s/.test(trimmed) ? `<h2>${inline.replace(/^#+\s*/, '')}</h2>` : `<p>${inline}</p>`);
    }
  }
  return html.join('\n');
}

/** The file as the site at `url` would show it. */
export function rawToPage(text: string, url: URL): string {
  const page = (body: string) =>
    `<!DOCTYPE html><html><head><title>${escapeHtml(url.pathname)}</title></head><body>${body}</body></html>`;
  if (url.hostname === 'github.com' && /\/blob\//.test(url.pathname)) {
    const lines = text
      .split('\n')
      .map((line) => `<div class="react-file-line">${escapeHtml(line)}</div>`)
      .join('');
    return page(`<div class="react-code-lines">${lines}</div>`);
  }
  if (url.hostname === 'github.com') return page(`<article class="markdown-body">${markdownBlocks(text)}</article>`);
  if (
    /(^|\.)(stackoverflow\.com|stackexchange\.com|superuser\.com|serverfault\.com|askubuntu\.com|mathoverflow\.net)$/.test(
      url.hostname,
    )
  ) {
    return page(
      `<div id="mainbar"><div class="question"><div class="s-prose js-post-body">${markdownBlocks(text)}</div></div></div>`,
    );
  }
  return page(`<main>${markdownBlocks(text)}</main>`);
}
