// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MatchIndex } from '../../data/match-index';
import { createScanner } from '../../entrypoints/stackpeek.content/find-mentions';
import { adapterFor } from '../../entrypoints/stackpeek.content/sites';

const INDEX: MatchIndex = [
  { id: 'tornado', languages: [], aliases: [{ text: 'Tornado', case: 'any', ordinaryWord: true }] },
  { id: 'flask', languages: [], aliases: [{ text: 'Flask', case: 'any', ordinaryWord: true }] },
  { id: 'django', languages: [], aliases: [{ text: 'Django', case: 'any', ordinaryWord: false }] },
  { id: 'asyncio', languages: [], aliases: [{ text: 'asyncio', case: 'any', ordinaryWord: false }] },
];
const SETTINGS = { sensitivity: 'balanced' as const, mutedFrameworks: [], mutedWords: [] };

function load(file: string, url: string) {
  const parsed = new DOMParser().parseFromString(readFileSync(`tests/fixtures/${file}`, 'utf8'), 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  const page = new URL(url);
  const adapter = adapterFor(page);
  return {
    adapter,
    page,
    context: adapter.pageContext(document, page),
    scanner: createScanner(INDEX, adapter, document, page, SETTINGS),
  };
}

describe('adapterFor', () => {
  it.each([
    ['https://stackoverflow.com/questions/1', 'stackoverflow'],
    ['https://pt.stackoverflow.com/questions/1', 'stackoverflow'],
    ['https://earthscience.stackexchange.com/questions/1', 'stackoverflow'],
    ['https://superuser.com/questions/1', 'stackoverflow'],
    ['https://github.com/python/cpython', 'github'],
    ['https://example.com/blog', 'generic'],
  ])('%s → %s', (url, name) => {
    expect(adapterFor(new URL(url)).name).toBe(name);
  });
});

describe('Stack Overflow adapter', () => {
  it('scans title, posts and comments, not the sidebars, with tags as context', () => {
    const { adapter, context, scanner } = load(
      'pages/stackoverflow/so-q6367014-send-email-via-django.html',
      'https://stackoverflow.com/questions/6367014/how-to-send-email-via-django',
    );
    const roots = adapter.roots(document);
    expect(roots.some((root) => root.matches('#question-header h1'))).toBe(true);
    expect(roots.some((root) => root.closest('.sidebar-related, .sidebar-linked'))).toBe(false);
    expect(roots.some((root) => root.closest('#hot-network-questions'))).toBe(false);
    expect(context.tags).toContain('django');
    expect(context.technical).toBe(true);
    const areas = new Set(scanner.scanSync(document).map((mention) => mention.area));
    expect([...areas].sort()).toEqual(['body', 'code', 'comment', 'title']);
    expect(adapter.theme(document)).toBe('light');
  });

  it('never scans the answer form or tags', () => {
    const { scanner } = load('hard-cases/hc-import-tornado.html', 'https://stackoverflow.com/questions/1/x');
    const mentions = scanner.scanSync(document);
    expect(mentions.some((mention) => mention.node.parentElement?.closest('form, .post-taglist, .user-info'))).toBe(
      false,
    );
  });
});

describe('GitHub adapter', () => {
  it('2025 React code view: a dependency file, scanned once (not the embedded JSON or the textarea), every package name read', () => {
    const { context, scanner } = load(
      'pages/github/gh-blob-phinvest-requirements-txt.html',
      'https://github.com/Illia777Shapkin/phinvest/blob/main/requirements.txt',
    );
    expect(context.dependencyFile).toBe(true);
    expect(context.languages).toContain('python');
    const found = scanner.scanSync(document).map((mention) => `${mention.frameworkId}:${mention.text}:${mention.area}`);
    // `nest-asyncio==1.6.0`: in a manifest every part of a package name counts (tests/fixtures/labels/RULES.md, rule 3).
    expect(found).toEqual(['asyncio:asyncio:code', 'tornado:tornado:code']);
  });

  it('old blob view of source code: only import lines are scanned', () => {
    const { context, scanner } = load(
      'hard-cases/hc-ho-gh-app-py.html',
      'https://github.com/octo/demo/blob/main/app.py',
    );
    expect(context.dependencyFile).toBe(false);
    const found = scanner.scanSync(document).map((mention) => mention.text);
    expect(found).toEqual(['flask', 'Flask', 'asyncio']);
  });

  it('README, description and language; file tree skipped; theme from data-color-mode', () => {
    const { adapter, context, scanner } = load('hard-cases/hc-gh-readme-python.html', 'https://github.com/octo/chatd');
    expect(context.languages).toContain('python');
    const mentions = scanner.scanSync(document);
    expect(mentions.some((mention) => mention.node.parentElement?.closest('.js-navigation-container'))).toBe(false);
    expect(mentions.some((mention) => mention.node.parentElement?.closest('.BorderGrid-cell'))).toBe(true);
    expect(adapter.theme(document)).toBe('dark');
  });
});

describe('scanning a mutated subtree', () => {
  it('scans only the parts inside a root and outside skips', async () => {
    const { scanner } = load('hard-cases/hc-import-tornado.html', 'https://stackoverflow.com/questions/1/x');
    const comments = document.querySelector('.comments-list') as Element;
    comments.insertAdjacentHTML(
      'beforeend',
      '<li class="comment"><span class="comment-copy">Django and asyncio</span></li>',
    );
    const added = comments.lastElementChild as Element;
    expect((await scanner.scan(added)).map((mention) => [mention.text, mention.area])).toEqual([
      ['Django', 'comment'],
      ['asyncio', 'comment'],
    ]);
    const outside = document.createElement('div');
    outside.textContent = 'Django outside the roots';
    document.body.append(outside);
    expect(scanner.scanSync(outside)).toEqual([]);
    const tag = document.querySelector('.post-tag') as Element;
    expect(scanner.scanSync(tag)).toEqual([]);
  });
});
