// Sprig's b64enc/b64dec/b32enc/b32dec: Go's StdEncoding with padding. A decoding error is
// returned as the result text ("illegal base64 data at input byte N"), at the byte Go reports.
// Pinned by test/render/funcs/encoding.test.ts and the encoding golden chart.
import { utf8Bytes, goString } from '../go/index.js';
import { def, funcMap, t, type FuncMap } from './func.js';

const b32alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const b64alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Go's base64.StdEncoding.DecodeString, or the offset of the first corrupt byte. */
export function decodeBase64(s: string): Uint8Array | number {
  const src = utf8Bytes(s);
  let si = 0;
  const out: number[] = [];
  const isNL = (b: number | undefined): boolean => b === 0x0a || b === 0x0d;
  for (;;) {
    const buf: number[] = [];
    let j = 0;
    let done = false;
    for (; j < 4; j++) {
      if (si === src.length) {
        if (j === 0) return Uint8Array.from(out);
        return si - j;
      }
      const c = src[si++]!;
      const v = b64alphabet.indexOf(String.fromCharCode(c));
      if (c < 0x80 && v >= 0) {
        buf.push(v);
        continue;
      }
      if (isNL(c)) {
        j--;
        continue;
      }
      if (c !== 0x3d || j < 2) return si - 1;
      if (j === 2) {
        while (si < src.length && isNL(src[si])) si++;
        if (si === src.length) return src.length;
        if (src[si] !== 0x3d) return si - 1;
        si++;
      }
      while (si < src.length && isNL(src[si])) si++;
      if (si < src.length) return si;
      done = true;
      break;
    }
    const n = (buf[0]! << 18) | ((buf[1] ?? 0) << 12) | ((buf[2] ?? 0) << 6) | (buf[3] ?? 0);
    const bytes = [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
    out.push(...bytes.slice(0, buf.length - 1));
    if (done) return Uint8Array.from(out);
  }
}

/** Go's base32.StdEncoding.DecodeString (newlines stripped first), or the corrupt offset. */
export function decodeBase32(s: string): Uint8Array | number {
  const src = utf8Bytes(s).filter((b) => b !== 0x0a && b !== 0x0d);
  const olen = src.length;
  const out: number[] = [];
  let p = 0;
  let end = false;
  while (p < olen && !end) {
    const buf: number[] = [];
    for (let j = 0; j < 8;) {
      if (p === olen) return olen - j;
      const c = src[p++]!;
      const rest = olen - p;
      if (c === 0x3d && j >= 2 && rest < 8) {
        if (rest + j < 7) return olen;
        for (let k = 0; k < 7 - j; k++) if (rest > k && src[p + k] !== 0x3d) return p + k - 1;
        if (j === 1 || j === 3 || j === 6) return p - 1;
        end = true;
        break;
      }
      const v = c < 0x80 ? b32alphabet.indexOf(String.fromCharCode(c)) : -1;
      if (v < 0) return p - 1;
      buf.push(v);
      j++;
    }
    let bits = 0n;
    for (let i = 0; i < 8; i++) bits = (bits << 5n) | BigInt(buf[i] ?? 0);
    const bytes = Array.from({ length: 5 }, (_, i) => Number((bits >> BigInt(32 - 8 * i)) & 0xffn));
    out.push(...bytes.slice(0, Math.floor((buf.length * 5) / 8)));
  }
  return Uint8Array.from(out);
}

function base32(s: string): string {
  const b = utf8Bytes(s);
  let out = '';
  for (let i = 0; i < b.length; i += 5) {
    const chunk = b.subarray(i, i + 5);
    let bits = 0n;
    for (let k = 0; k < 5; k++) bits = (bits << 8n) | BigInt(chunk[k] ?? 0);
    const chars = Math.ceil((chunk.length * 8) / 5);
    for (let k = 0; k < 8; k++) {
      out += k < chars ? b32alphabet[Number((bits >> BigInt(35 - 5 * k)) & 31n)] : '=';
    }
  }
  return out;
}

const decoded = (r: Uint8Array | number, name: string): string =>
  typeof r === 'number' ? `illegal ${name} data at input byte ${r}` : goString(r);

/** The encoding family. */
export function encodingFuncs(): FuncMap {
  const s = t.string;
  return funcMap([
    def('b64enc', [s], s, (x) => Buffer.from(utf8Bytes(x as string)).toString('base64')),
    def('b64dec', [s], s, (x) => decoded(decodeBase64(x as string), 'base64')),
    def('b32enc', [s], s, (x) => base32(x as string)),
    def('b32dec', [s], s, (x) => decoded(decodeBase32(x as string), 'base32')),
  ]);
}
