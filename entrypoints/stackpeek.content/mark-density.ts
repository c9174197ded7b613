/**
 * Groups for the mark density setting: with "the first in each post or
 * comment" a group is one framework in one post (question, answer, comment,
 * README, file); with "the first on the page", one framework on the page.
 * Only a group's first eligible mention is marked. Kept incrementally, so a
 * changed subtree costs its own mentions, not a pass over the page.
 */
import type { MarkDensity } from '../../data/settings-model';
import type { Mention } from './mention';

/** A comment is a post of its own, inside the answer it hangs under. */
const COMMENT = '.comment, .js-comment';
// Node.DOCUMENT_POSITION_FOLLOWING, spelled out for Node tools without DOM globals.
const FOLLOWING = 4;

export type Group = Set<Mention>;

function precedes(a: Mention, b: Mention): boolean {
  if (a.node === b.node) return a.start < b.start;
  return (a.node.compareDocumentPosition(b.node) & FOLLOWING) !== 0;
}

/** The post a mention sits in (the page itself for "first-on-page"). */
export function postOf(mention: Mention, density: MarkDensity, rootSelector: string): Node {
  const doc = mention.node.ownerDocument;
  if (density === 'first-on-page') return doc;
  const element = mention.node.parentElement;
  return element?.closest(COMMENT) ?? element?.closest(rootSelector) ?? doc;
}

/** The group's first mention in document order that passes `eligible`. */
export function firstOf(group: Group, eligible: (mention: Mention) => boolean): Mention | undefined {
  let first: Mention | undefined;
  for (const mention of group) if (eligible(mention) && (!first || precedes(mention, first))) first = mention;
  return first;
}

export class DensityGroups {
  private readonly groupOfMention = new Map<Mention, Group>();
  private readonly byPost = new Map<Node, Map<string, Group>>();

  constructor(
    readonly density: Exclude<MarkDensity, 'every'>,
    private readonly rootSelector: string,
  ) {}

  /** Puts the mention in its group and returns the group. */
  add(mention: Mention): Group {
    const post = postOf(mention, this.density, this.rootSelector);
    let byFramework = this.byPost.get(post);
    if (!byFramework) {
      byFramework = new Map();
      this.byPost.set(post, byFramework);
    }
    let group = byFramework.get(mention.frameworkId);
    if (!group) {
      group = new Set();
      byFramework.set(mention.frameworkId, group);
    }
    group.add(mention);
    this.groupOfMention.set(mention, group);
    return group;
  }

  /** Takes the mention out and returns the group it left. */
  remove(mention: Mention): Group | undefined {
    const group = this.groupOfMention.get(mention);
    this.groupOfMention.delete(mention);
    group?.delete(mention);
    return group;
  }

  *groups(): Iterable<Group> {
    for (const byFramework of this.byPost.values()) yield* byFramework.values();
  }

  clear(): void {
    this.groupOfMention.clear();
    this.byPost.clear();
  }
}
