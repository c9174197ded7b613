/** Any other site the user turns on: the whole body minus navigation, forms and editors. */
import type { Area } from '../mention';
import { commonArea, makeContext, prefersDark, type SiteAdapter } from './site-adapter';

const SKIP = [
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="search"]',
  '[role="textbox"]',
  '[aria-hidden="true"]',
].join(', ');

export const generic: SiteAdapter = {
  name: 'generic',
  matches: () => true,
  roots: (doc) => (doc.body ? [doc.body] : []),
  rootSelector: 'body',
  skipSelector: SKIP,
  areaOf: (element: Element): Area => commonArea(element) ?? 'body',
  pageContext: (doc) =>
    makeContext({
      tags: (doc.querySelector('meta[name="keywords"]')?.getAttribute('content') ?? '').split(','),
      topic: 'unknown',
    }),
  theme: (doc) => (prefersDark(doc) ? 'dark' : 'light'),
};
