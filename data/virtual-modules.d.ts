// Types of the modules data/catalog-plugin.ts generates at build time.
declare module 'virtual:stackpeek/catalog' {
  export const frameworks: import('./catalog-schema').Framework[];
  export const comparisons: import('./catalog-schema').Comparison[];
}

declare module 'virtual:stackpeek/match-index' {
  const index: import('./match-index').MatchIndex;
  export default index;
}

declare module 'virtual:stackpeek/names' {
  const names: Record<string, string>;
  export default names;
}
