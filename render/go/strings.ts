// Go's view of a string: a sequence of UTF-8 bytes. JS strings are UTF-16, so byte lengths,
// byte slicing and Go's ordering (bytewise, which is code point order) are computed here.
const encoder = new TextEncoder();

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

/** The UTF-8 bytes of a string: Go's view of it for len, slicing and %x. */
export function utf8Bytes(s: string): Uint8Array {
  return encoder.encode(s);
}
