/**
 * Letter tests with an ASCII fast path. Each Unicode-property RegExp costs
 * ~0.1 ms to compile on first use, on every page load, and most text that
 * reaches these tests is ASCII: the RegExp is run only for other characters.
 */
const UPPERCASE_START = /^\p{Lu}/u;
const LETTER_OR_DIGIT_START = /^[\p{L}\p{N}]/u;

export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** The text starts with an uppercase letter ("Tornado", "Ölkeller"). */
export function startsUppercase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPERCASE_START.test(text);
}

/** A letter or digit at `index`; false past either end. */
export function letterOrDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  // Two units: a letter outside the BMP is a surrogate pair.
  return LETTER_OR_DIGIT_START.test(text.slice(index, index + 2));
}
