/**
 * Character classes with an ASCII fast path. Each Unicode-property RegExp
 * costs ~0.1 ms to compile on first use, on every page load, and most text
 * that reaches these tests is ASCII: the RegExps run only for other characters.
 */
const UPPERCASE_START = /^\p{Lu}/u;
// A combining mark (\p{M}) belongs to the letter before it: "ῇgreenlets" is one word.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}_]/u;
/** Ends with a word character (astral letters are two UTF-16 units). */
const WORD_CHAR_AT_END = /[\p{L}\p{M}\p{N}_]$/u;

function isAsciiWord(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** Like `/\s/` for one UTF-16 unit. */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(String.fromCharCode(code));
}

/** The text starts with an uppercase letter ("Tornado", "Ölkeller"). */
export function startsUppercase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPERCASE_START.test(text);
}

/** A word character (letter, mark, digit, `_`) starts at `index`; false past the end. */
export function wordCharAt(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  if (code === undefined) return false;
  return code < 128 ? isAsciiWord(code) : WORD_CHAR.test(String.fromCodePoint(code));
}

/** A word character ends right before `at`; false at the start. */
export function wordCharBefore(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1);
  if (Number.isNaN(code)) return false;
  return code < 128 ? isAsciiWord(code) : WORD_CHAR_AT_END.test(text.slice(Math.max(0, at - 2), at));
}
