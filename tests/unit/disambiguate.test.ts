import { describe, expect, it } from 'vitest';
import type { MatchIndex } from '../../data/match-index';
import { createDisambiguator, type LocalContext } from '../../entrypoints/stackpeek.content/disambiguate';
import { compileMatcher } from '../../entrypoints/stackpeek.content/matcher';
import type { ScanSettings, Sensitivity } from '../../entrypoints/stackpeek.content/mention';
import { makeContext } from '../../entrypoints/stackpeek.content/sites/site-adapter';

const INDEX: MatchIndex = [
  {
    id: 'tornado',
    contextHints: ['IOLoop', 'RequestHandler'],
    languages: [],
    aliases: [{ text: 'Tornado', case: 'any', ordinaryWord: true }],
  },
  { id: 'gevent', contextHints: [], languages: [], aliases: [{ text: 'gevent', case: 'any', ordinaryWord: false }] },
  {
    id: 'twisted',
    contextHints: [],
    languages: ['python'],
    aliases: [{ text: 'Twisted', case: 'any', ordinaryWord: true }],
  },
];
const matcher = compileMatcher(INDEX);
const PYTHON_SO = makeContext(['python', 'tornado'], [], false, true);
const WEATHER = makeContext(['meteorology', 'tornado'], [], false, false);
const PLAIN_SO = makeContext(['python'], [], false, true);

function judge(
  window: string,
  context = PLAIN_SO,
  area: LocalContext['area'] = 'body',
  settings: Partial<ScanSettings> = {},
) {
  const full: ScanSettings = { sensitivity: 'balanced', mutedFrameworks: [], mutedWords: [], ...settings };
  const disambiguator = createDisambiguator(INDEX, () => context, full, 0);
  return matcher.find(window).map((match) => {
    const local = { window, at: match.start, area, neighbours: 0, neighbourNear: false };
    return { text: match.text, confidence: disambiguator.judge(match, () => local)?.confidence ?? -1 };
  });
}

const confidence = (...args: Parameters<typeof judge>) => judge(...args)[0]?.confidence ?? -1;

describe('disambiguate', () => {
  it('needs no evidence for names that are never everyday words', () => {
    expect(confidence('we moved to gevent', WEATHER)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads neither the page nor the text around names that are never everyday words', () => {
    const asked: string[] = [];
    const settings: ScanSettings = { sensitivity: 'strict', mutedFrameworks: [], mutedWords: [] };
    const disambiguator = createDisambiguator(
      INDEX,
      () => {
        asked.push('page');
        return WEATHER;
      },
      settings,
    );
    const window = 'we moved to gevent, then to Tornado';
    const local = (): LocalContext => {
      asked.push('local');
      return { window, at: 0, area: 'body', neighbours: 0, neighbourNear: false };
    };
    const [gevent, tornado] = matcher.find(window);
    expect(gevent && disambiguator.judge(gevent, local)?.confidence).toBe(1);
    expect(asked).toEqual([]);
    if (tornado) disambiguator.judge(tornado, local);
    expect(asked).toEqual(['page', 'local']);
  });

  it('treats code use as strong evidence', () => {
    expect(confidence('import tornado.ioloop', PLAIN_SO, 'code')).toBeGreaterThanOrEqual(0.9);
    expect(confidence('from twisted.internet import reactor', PLAIN_SO, 'code')).toBeGreaterThanOrEqual(0.9);
    expect(confidence('tornado==6.5.2', PLAIN_SO, 'code')).toBeGreaterThanOrEqual(0.9);
    expect(confidence('pip install tornado', PLAIN_SO, 'code')).toBeGreaterThanOrEqual(0.9);
  });

  it('uses the page tags on programming sites only', () => {
    expect(confidence('My Tornado handler blocks', PYTHON_SO)).toBeGreaterThanOrEqual(0.9);
    expect(confidence('The Tornado touched down near Moore', WEATHER)).toBeLessThan(0.5);
  });

  it('keeps the everyday sense out, even on a tagged page', () => {
    expect(confidence('I twisted my ankle', PLAIN_SO)).toBeLessThan(0.3);
    expect(confidence('This twisted design confuses me', makeContext(['twisted'], [], false, true))).toBeLessThan(0.5);
    expect(confidence('a tornado warning in Tornado Alley', WEATHER)).toBeLessThan(0.3);
  });

  it('adds up weaker evidence: hints, tech words, a tech noun after, capitalisation', () => {
    expect(confidence('Tornado returning stacktrace on 500 server error')).toBeGreaterThanOrEqual(0.5);
    expect(confidence('we run the Tornado server with IOLoop')).toBeGreaterThanOrEqual(0.8);
    expect(confidence('the tornado app', PLAIN_SO)).toBeLessThan(confidence('the Tornado app', PLAIN_SO));
  });

  it('picks the threshold from the sensitivity', () => {
    const run = (sensitivity: Sensitivity) => {
      const settings: ScanSettings = { sensitivity, mutedFrameworks: [], mutedWords: [] };
      const disambiguator = createDisambiguator(INDEX, () => PLAIN_SO, settings);
      const window = 'we use Tornado here';
      const [match] = matcher.find(window);
      return (
        match &&
        disambiguator.judge(match, () => ({
          window,
          at: match.start,
          area: 'body',
          neighbours: 0,
          neighbourNear: false,
        }))
      );
    };
    // 0.2 (programming site) + 0.25 (capitalised mid-sentence) = 0.45
    expect(run('eager')).toBeDefined();
    expect(run('balanced')).toBeUndefined();
    expect(run('strict')).toBeUndefined();
  });

  it('weighs the page language against the framework’s', () => {
    const index: MatchIndex = [{ ...(INDEX[0] as MatchIndex[number]), languages: ['python'] }];
    const settings: ScanSettings = { sensitivity: 'balanced', mutedFrameworks: [], mutedWords: [] };
    const window = 'we use Tornado here';
    const [match] = compileMatcher(index).find(window);
    const local = { window, at: match?.start ?? 0, area: 'body' as const, neighbours: 0, neighbourNear: false };
    const onPython = match && createDisambiguator(index, () => PLAIN_SO, settings).judge(match, () => local);
    const onJava =
      match &&
      createDisambiguator(index, () => makeContext(['java'], [], false, true), settings).judge(match, () => local);
    expect(onPython?.confidence).toBeGreaterThan(0.5);
    expect(onJava).toBeUndefined();
  });

  it('drops muted frameworks and muted words', () => {
    expect(confidence('import tornado', PLAIN_SO, 'code', { mutedFrameworks: ['tornado'] })).toBe(-1);
    expect(confidence('we moved to gevent', PLAIN_SO, 'body', { mutedWords: ['gevent'] })).toBe(-1);
  });
});
