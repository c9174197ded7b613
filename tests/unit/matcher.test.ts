import { describe, expect, it } from 'vitest';
import type { MatchIndex } from '../../data/match-index';
import { compileMatcher } from '../../entrypoints/stackpeek.content/matcher';

const entry = (id: string, aliases: [string, 'exact' | 'any', boolean][]) => ({
  id,
  languages: [],
  aliases: aliases.map(([text, c, ordinaryWord]) => ({ text, case: c, ordinaryWord })),
});
const INDEX: MatchIndex = [
  entry('tornado', [['Tornado', 'any', true]]),
  entry('asyncio', [['asyncio', 'any', false]]),
  entry('flask', [['Flask', 'any', true]]),
  entry('dotnet', [['.NET', 'exact', false]]),
  entry('aspnet-core', [
    ['ASP.NET Core', 'any', false],
    ['ASP.NET', 'any', false],
  ]),
  entry('nodejs', [
    ['Node.js', 'any', false],
    ['Node', 'exact', true],
  ]),
  entry('csharp', [['C#', 'exact', false]]),
  entry('vertx', [['Vert.x', 'any', false]]),
  entry('mod-wsgi', [['mod_wsgi', 'any', false]]),
  entry('spring-boot', [['Spring Boot', 'exact', false]]),
  entry('spring', [['Spring', 'exact', true]]),
  entry('bun', [
    ['bun.sh', 'any', false],
    ['Bun', 'any', true],
  ]),
];
const matcher = compileMatcher(INDEX);
const texts = (text: string) => matcher.find(text).map((match) => match.text);

describe('matcher', () => {
  it('matches names with punctuation at Unicode word edges', () => {
    expect(texts('Port .NET to ASP.NET Core on Node.js, C#, Vert.x and mod_wsgi')).toEqual([
      '.NET',
      'ASP.NET Core',
      'Node.js',
      'C#',
      'Vert.x',
      'mod_wsgi',
    ]);
    expect(texts('Über-Tornado und Flask für Café')).toEqual(['Flask']);
  });

  it('prefers the longest alias', () => {
    expect(matcher.find('ASP.NET Core')[0]?.refs[0]?.frameworkId).toBe('aspnet-core');
    expect(texts('ASP.NET MVC')).toEqual(['ASP.NET']);
  });

  it('accepts version pins, imports, dotted access and sentence punctuation', () => {
    expect(texts('tornado==6.5.2')).toEqual(['tornado']);
    expect(texts('import tornado.ioloop')).toEqual(['tornado']);
    expect(texts('I use Tornado. (Flask)')).toEqual(['Tornado', 'Flask']);
  });

  it('rejects names joined to other words, and packages named after something else', () => {
    expect(texts('nest-asyncio _asyncio my_flask_app pytest-asyncio tornadoes asyncioreactor')).toEqual([]);
    expect(texts('a Flask-based app, asyncio-compatible')).toEqual(['Flask', 'asyncio']);
  });

  it('finds a framework in a package named after it', () => {
    expect(texts('flask-login, Flask-SocketIO and tornado-redis')).toEqual(['flask', 'Flask', 'tornado']);
  });

  it('matches every alias in any case: the case is evidence for the disambiguator', () => {
    expect(texts('spring boot, Spring Boot, spring')).toEqual(['spring boot', 'Spring Boot', 'spring']);
    expect(texts('.net node')).toEqual(['.net', 'node']);
    const [match] = matcher.find('the .net runtime');
    expect(match?.refs[0]?.alias.text).toBe('.NET');
  });

  it('skips file names, URLs and domains unless the alias is the address', () => {
    expect(texts('see https://nodejs.org/api and nodejs.dev/x and wsgi.py and flask.py')).toEqual([]);
    expect(texts('install from bun.sh.')).toEqual(['bun.sh']);
    expect(texts('app.use(express.json())')).toEqual([]);
  });

  it('in a manifest, takes every part of a package name but no part of a backslash path', () => {
    const inManifest = (text: string) => matcher.find(text, true).map((match) => match.text);
    expect(inManifest('"tornado/flask-utils": "^1.0"')).toEqual(['tornado', 'flask']);
    expect(inManifest('"Acme\\\\Flask\\\\Tornado::boot"')).toEqual([]);
  });

  it('finds nothing with an empty index', () => {
    expect(compileMatcher([]).find('Tornado')).toEqual([]);
  });

  it('finds every start of a whole text in one search, skipping lowercase stops inside words of capitalised names', () => {
    const withRor = compileMatcher([...INDEX, entry('rails', [['RoR', 'exact', false]])]);
    // "ror" in "error" is inside a word and RoR is written capitalised: no start. "node" and "spring" are.
    const text = 'an error in RoR and node; spring and node.js';
    expect(withRor.starts(text)).toEqual([
      text.indexOf('RoR'),
      text.indexOf('node'),
      text.indexOf('spring'),
      text.indexOf('node.js'),
    ]);
    // An alias may begin in one text node and end in the next: its start is still reported.
    expect(withRor.starts('TornadoTornado asyncio')).toEqual([0, 7, 15]);
    // A start for every match `find` makes in any text node the whole text is cut into.
    const whole = 'Flask.Node.js+ASP.NET Core bun.sh';
    const starts = new Set(withRor.starts(whole));
    for (let cut = 0; cut <= whole.length; cut++) {
      const right = whole.slice(cut);
      for (const match of withRor.find(right)) expect(starts.has(cut + match.start)).toBe(true);
      for (const match of withRor.find(whole.slice(0, cut))) expect(starts.has(match.start)).toBe(true);
    }
  });
});
