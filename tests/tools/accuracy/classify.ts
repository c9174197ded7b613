/**
 * The error classes of the mentions issue, decided from the text alone so
 * every scored place can be counted in each class it belongs to:
 * - written-differently: not spelled as the catalog spells any alias ("flask", "angular", "NodeJS");
 * - bare-node: "Node" or "node" for Node.js;
 * - package-form: glued to a hyphen, scope, slash or `::`, or after an install/import word;
 * - everyday-word: an alias that is also an everyday word;
 * - never-doubted: an alias flagged as never an everyday word;
 * - one-sense-per-page: a miss on a page where the same framework is marked elsewhere (added by the scorer);
 * - site-topic: a page on a site that is not about software.
 */
import type { MatchIndex } from '../../../data/match-index';

const PACKAGE_BEFORE =
  /(?:[-@/]|::|\b(?:pip3?|npm|yarn|pnpm|gem|bundle|composer|cargo|go)\s+(?:install|add|get|require|update)\s+(?:\S+\s+)*|\b(?:import|from|require\(\s*['"]?|gem\s+['"])\s*)$/i;
const PACKAGE_AFTER = /^(?:[-/]\w|::|['"]\s*[,:)]|[=<>~!]=|\[)/;

export interface Classifier {
  classesOf(frameworkId: string, text: string, before: string, after: string, siteIsTechnical: boolean): string[];
}

export function classifier(index: MatchIndex): Classifier {
  const entries = new Map(index.map((entry) => [entry.id, entry]));
  return {
    classesOf(frameworkId, text, before, after, siteIsTechnical) {
      const entry = entries.get(frameworkId);
      const aliases = entry?.aliases.filter((alias) => alias.text.toLowerCase() === text.toLowerCase()) ?? [];
      const classes: string[] = [];
      if (!entry?.aliases.some((alias) => alias.text === text)) classes.push('written-differently');
      if (text.toLowerCase() === 'node') classes.push('bare-node');
      if (PACKAGE_BEFORE.test(before.slice(-40)) || PACKAGE_AFTER.test(after.slice(0, 12)))
        classes.push('package-form');
      if (aliases.some((alias) => alias.ordinaryWord)) classes.push('everyday-word');
      else if (aliases.length > 0) classes.push('never-doubted');
      if (!siteIsTechnical) classes.push('site-topic');
      return classes;
    },
  };
}
