// Character classes and whitespace measures of Go's template lexer.

/** Go's trim-marker test: a `-` followed by a space character. */
export function hasLeftTrimMarker(s: string, at: number): boolean {
  return s.charCodeAt(at) === 0x2d && isSpace(s.charCodeAt(at + 1));
}

/** A space character followed by `-`. */
export function hasRightTrimMarker(s: string, at: number): boolean {
  return isSpace(s.charCodeAt(at)) && s.charCodeAt(at + 1) === 0x2d;
}

/** Space, tab, CR and LF: Go allows newlines inside actions since Go 1.16. */
export function isSpace(r: number): boolean {
  return r === 0x20 || r === 0x09 || r === 0x0d || r === 0x0a;
}

const letterOrDigit = /^[\p{L}\p{Nd}]$/u;

/** Go's isAlphaNumeric: `_`, a Unicode letter, or a Unicode decimal digit. */
export function isAlphaNumeric(r: number): boolean {
  if (r < 0) return false;
  if (r < 0x80) {
    return (
      r === 0x5f || (r >= 0x30 && r <= 0x39) || (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a)
    );
  }
  return letterOrDigit.test(String.fromCodePoint(r));
}

/** Length of the run of spaces at `at`. */
export function leftTrimLength(s: string, at: number): number {
  let i = at;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i - at;
}

/** Length of the run of spaces ending at `to` (not before `from`). */
export function rightTrimLength(s: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(s.charCodeAt(i - 1))) i--;
  return to - i;
}
