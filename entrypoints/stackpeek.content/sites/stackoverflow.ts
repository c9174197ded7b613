/**
 * Stack Overflow and the rest of the Stack Exchange network (same markup).
 *
 * Scanned: the question title, question and answer bodies, comments (also the
 * ones "show more comments" loads later: they land inside `#mainbar`, and the
 * page watcher rescans them), and on list pages the question titles (home page,
 * tag pages) and Jobs titles.
 * Not scanned: tags (context only; the site has its own tag popups), the Linked,
 * Related and "Hot Network Questions" sidebars (titles of other questions, some
 * from unrelated sites: "bottle", "spring"… in their ordinary sense), user
 * cards, vote and menu controls, every form and editor.
 */
import type { Area } from '../mention';
import { commonArea, makeContext, outermost, prefersDark, type SiteAdapter, textsOf } from './site-adapter';

/** Seen on: so-q6367014, so-q6914687 (2020, `.post-text`), so-beautifulsoup-string-vs-text (2023, `.s-prose`), ptso-q2997. */
const ROOTS = [
  '#question-header h1',
  '#mainbar .question',
  '#mainbar .answer',
  '#mainbar .js-post-notice',
  // so-homepage-2016, so-homepage-2018-flask: `.question-summary h3`; 2022+ lists: `.s-post-summary--content-title`.
  '.question-summary h3',
  '.s-post-summary--content-title',
  // so-jobs-python-developer: job titles.
  '.-job h2',
].join(', ');

const SKIP = [
  '.post-taglist',
  '.post-tag',
  '.s-tag',
  '.js-post-menu',
  '.post-menu',
  '.post-signature',
  '.user-info',
  '.votecell',
  '.js-voting-container',
  '.comment-user',
  '.comment-date',
  '.comment-score',
  '.comment-actions',
  '.js-comments-link',
  '.comments-link',
  '.js-add-link',
  '.js-show-link',
  '.bounty-award-container',
  '.answer-votes',
  '.js-post-issue',
  'form',
  '.wmd-container',
  '.js-stacks-validation',
].join(', ');

/**
 * Network sites about programming and computing, where a tag names a
 * technology. Every other network site (movies, cooking, physics, travel…) is
 * about something else: there a framework's name is read in its everyday sense
 * unless the text says otherwise.
 */
const PROGRAMMING_SITE =
  /(^|\.)(stackoverflow\.com|serverfault\.com|superuser\.com|askubuntu\.com|stackapps\.com|(softwareengineering|codereview|unix|dba|webapps|webmasters|security|devops|datascience|ai|gamedev|android|salesforce|sharepoint|wordpress|drupal|magento|tex|vi|emacs|sqa|reverseengineering|raspberrypi|arduino|iot|crypto|cs|cstheory|networkengineering|sitecore|joomla|tridion|mathematica|quant|bioinformatics|stats|gis|electronics|robotics|scicomp|computergraphics|quantumcomputing|softwarerecs|hardwarerecs|apple|blender|retrocomputing|opendata|codegolf|genai|mlops|ethereum|bitcoin|elementaryos|expressionengine|craftcms|civicrm|moderators|langdev)\.stackexchange\.com)$/;

const TITLE = '#question-header, .question-hyperlink, .question-summary h3, .s-post-summary--content-title, .-job h2';
const COMMENT = '.comment, .comment-body, .comment-copy, .js-comment';

function areaOf(element: Element): Area {
  return commonArea(element) ?? (element.closest(TITLE) ? 'title' : element.closest(COMMENT) ? 'comment' : 'body');
}

export const stackOverflow: SiteAdapter = {
  name: 'stackoverflow',
  matches: (url) =>
    /(^|\.)(stackoverflow\.com|stackexchange\.com|superuser\.com|serverfault\.com|askubuntu\.com|mathoverflow\.net|stackapps\.com)$/.test(
      url.hostname,
    ),
  roots: (doc) => outermost(doc, ROOTS),
  rootSelector: ROOTS,
  skipSelector: SKIP,
  areaOf,
  pageContext: (doc, url) =>
    makeContext({
      // One query: each walks the whole page.
      tags: textsOf(doc, '.post-tag, .-job .s-tag'),
      topic: PROGRAMMING_SITE.test(url.hostname) ? 'software' : 'everyday',
    }),
  theme: (doc) =>
    doc.body?.classList.contains('theme-dark') ||
    ((doc.body?.classList.contains('theme-system') ?? false) && prefersDark(doc))
      ? 'dark'
      : 'light',
};
