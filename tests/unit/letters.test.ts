/** The ASCII fast paths answer exactly as the Unicode-property RegExps they stand in for. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isAscii,
  isSpace,
  startsUppercase,
  wordCharAt,
  wordCharBefore,
} from '../../entrypoints/stackpeek.content/letters';

// Mostly ASCII with some of everything else, as page text is.
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

describe('letters', () => {
  it('startsUppercase is /^\\p{Lu}/u', () => {
    fc.assert(fc.property(text, (s) => startsUppercase(s) === /^\p{Lu}/u.test(s)));
    expect(['Tornado', 'Ölkeller', 'Δ', '𝐀x'].map(startsUppercase)).toEqual([true, true, true, true]);
    expect(['tornado', '', '1x', 'ß', '𝐚'].map(startsUppercase)).toEqual([false, false, false, false, false]);
  });

  it('wordCharAt and wordCharBefore are the word class (letter, mark, digit, _) on either side of a position', () => {
    fc.assert(
      fc.property(text, (s) => {
        for (let i = 0; i <= s.length; i++) {
          const at = /^[\p{L}\p{M}\p{N}_]/u.test(String.fromCodePoint(s.codePointAt(i) ?? 32));
          const before = /[\p{L}\p{M}\p{N}_]$/u.test(s.slice(Math.max(0, i - 2), i));
          if (wordCharAt(s, i) !== at || wordCharBefore(s, i) !== before) return false;
        }
        return true;
      }),
    );
    expect(wordCharAt('ῇgreen', 0)).toBe(true);
    expect(wordCharBefore('a_', 2)).toBe(true);
    expect(wordCharBefore('a-', 2)).toBe(false);
  });

  it('isSpace is /s/ for one unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffff }),
        (code) => isSpace(code) === /\s/.test(String.fromCharCode(code)),
      ),
    );
  });

  it('isAscii is /^[\\x00-\\x7f]*$/', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
    fc.assert(fc.property(text, (s) => isAscii(s) === /^[\x00-\x7f]*$/.test(s)));
  });
});
