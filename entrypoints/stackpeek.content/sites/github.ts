/**
 * GitHub: rendered Markdown (README, issue/PR/discussion comments), issue and
 * PR titles, the repository description, and code views. In a code view every
 * line of a dependency file is scanned, and only import lines of other code.
 * File tree, navigation, editors, form fields and React's embedded JSON
 * (`<script data-target="react-app.embeddedData">`, skipped as a script) are not.
 */
import type { Area } from '../mention';
import { commonArea, makeContext, outermost, prefersDark, type SiteAdapter, textsOf } from './site-adapter';

const ROOTS = [
  // Rendered Markdown: README (gh-repo-*-readme), comments (gh-issue-botpress-5423,
  // gh-pr-octolinker-testrepo-1), 2025 React issues (gh-issue-defuddle-56).
  '.markdown-body',
  // Issue/PR titles: `.js-issue-title` (2021–22 pages), `[data-testid="issue-title"]` (gh-issue-defuddle-56).
  '.js-issue-title',
  '[data-testid="issue-title"]',
  // Repository description: `.BorderGrid-cell p.f4` (gh-repo-marzipanify, gh-repo-yapapi),
  // `[itemprop="about"]` (2019, gh-repo-htmldate-readme).
  '.BorderGrid-cell p.f4',
  '[itemprop="about"]',
  // Repository cards' descriptions on topic and explore pages (gh-topics-image-segmentation).
  'article .rounded-bottom-2 p.color-fg-muted',
  // Code views: old `td.js-file-line` table (gh-blob-pythonwebapp-*, gh-blob-cpython-setup-py),
  // 2025 React `.react-code-lines` (gh-blob-phinvest-requirements-txt).
  '.js-file-line-container',
  '.react-code-lines',
].join(', ');

// Only subtrees that can hold words: line-number cells, icons (svg) and the like hold none,
// and every extra selector costs a pass over a 2,700-line code table.
const SKIP = [
  'nav',
  'header',
  'form',
  '.js-navigation-container',
  '[aria-labelledby="files"]',
  '.react-directory-filename-column',
  '.file-navigation',
  'details-menu',
  '.js-comment-update',
  '.js-suggester-container',
  '.markdown-body .anchor',
].join(', ');

const CODE_LINE = '.js-file-line, .react-file-line';

/** Dependency manifests: every name listed there is a package. */
const DEPENDENCY_FILE =
  /^(requirements[\w.-]*\.txt|pyproject\.toml|setup\.cfg|Pipfile(\.lock)?|environment\.ya?ml|package\.json|Gemfile(\.lock)?|[\w-]+\.gemspec|pom\.xml|build\.gradle(\.kts)?|go\.mod|Cargo\.toml|composer\.json|[\w.-]+\.csproj|packages\.config|mix\.exs)$/i;

/** The language a manifest's packages are written in. */
const MANIFEST_LANGUAGE: [RegExp, string][] = [
  [/^(requirements[\w.-]*\.txt|Pipfile(\.lock)?|setup\.(py|cfg)|environment\.ya?ml)$/i, 'python'],
  [/^package\.json$/i, 'javascript'],
  [/^(Gemfile(\.lock)?|[\w-]+\.gemspec)$/i, 'ruby'],
  [/^(pom\.xml|build\.gradle(\.kts)?)$/i, 'java'],
  [/^go\.mod$/i, 'go'],
  [/^Cargo\.toml$/i, 'rust'],
  [/^composer\.json$/i, 'php'],
  [/^([\w.-]+\.csproj|packages\.config)$/i, 'c#'],
  [/^mix\.exs$/i, 'elixir'],
];

/**
 * A manifest's lines about the project itself, not its dependencies: its name, module path,
 * description, keywords (`name = "rust-actix-diesel-connect"`, `module echo-gorm-docker`).
 */
const SELF_DESCRIPTION_LINE =
  /^\s*(?:"?(?:name|description|keywords|homepage|repository|author|authors|license|version)"?\s*[:=]|module\s|<(?:name|description|url)>)/i;

/** `import x`, `from x import y`, `require('x')`, `import … from 'x'`, `use x;`, `#include`. */
const IMPORT_LINE =
  /^\s*(?:import\s|from\s+\S+\s+import\b|(?:const|let|var)\s.*\brequire\s*\(|export\s.*\sfrom\s|use\s|require\s|@import\s)/;

const EXTENSION_LANGUAGE: Record<string, string> = {
  py: 'python',
  pyi: 'python',
  toml: 'python',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  ts: 'typescript',
  rb: 'ruby',
  java: 'java',
  kt: 'kotlin',
  go: 'go',
  rs: 'rust',
  php: 'php',
  cs: 'c#',
  ex: 'elixir',
};

/** The file name of a blob URL: /owner/repo/blob/ref/dir/name → name. */
function blobFileName(url: URL): string | undefined {
  const parts = url.pathname.split('/');
  return parts[3] === 'blob' ? parts.at(-1) : undefined;
}

function fileLanguage(name: string): string | undefined {
  const manifest = MANIFEST_LANGUAGE.find(([pattern]) => pattern.test(name));
  return manifest ? manifest[1] : EXTENSION_LANGUAGE[name.split('.').at(-1)?.toLowerCase() ?? ''];
}

/** The repository's languages from the sidebar's language links (`/search?l=python`). */
function repoLanguages(doc: Document): string[] {
  return [...doc.querySelectorAll<HTMLAnchorElement>('a[href*="/search?l="]')].map((link) =>
    decodeURIComponent(link.getAttribute('href')?.split('?l=')[1] ?? '').toLowerCase(),
  );
}

function areaOf(element: Element): Area {
  if (element.closest(CODE_LINE)) return 'code';
  const common = commonArea(element);
  if (common) return common;
  if (element.closest('.js-issue-title, [data-testid="issue-title"]')) return 'title';
  if (element.closest('.comment-body, .timeline-comment, [data-testid="issue-body"]')) return 'comment';
  return 'body';
}

export const github: SiteAdapter = {
  name: 'github',
  matches: (url) => url.hostname === 'github.com' || url.hostname.endsWith('.github.com'),
  roots: (doc) => outermost(doc, ROOTS),
  rootSelector: ROOTS,
  skipSelector: SKIP,
  areaOf,
  pageContext(doc, url) {
    const file = blobFileName(url);
    const languages = repoLanguages(doc);
    const fromFile = file && fileLanguage(file);
    if (fromFile) languages.push(fromFile);
    return makeContext({
      tags: textsOf(doc, 'a.topic-tag'),
      languages,
      dependencyFile: file !== undefined && DEPENDENCY_FILE.test(file),
      topic: 'software',
    });
  },
  theme(doc) {
    const mode = doc.documentElement.getAttribute('data-color-mode');
    return mode === 'dark' || (mode === 'auto' && prefersDark(doc)) ? 'dark' : 'light';
  },
  codeLines: {
    selector: CODE_LINE,
    keep: (lineText, context) =>
      context.dependencyFile ? !SELF_DESCRIPTION_LINE.test(lineText) : IMPORT_LINE.test(lineText),
  },
};
