// Go's view of a string: a sequence of bytes, usually UTF-8. JS strings are UTF-16, so byte
// lengths, byte slicing and Go's ordering (bytewise, which is code point order) are computed here.
//
// A Go string may hold any bytes (`.Files.Get` of a binary file, `b64dec`, a byte cut through a
// character), and they must come out unchanged (`.Files.Get "x.bz2" | b64enc`, the rendered
// output). goString keeps each byte that is not part of valid UTF-8 as a lone surrogate,
// U+DC00 + byte (U+DC80–U+DCFF, as Python's surrogateescape), and utf8Bytes turns such a
// surrogate back into its byte. Valid UTF-8 never decodes to a lone surrogate, and Go has no way
// to make one, so the two readings cannot be confused.
import { isUtf8 } from 'node:buffer';

const encoder = new TextEncoder();
// A leading byte order mark is a character to Go, not something to drop.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
// A kept raw byte: a low surrogate U+DC80–U+DCFF that is not the second half of a pair.
const rawByte = /(?<![\ud800-\udbff])[\udc80-\udcff]/;

/** Go's string order (bytewise UTF-8, i.e. code point order): sorted map keys, `lt` on strings. */
export function compareGoStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // A surrogate stands for a code point above U+FFFF, above every BMP character.
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      return xs === ys ? x - y : xs ? 1 : -1;
    }
  }
  return a.length - b.length;
}

/** The bytes of a Go string (UTF-8, raw bytes kept): Go's view of it for len, slicing and %x. */
export function utf8Bytes(s: string): Uint8Array {
  if (!rawByte.test(s)) return encoder.encode(s);
  // The text between kept bytes is encoded as it is; each kept byte becomes its byte.
  const parts: Uint8Array[] = [];
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc80 && c <= 0xdcff && !isHighSurrogate(s.charCodeAt(i - 1))) {
      parts.push(encoder.encode(s.slice(run, i)), Uint8Array.of(c - 0xdc00));
      run = i + 1;
    }
  }
  parts.push(encoder.encode(s.slice(run)));
  return Buffer.concat(parts);
}

/** Bytes as a Go string: UTF-8 decoded, each byte outside valid UTF-8 kept as U+DC00 + byte. */
export function goString(bytes: Uint8Array): string {
  if (isUtf8(bytes)) return decoder.decode(bytes);
  let out = '';
  let run = 0; // start of the pending valid run
  let i = 0;
  while (i < bytes.length) {
    const [r, size] = decodeRune(bytes, i);
    if (r < 0) {
      out += decoder.decode(bytes.subarray(run, i)) + String.fromCharCode(0xdc00 + bytes[i]!);
      run = i + 1;
    }
    i += size;
  }
  return out + decoder.decode(bytes.subarray(run));
}

/** The byte a one-character string stands for when it is a kept raw byte, else undefined. */
export function keptByte(ch: string): number | undefined {
  const c = ch.charCodeAt(0);
  return ch.length === 1 && c >= 0xdc80 && c <= 0xdcff ? c - 0xdc00 : undefined;
}

/**
 * Go's utf8.DecodeRune: a valid sequence (no overlong forms, no surrogates, at most U+10FFFF) as
 * [rune, size], or one invalid byte as [-1 - byte, 1].
 */
export function decodeRune(b: Uint8Array, i: number): [number, number] {
  const c0 = b[i] ?? 0;
  if (c0 < 0x80) return [c0, 1];
  const invalid: [number, number] = [-1 - c0, 1];
  const size = c0 >= 0xf0 ? 4 : c0 >= 0xe0 ? 3 : c0 >= 0xc2 ? 2 : 0;
  if (size === 0 || c0 > 0xf4 || i + size > b.length) return invalid;
  let r = c0 & (0xff >> (size + 1));
  for (let k = 1; k < size; k++) {
    const c = b[i + k] ?? 0;
    if ((c & 0xc0) !== 0x80) return invalid;
    r = (r << 6) | (c & 0x3f);
  }
  const min = size === 2 ? 0x80 : size === 3 ? 0x800 : 0x10000;
  if (r < min || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) return invalid;
  return [r, size];
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
