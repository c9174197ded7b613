/**
 * Screenshots: always to tests/e2e/artifacts/ (not committed); with
 * UPDATE_SCREENSHOTS=1 also to assets/screenshots/, where the README shows them.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
const README_SHOTS = resolve(import.meta.dirname, '../../assets/screenshots');

export async function screenshot(
  target: Page | Locator,
  name: string,
  options: { clip?: { x: number; y: number; width: number; height: number } } = {},
) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const paths = [resolve(ARTIFACTS, `${name}.png`)];
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(README_SHOTS, { recursive: true });
    paths.push(resolve(README_SHOTS, `${name}.png`));
  }
  for (const path of paths) await target.screenshot({ path, ...options });
}
