/** WCAG contrast, measured in the page: a mark's underline colour against what is painted behind its text. */
import type { Page } from 'playwright-core';

export interface MarkContrast {
  text: string;
  inCode: boolean;
  underline: string;
  background: string;
  ratio: number;
}

/** Every mark on the page with its underline's contrast against its effective background. */
export function markContrasts(page: Page): Promise<MarkContrast[]> {
  return page.evaluate(() => {
    const rgba = (css: string) => {
      const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
      return { r, g, b, a: css.startsWith('rgba') ? a : 1 };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const channel = (v: number) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    /** Backgrounds from the element up, blended until opaque (the canvas is white). */
    const backgroundOf = (element: Element | null) => {
      const layers: { r: number; g: number; b: number; a: number }[] = [];
      for (let e = element; e; e = e.parentElement) {
        const colour = rgba(getComputedStyle(e).backgroundColor);
        if (colour.a > 0) layers.push(colour);
        if (colour.a >= 1) break;
      }
      let base = { r: 255, g: 255, b: 255 };
      for (const layer of layers.reverse()) {
        base = {
          r: layer.r * layer.a + base.r * (1 - layer.a),
          g: layer.g * layer.a + base.g * (1 - layer.a),
          b: layer.b * layer.a + base.b * (1 - layer.a),
        };
      }
      return base;
    };
    const out: MarkContrast[] = [];
    for (const range of CSS.highlights.get('stackpeek-mention') ?? []) {
      const element = range.startContainer.parentElement;
      if (!element) continue;
      const underline = getComputedStyle(element, '::highlight(stackpeek-mention)').textDecorationColor;
      const back = backgroundOf(element);
      const [a, b] = [luminance(rgba(underline)), luminance(back)].sort((x, y) => y - x);
      out.push({
        text: range.startContainer.textContent?.slice(range.startOffset, range.endOffset) ?? '',
        inCode: element.closest('pre, code') !== null,
        underline,
        background: `rgb(${back.r.toFixed(0)}, ${back.g.toFixed(0)}, ${back.b.toFixed(0)})`,
        ratio: Math.round((((a ?? 0) + 0.05) / ((b ?? 0) + 0.05)) * 100) / 100,
      });
    }
    return out;
  });
}
