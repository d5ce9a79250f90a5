// Go strings are bytes, usually UTF-8, and Sprig indexes them by byte (trunc, substr, abbrev,
// wrap, initials); JS strings are UTF-16. These helpers do byte arithmetic on Go's bytes, with
// render/go's model of raw bytes (a cut inside a multi-byte character keeps its bytes, as in Go).
import { goString, utf8Bytes } from '../go/index.js';

/** Go's len(s): the length in bytes. */
export function byteLength(s: string): number {
  return isAscii(s) ? s.length : utf8Bytes(s).length;
}

/** Go's s[start:end] on bytes; the caller has checked the bounds. */
export function byteSlice(s: string, start: number, end?: number): string {
  if (isAscii(s)) return s.slice(start, end);
  return goString(utf8Bytes(s).subarray(start, end));
}

/** Whether every character is ASCII, so that byte and UTF-16 offsets agree. */
export function isAscii(s: string): boolean {
  return /^[\x00-\x7f]*$/.test(s);
}

/** Go's panic text for s[lo:hi] out of range on a string or slice of length len, or undefined. */
export function sliceBoundsError(lo: number, hi: number, len: number): string | undefined {
  const prefix = 'runtime error: slice bounds out of range';
  if (hi < 0) return `${prefix} [:${hi}]`;
  if (hi > len) return `${prefix} [:${hi}] with length ${len}`;
  if (lo < 0) return `${prefix} [${lo}:]`;
  if (lo > hi) return `${prefix} [${lo}:${hi}]`;
  return undefined;
}

/** The runes (code points) of a string, as Go's []rune(s). */
export function runes(s: string): number[] {
  return Array.from(s, (c) => c.codePointAt(0)!);
}

/** A string from runes, as Go's string(runes). */
export function fromRunes(rs: readonly number[]): string {
  let out = '';
  for (const r of rs) out += String.fromCodePoint(r);
  return out;
}

/** Go's utf8.EncodeRune of a single byte value read as a rune (`rune(str[i])`), as goutils writes it. */
export function byteAsRune(b: number): string {
  return String.fromCharCode(b);
}
