/**
 * The mentions on the current page, keyed by text node. Hit testing asks
 * "which mention is at this caret position", the popup asks "which frameworks
 * and how often", keyboard commands walk them in document order. Removal
 * drops every reference, so a text node that leaves the page can be collected.
 */
import type { Mention } from './mention';

export interface FrameworkCount {
  frameworkId: string;
  count: number;
  mentions: Mention[];
}

// Node.DOCUMENT_POSITION_FOLLOWING, spelled out for Node tools without DOM globals.
const FOLLOWING = 4;

export class MentionIndex {
  private readonly byNode = new Map<Text, Mention[]>();
  private ordered: Mention[] | undefined;

  get size(): number {
    let size = 0;
    for (const list of this.byNode.values()) size += list.length;
    return size;
  }

  /** Adds mentions; a text node in the batch replaces its earlier mentions, so rescans are idempotent. */
  add(mentions: Iterable<Mention>): void {
    const batch = new Map<Text, Mention[]>();
    for (const mention of mentions) {
      const list = batch.get(mention.node) ?? [];
      list.push(mention);
      batch.set(mention.node, list);
    }
    for (const [node, list] of batch)
      this.byNode.set(
        node,
        list.sort((a, b) => a.start - b.start),
      );
    if (batch.size > 0) this.ordered = undefined;
  }

  /** Removes the mentions inside `root` (it is about to be rescanned); returns them for unpainting. */
  removeWithin(root: Node): Mention[] {
    return this.removeWhere((node) => root === node || root.contains(node));
  }

  /** Removes the mentions whose text node left the document. */
  removeDisconnected(): Mention[] {
    return this.removeWhere((node) => !node.isConnected);
  }

  clear(): void {
    this.byNode.clear();
    this.ordered = undefined;
  }

  /** The mention covering `offset` in `node` (end exclusive), if any. */
  at(node: Node, offset: number): Mention | undefined {
    return this.byNode.get(node as Text)?.find((mention) => mention.start <= offset && offset < mention.end);
  }

  /** Frameworks on the page, most mentioned first; `keep` leaves mentions out (muted ones). */
  byFramework(keep: (mention: Mention) => boolean): FrameworkCount[] {
    const groups = new Map<string, Mention[]>();
    for (const mention of this.inDocumentOrder()) {
      if (!keep(mention)) continue;
      const list = groups.get(mention.frameworkId) ?? [];
      list.push(mention);
      groups.set(mention.frameworkId, list);
    }
    return [...groups]
      .map(([frameworkId, mentions]) => ({ frameworkId, count: mentions.length, mentions }))
      .sort((a, b) => b.count - a.count || a.frameworkId.localeCompare(b.frameworkId));
  }

  /** Every mention in document order (sorted lazily, once per change). */
  inDocumentOrder(): readonly Mention[] {
    if (!this.ordered) {
      const nodes = [...this.byNode.keys()].sort((a, b) =>
        a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1,
      );
      this.ordered = nodes.flatMap((node) => this.byNode.get(node) ?? []);
    }
    return this.ordered;
  }

  /** The first mention after (or, with `backwards`, before) the given one, wrapping around. */
  next(from: Mention | undefined, backwards = false): Mention | undefined {
    const all = this.inDocumentOrder();
    if (all.length === 0) return undefined;
    const i = from ? all.indexOf(from) : -1;
    if (i < 0) return backwards ? all[all.length - 1] : all[0];
    return all[(i + (backwards ? all.length - 1 : 1)) % all.length];
  }

  private removeWhere(test: (node: Text) => boolean): Mention[] {
    const removed: Mention[] = [];
    for (const [node, list] of this.byNode) {
      if (!test(node)) continue;
      removed.push(...list);
      this.byNode.delete(node);
    }
    if (removed.length > 0) this.ordered = undefined;
    return removed;
  }
}
