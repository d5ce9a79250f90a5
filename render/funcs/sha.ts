// SHA-1 and SHA-256 (FIPS 180-4) of short inputs, for sha1sum and sha256sum. Charts hash small
// texts (a rendered ConfigMap for a checksum annotation), and loading node:crypto for them costs
// more than hashing them: 3–5 ms on Node 20–24, and 9 ms when V8 flags keep Node from using its
// compiled code for the module (cli/launcher.ts). Hashing here runs in V8's interpreter at first,
// about 2.5 MB/s (5 KB in 1.8 ms), so a long input, or any input once this process has hashed
// `jsBudget` bytes, goes to node:crypto. The digest is the same either way.
// Pinned by test/render/funcs/sha.test.ts against node:crypto.
import { nodeCrypto } from './node-crypto.js';

/** Inputs of at least this many bytes are hashed by node:crypto. */
export const nativeFrom = 4096;
/** Bytes hashed here, in all, before every later input goes to node:crypto. */
export const jsBudget = 16 * 1024;
let hashedHere = 0;

// Whether to hash `bytes` here (and count them) rather than with node:crypto.
function hashHere(bytes: Uint8Array): boolean {
  if (bytes.length >= nativeFrom || hashedHere >= jsBudget) return false;
  hashedHere += bytes.length;
  return true;
}

const hex = Array.from({ length: 256 }, (_, i) => (i < 16 ? '0' : '') + i.toString(16));

function toHex(words: Uint32Array | Int32Array, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    const w = words[i]!;
    out +=
      hex[(w >>> 24) & 0xff]! + hex[(w >>> 16) & 0xff]! + hex[(w >>> 8) & 0xff]! + hex[w & 0xff]!;
  }
  return out;
}

// The message padded as both algorithms pad it: a 1 bit, zeros, and the bit length big-endian
// in the last 8 bytes of a 64-byte block; returned as big-endian 32-bit words.
function paddedWords(bytes: Uint8Array): Int32Array {
  const blocks = ((bytes.length + 8) >>> 6) + 1;
  const words = new Int32Array(blocks * 16);
  const n = bytes.length;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    words[i >>> 2] =
      (bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!;
  }
  for (; i < n; i++) words[i >>> 2]! |= bytes[i]! << (24 - 8 * (i & 3));
  words[n >>> 2]! |= 0x80 << (24 - 8 * (n & 3));
  const bits = n * 8;
  words[words.length - 2] = Math.floor(bits / 0x100000000);
  words[words.length - 1] = bits >>> 0;
  return words;
}

const k256 = Int32Array.from(
  [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
  ],
  (x) => x | 0,
);

/** The SHA-256 digest of `bytes`, in lower-case hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return hashHere(bytes) ? sha256Js(bytes) : nativeHex('sha256', bytes);
}

/** The SHA-1 digest of `bytes`, in lower-case hex. */
export function sha1Hex(bytes: Uint8Array): string {
  return hashHere(bytes) ? sha1Js(bytes) : nativeHex('sha1', bytes);
}

const nativeHex = (algo: string, bytes: Uint8Array): string =>
  nodeCrypto().createHash(algo).update(bytes).digest('hex');

/** SHA-256 computed here, whatever the length. */
export function sha256Js(bytes: Uint8Array): string {
  const m = paddedWords(bytes);
  const w = new Int32Array(64);
  const h = Int32Array.of(
    0x6a09e667,
    0xbb67ae85 | 0,
    0x3c6ef372,
    0xa54ff53a | 0,
    0x510e527f,
    0x9b05688c | 0,
    0x1f83d9ab,
    0x5be0cd19,
  );
  for (let off = 0; off < m.length; off += 16) {
    for (let t = 0; t < 16; t++) w[t] = m[off + t]!;
    for (let t = 16; t < 64; t++) {
      const a = w[t - 15]!;
      const b = w[t - 2]!;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
    }
    let a = h[0]!;
    let b = h[1]!;
    let c = h[2]!;
    let d = h[3]!;
    let e = h[4]!;
    let f = h[5]!;
    let g = h[6]!;
    let hh = h[7]!;
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + k256[t]! + w[t]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = h[0]! + a;
    h[1] = h[1]! + b;
    h[2] = h[2]! + c;
    h[3] = h[3]! + d;
    h[4] = h[4]! + e;
    h[5] = h[5]! + f;
    h[6] = h[6]! + g;
    h[7] = h[7]! + hh;
  }
  return toHex(h, 8);
}

/** SHA-1 computed here, whatever the length. */
export function sha1Js(bytes: Uint8Array): string {
  const m = paddedWords(bytes);
  const w = new Int32Array(80);
  const h = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0);
  for (let off = 0; off < m.length; off += 16) {
    for (let t = 0; t < 16; t++) w[t] = m[off + t]!;
    for (let t = 16; t < 80; t++) {
      const x = w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!;
      w[t] = (x << 1) | (x >>> 31);
    }
    let a = h[0]!;
    let b = h[1]!;
    let c = h[2]!;
    let d = h[3]!;
    let e = h[4]!;
    for (let t = 0; t < 80; t++) {
      let f: number;
      let k: number;
      if (t < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (t < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (t < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc | 0;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6 | 0;
      }
      const temp = (((a << 5) | (a >>> 27)) + f + e + k + w[t]!) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    h[0] = h[0]! + a;
    h[1] = h[1]! + b;
    h[2] = h[2]! + c;
    h[3] = h[3]! + d;
    h[4] = h[4]! + e;
  }
  return toHex(h, 5);
}
