// Go's strconv quoting, as `%q`, `%#v` and `%+q` print strings and runes. Printable characters
// (Unicode letters, marks, numbers, punctuation, symbols and the ASCII space, as strconv.IsPrint
// defines them) stay as they are; the rest become \a \b \f \n \r \t \v, \xNN below U+0020 and for
// DEL, or \uNNNN / \UNNNNNNNN. A byte outside valid UTF-8 (kept in a string as render/go/strings.ts
// describes) prints as \xNN, as Go prints it; any other lone surrogate as \ufffd.
// Pinned by test/render/go/fmt.test.ts (the %q cases, checked against Helm).

import { decodeRune, keptByte } from './strings.js';

const plainAscii = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
// Made on first use: building its Unicode classes costs half a millisecond at every start.
let printable: RegExp | undefined;
const maxRune = 0x10ffff;
const runeError = 0xfffd;

/** Go's strconv.IsPrint. */
export function isPrint(r: number): boolean {
  if (r < 0x20) return false;
  if (r < 0x7f) return true;
  if (r > maxRune || (r >= 0xd800 && r <= 0xdfff)) return false;
  printable ??= /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
  return printable.test(String.fromCodePoint(r));
}

/**
 * The runes of a string, or of bytes decoded as Go decodes UTF-8: an invalid byte is one rune,
 * given here as `-1 - byte` so that quoting can print it as `\xNN` the way Go does.
 */
export function runesOf(s: string | Uint8Array): number[] {
  if (typeof s === 'string') {
    return Array.from(s, (ch) => {
      const b = keptByte(ch);
      return b === undefined ? (ch.codePointAt(0) ?? runeError) : -1 - b;
    });
  }
  const runes: number[] = [];
  for (let i = 0; i < s.length;) {
    const [r, size] = decodeRune(s, i);
    runes.push(r);
    i += size;
  }
  return runes;
}

/** Go's strconv.Quote (or QuoteToASCII when `asciiOnly`) of runes from `runesOf`. */
export function quote(s: string | readonly number[], asciiOnly = false): string {
  // Printable ASCII other than `"` and the backslash quotes as itself: most strings charts quote.
  if (typeof s === 'string' && plainAscii.test(s)) return `"${s}"`;
  const runes = typeof s === 'string' ? runesOf(s) : s;
  let out = '"';
  for (const r of runes) out += escapeRune(r, '"', asciiOnly);
  return out + '"';
}

/** Go's strconv.QuoteRune (or QuoteRuneToASCII when `asciiOnly`); an invalid rune quotes as U+FFFD. */
export function quoteRune(r: number, asciiOnly = false): string {
  if (r < 0 || r > maxRune || (r >= 0xd800 && r <= 0xdfff)) r = runeError;
  return `'${escapeRune(r, "'", asciiOnly)}'`;
}

/** Go's strconv.CanBackquote: one line, no control characters but tab, no backquote, no BOM, valid UTF-8. */
export function canBackquote(runes: readonly number[]): boolean {
  return runes.every(
    (r) =>
      r >= 0 &&
      r !== 0xfeff &&
      r !== 0x60 &&
      !(r >= 0xd800 && r <= 0xdfff) &&
      (r >= 0x20 || r === 0x09) &&
      r !== 0x7f,
  );
}

function escapeRune(r: number, quoteChar: string, asciiOnly: boolean): string {
  if (r < 0) return '\\x' + hex(-1 - r, 2);
  const ch = r >= 0 && r <= maxRune ? String.fromCodePoint(r) : '';
  if (ch === quoteChar || ch === '\\') return '\\' + ch;
  if (asciiOnly ? r < 0x80 && isPrint(r) : isPrint(r)) return ch;
  switch (r) {
    case 0x07:
      return '\\a';
    case 0x08:
      return '\\b';
    case 0x0c:
      return '\\f';
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
    case 0x09:
      return '\\t';
    case 0x0b:
      return '\\v';
  }
  if (r < 0x20 || r === 0x7f) return '\\x' + hex(r, 2);
  if (r < 0 || r > maxRune || (r >= 0xd800 && r <= 0xdfff)) r = runeError;
  return r < 0x10000 ? '\\u' + hex(r, 4) : '\\U' + hex(r, 8);
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}
