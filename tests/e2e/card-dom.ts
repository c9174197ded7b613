/**
 * Reaching into the card's closed shadow root from a test, through the
 * DevTools protocol (the page's own scripts cannot): finding its nodes,
 * clicking its buttons where they are drawn, and measuring them.
 */
import type { CDPSession, Page } from 'playwright-core';

export type CdpNode = {
  nodeName: string;
  nodeId: number;
  backendNodeId: number;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
};

function findBelow(root: CdpNode, test: (node: CdpNode) => boolean): CdpNode | undefined {
  if (test(root)) return root;
  for (const child of [...(root.shadowRoots ?? []), ...(root.children ?? [])]) {
    const found = findBelow(child, test);
    if (found) return found;
  }
  return undefined;
}

/** Finds a node inside the card (the page has dialogs and buttons of its own). */
export async function findInCard(cdp: CDPSession, test: (node: CdpNode) => boolean): Promise<CdpNode | undefined> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const host = findBelow(root, (node) => node.nodeName === 'STACKPEEK-CARD');
  return host && findBelow(host, test);
}

export const hasClass = (name: string) => (node: CdpNode) => {
  const attributes = node.attributes ?? [];
  const index = attributes.indexOf('class');
  return index >= 0 && (attributes[index + 1] ?? '').split(' ').includes(name);
};

export const buttonLabelled = (label: string) => (node: CdpNode) =>
  node.nodeName === 'BUTTON' &&
  (node.children ?? [])
    .map((child) => child.nodeValue ?? '')
    .join('')
    .trim() === label;

export async function centreOf(cdp: CDPSession, node: CdpNode): Promise<{ x: number; y: number }> {
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as { model: { content: number[] } };
  const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
  return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
}

/** Clicks the card's button with this text where it is drawn, as a person would (no scrolling first). */
export async function clickInCard(page: Page, cdp: CDPSession, label: string) {
  const button = await findInCard(cdp, buttonLabelled(label));
  if (!button) throw new Error(`no "${label}" button in the card`);
  const { x, y } = await centreOf(cdp, button);
  await page.mouse.move(x, y, { steps: 4 });
  await page.mouse.click(x, y);
}

/** Opens the card's "More" disclosure with a click on its summary. */
export async function openMore(page: Page, cdp: CDPSession) {
  // The disclosure's own summary, not the fallback one in its built-in shadow root.
  const summary = await findInCard(
    cdp,
    (node) => node.nodeName === 'SUMMARY' && (node.children ?? []).some((child) => child.nodeValue?.startsWith('More')),
  );
  if (!summary) throw new Error('no "More" in the card');
  const { x, y } = await centreOf(cdp, summary);
  await page.mouse.move(x, y, { steps: 4 });
  await page.mouse.click(x, y);
}

/** Runs a function on a node inside the card and returns its result. */
export async function callOn<T>(cdp: CDPSession, node: CdpNode, fn: string): Promise<T> {
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId })) as {
    object: { objectId: string };
  };
  const { result } = (await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: fn,
    returnByValue: true,
  })) as { result: { value: T } };
  return result.value;
}

export interface CardLayout {
  card: { top: number; bottom: number; left: number; right: number };
  body: { scrollHeight: number; clientHeight: number };
  /** Each button in the card: its label and whether it lies wholly inside the card and the viewport. */
  buttons: { label: string; visible: boolean }[];
}

/** Where the card is, whether its body scrolls, and which of its buttons are in view. */
export async function cardLayout(cdp: CDPSession): Promise<CardLayout> {
  const dialog = await findInCard(cdp, hasClass('sp-card'));
  if (!dialog) throw new Error('no card');
  return callOn<CardLayout>(
    cdp,
    dialog,
    `function () {
      const box = this.getBoundingClientRect();
      const body = this.querySelector('.sp-card-body');
      const inView = (r) => r.top >= Math.max(0, box.top) && r.bottom <= Math.min(innerHeight, box.bottom) + 0.5 && r.height > 0;
      return {
        card: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
        body: { scrollHeight: body.scrollHeight, clientHeight: body.clientHeight },
        buttons: [...this.querySelectorAll('button')].map((b) => ({
          label: b.getAttribute('aria-label') || b.textContent.trim(),
          visible: inView(b.getBoundingClientRect()),
        })),
      };
    }`,
  );
}
