/**
 * Whether a mark is painted: Stackpeek's underline colour (#9a6700 on light pages, set in
 * entrypoints/stackpeek-marks.content.css) in a screenshot of the mark's
 * line box and the few pixels below it. The saved pages use no such colour
 * in their text, so a count above zero means the ::highlight() rule applied.
 */
import { PNG } from 'pngjs';

const UNDERLINE = [0x9a, 0x67, 0x00] as const;
const TOLERANCE = 48;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The screenshot area to take for a mark's line box: a little wider and deeper than it. */
export function underlineClip(box: Box): Box {
  return {
    x: Math.max(0, Math.floor(box.x) - 2),
    y: Math.max(0, Math.floor(box.y)),
    width: Math.ceil(box.width) + 4,
    height: Math.ceil(box.height) + 8,
  };
}

/** Pixels of the underline colour in a PNG screenshot. */
export function underlinePixels(png: Buffer): number {
  const image = PNG.sync.read(png);
  let count = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const close = UNDERLINE.every((value, channel) => Math.abs((image.data[i + channel] ?? 0) - value) <= TOLERANCE);
    if (close) count++;
  }
  return count;
}
