import { describe, expect, it } from 'vitest';
import { parsePageRequest } from '../../data/page-messages';

describe('parsePageRequest', () => {
  it('accepts the mute requests and a mention number', () => {
    expect(parsePageRequest({ type: 'page/mutes' })).toEqual({ type: 'page/mutes' });
    expect(parsePageRequest({ type: 'page/unmute' })).toEqual({ type: 'page/unmute' });
    expect(parsePageRequest({ type: 'page/unmute', word: 'express' })).toEqual({
      type: 'page/unmute',
      word: 'express',
    });
    expect(parsePageRequest({ type: 'page/reveal', frameworkId: 'tornado', index: 2 })).toEqual({
      type: 'page/reveal',
      frameworkId: 'tornado',
      index: 2,
    });
  });

  it('accepts exactly the three shapes', () => {
    expect(parsePageRequest({ type: 'page/mentions' })).toEqual({ type: 'page/mentions' });
    expect(parsePageRequest({ type: 'page/reveal', frameworkId: 'aspnet-core' })).toEqual({
      type: 'page/reveal',
      frameworkId: 'aspnet-core',
    });
    expect(parsePageRequest({ type: 'page/step', direction: 'previous' })).toEqual({
      type: 'page/step',
      direction: 'previous',
    });
  });

  it.each([
    null,
    'page/mentions',
    [],
    {},
    { type: 'page/unknown' },
    { type: 'page/mentions', extra: 1 },
    { type: 'page/reveal' },
    { type: 'page/reveal', frameworkId: 'Not An Id' },
    { type: 'page/reveal', frameworkId: 42 },
    { type: 'page/step', direction: 'sideways' },
    { type: 'page/step', direction: 'next', frameworkId: 'tornado' },
    { type: 'page/reveal', frameworkId: 'tornado', index: 1.5 },
    { type: 'page/reveal', frameworkId: 'tornado', index: '2' },
    { type: 'page/unmute', word: 3 },
    { type: 'page/mutes', word: 'x' },
    ['page/mentions'],
  ])('refuses %j', (message) => {
    expect(parsePageRequest(message)).toBeNull();
  });
});
