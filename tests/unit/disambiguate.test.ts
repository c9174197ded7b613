/**
 * The disambiguator's rules (muting, the no-evidence path, one sense per page,
 * thresholds) with a small hand-set scorer, and the fitted scorer on cases
 * whose answer is not in doubt.
 */
import { describe, expect, it } from 'vitest';
import type { MatchIndex } from '../../data/match-index';
import { createDisambiguator, type LocalContext } from '../../entrypoints/stackpeek.content/disambiguate';
import { compileMatcher } from '../../entrypoints/stackpeek.content/matcher';
import type { ScanSettings, Sensitivity } from '../../entrypoints/stackpeek.content/mention';
import type { FEATURES } from '../../entrypoints/stackpeek.content/mention-features';
import { createScorer } from '../../entrypoints/stackpeek.content/scorer';
import { makeContext, type PageContext } from '../../entrypoints/stackpeek.content/sites/site-adapter';

const INDEX: MatchIndex = [
  {
    id: 'tornado',
    languages: ['python'],
    aliases: [{ text: 'Tornado', case: 'any', ordinaryWord: true }],
  },
  { id: 'gevent', languages: [], aliases: [{ text: 'gevent', case: 'any', ordinaryWord: false }] },
  {
    id: 'twisted',
    languages: ['python'],
    aliases: [{ text: 'Twisted', case: 'any', ordinaryWord: true }],
  },
  { id: 'react', languages: [], aliases: [{ text: 'React', case: 'exact', ordinaryWord: false }] },
];
const matcher = compileMatcher(INDEX);
const PYTHON_SO = makeContext({ tags: ['python', 'tornado'], topic: 'software' });
const PLAIN_SO = makeContext({ tags: ['python'], topic: 'software' });
const WEATHER = makeContext({ tags: ['meteorology', 'tornado'], topic: 'everyday' });
const SETTINGS: ScanSettings = { sensitivity: 'balanced', mutedFrameworks: [], mutedWords: [] };

/** A scorer that counts only what a test names: z = bias + Σ weights. */
const handSet = (weights: Partial<Record<(typeof FEATURES)[number], number>>, bias = 0) =>
  createScorer({ bias, weights, aliasPriors: {} });
const IMPORTS_ONLY = handSet({ importOrInstall: 4, pageEvidence: 4 }, -2);

const localOf = (window: string, at: number, area: LocalContext['area'] = 'body'): LocalContext => ({
  window,
  at,
  area,
  neighbours: 0,
  neighbourNear: false,
});

function judgeAll(
  window: string,
  options: { page?: PageContext; area?: LocalContext['area']; settings?: Partial<ScanSettings>; fitted?: boolean } = {},
) {
  const settings = { ...SETTINGS, ...options.settings };
  const disambiguator = options.fitted
    ? createDisambiguator(INDEX, () => options.page ?? PLAIN_SO, settings, 0)
    : createDisambiguator(INDEX, () => options.page ?? PLAIN_SO, settings, 0, IMPORTS_ONLY);
  const assessments = matcher.find(window).map((match) => ({
    match,
    assessment: disambiguator.assess(match, () => localOf(window, match.start, options.area)),
  }));
  return assessments.map(({ match, assessment }) => ({
    text: match.text,
    confidence: (assessment && disambiguator.settle(assessment)?.confidence) ?? -1,
  }));
}

const confidence = (window: string, options: Parameters<typeof judgeAll>[1] = {}) =>
  judgeAll(window, options)[0]?.confidence ?? -1;

describe('disambiguate: the rules', () => {
  it('needs no evidence for names that are never everyday words, and reads nothing for them', () => {
    const asked: string[] = [];
    const disambiguator = createDisambiguator(
      INDEX,
      () => {
        asked.push('page');
        return PLAIN_SO;
      },
      SETTINGS,
      0.5,
      IMPORTS_ONLY,
    );
    const window = 'we moved to gevent, then to Tornado';
    const local = (): LocalContext => {
      asked.push('local');
      return localOf(window, 0);
    };
    const [gevent, tornado] = matcher.find(window);
    expect(gevent && disambiguator.judge(gevent, local)?.confidence).toBe(1);
    // Only the site's topic was asked, once: the text around gevent was never read.
    expect(asked).toEqual(['page']);
    if (tornado) disambiguator.judge(tornado, local);
    expect(asked).toEqual(['page', 'local']);
  });

  it('scores a case-exact name written another way ("react" for React)', () => {
    expect(confidence('I use React daily')).toBe(1);
    expect(confidence('react to the event')).toBeLessThan(0.5);
    expect(confidence('import react from')).toBeGreaterThanOrEqual(0.5);
  });

  it('on a site about something else, scores even names that are never everyday words', () => {
    expect(confidence('we moved to gevent', { page: WEATHER })).toBeLessThan(0.5);
    expect(confidence('we moved to gevent', { page: PLAIN_SO })).toBe(1);
  });

  it('lifts a word by strong evidence elsewhere on the page (one sense per page)', () => {
    const window = 'tornado 6 is slow; import tornado';
    const [first, second] = judgeAll(window);
    expect(second?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(first?.confidence).toBeGreaterThanOrEqual(0.5);
    // Alone, without the import, the first one stays out.
    expect(confidence('tornado 6 is slow')).toBeLessThan(0.5);
  });

  it('picks the threshold from the sensitivity', () => {
    // z = 0.5: confidence 0.62, above eager (0.3) and balanced (0.5), below strict (0.8).
    const scorer = handSet({}, 0.5);
    const run = (sensitivity: Sensitivity) => {
      const disambiguator = createDisambiguator(INDEX, () => PLAIN_SO, { ...SETTINGS, sensitivity }, undefined, scorer);
      const window = 'we use Tornado here';
      const [match] = matcher.find(window);
      return match && disambiguator.judge(match, () => localOf(window, match.start));
    };
    expect(run('eager')).toBeDefined();
    expect(run('balanced')).toBeDefined();
    expect(run('strict')).toBeUndefined();
  });

  it('drops muted frameworks and muted words', () => {
    expect(confidence('import tornado', { area: 'code', settings: { mutedFrameworks: ['tornado'] } })).toBe(-1);
    expect(confidence('we moved to gevent', { settings: { mutedWords: ['gevent'] } })).toBe(-1);
  });
});

describe('disambiguate: the fitted scorer on clear cases', () => {
  const fitted = (window: string, page: PageContext = PLAIN_SO, area: LocalContext['area'] = 'body') =>
    confidence(window, { page, area, fitted: true });

  it('takes code use as the framework', () => {
    expect(fitted('import tornado.ioloop', PLAIN_SO, 'code')).toBeGreaterThanOrEqual(0.5);
    expect(fitted('from twisted.internet import reactor', PLAIN_SO, 'code')).toBeGreaterThanOrEqual(0.5);
    expect(fitted('pip install tornado', PLAIN_SO, 'code')).toBeGreaterThanOrEqual(0.5);
  });

  it('takes a tagged programming page as evidence, and leaves weather alone', () => {
    expect(fitted('My Tornado handler blocks', PYTHON_SO)).toBeGreaterThanOrEqual(0.5);
    expect(fitted('The Tornado touched down near Moore', WEATHER)).toBeLessThan(0.5);
    expect(fitted('a tornado warning in Tornado Alley', WEATHER)).toBeLessThan(0.5);
  });

  it('keeps the everyday sense out', () => {
    expect(fitted('I twisted my ankle', PLAIN_SO)).toBeLessThan(0.5);
  });
});
