/** Picks the adapter for a page; the generic one takes every other site. */
import { generic } from './generic';
import { github } from './github';
import type { SiteAdapter } from './site-adapter';
import { stackOverflow } from './stackoverflow';

const ADAPTERS: SiteAdapter[] = [stackOverflow, github];

export function adapterFor(url: URL): SiteAdapter {
  return ADAPTERS.find((adapter) => adapter.matches(url)) ?? generic;
}

export type { PageContext, SiteAdapter } from './site-adapter';
