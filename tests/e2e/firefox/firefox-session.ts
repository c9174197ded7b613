/** One Firefox with the add-on for a describe block: started before its tests, closed after them. */
import { afterAll, beforeAll } from 'vitest';
import { type FirefoxSession, launchFirefox } from './firefox-browser';

export function firefoxSession(): { current: FirefoxSession } {
  const holder = {} as { current: FirefoxSession };
  beforeAll(async () => {
    holder.current = await launchFirefox();
  });
  afterAll(() => holder.current?.close());
  return holder;
}
