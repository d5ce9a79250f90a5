// Cryptographically secure random values for the rand… functions, uuidv4 and shuffle, as Go's
// crypto/rand gives them: bytes from the kernel's generator (/dev/urandom, what getrandom(2)
// serves), read a pool at a time with node:fs. node:crypto would serve the same bytes, but
// loading it costs 3–9 ms (sha.ts says why), more than a whole render of a small chart spends
// on randomness. Where /dev/urandom cannot be read (Windows), node:crypto serves them.
import { closeSync, openSync, readSync } from 'node:fs';
import { nodeCrypto } from './node-crypto.js';

const pool = new Uint8Array(256);
let at = pool.length;
let urandom: boolean | undefined;

// Fills `into` from /dev/urandom; returns how many bytes it filled (all, or none when the device
// cannot be read, which then stays unused).
function readUrandom(into: Uint8Array): number {
  try {
    const fd = openSync('/dev/urandom', 'r');
    try {
      let got = 0;
      while (got < into.length) got += readSync(fd, into, got, into.length - got, null);
    } finally {
      closeSync(fd);
    }
    urandom = true;
    return into.length;
  } catch {
    urandom = false;
    return 0;
  }
}

function refill(): void {
  if (urandom === false || readUrandom(pool) === 0) nodeCrypto().randomFillSync(pool);
  at = 0;
}

/** `n` random bytes. */
export function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let i = 0;
  // A long run is read straight into the result.
  if (n > pool.length && urandom !== false) i = readUrandom(out);
  for (; i < n; i++) {
    if (at === pool.length) refill();
    out[i] = pool[at++]!;
  }
  return out;
}

const two48 = 2 ** 48;

/**
 * A uniformly random integer in [0, max), for 0 < max ≤ 2^48 (as node:crypto's randomInt):
 * 48 random bits, drawn again when they fall in the incomplete last run of `max` values.
 */
export function randomInt(max: number): number {
  if (!Number.isSafeInteger(max) || max <= 0 || max > two48) {
    throw new RangeError(`randomInt: bound ${max} is not in (0, 2^48]`);
  }
  const limit = two48 - (two48 % max);
  for (;;) {
    const b = randomBytes(6);
    const x =
      (b[0]! * 256 + b[1]!) * 2 ** 32 +
      (((b[2]! << 24) | (b[3]! << 16) | (b[4]! << 8) | b[5]!) >>> 0);
    if (x < limit) return x % max;
  }
}

const two64 = 1n << 64n;

/** A uniformly random integer in [0, max), for 0 < max ≤ 2^64: 64 bits, redrawn the same way. */
export function randomBelow(max: bigint): bigint {
  if (max <= 0n || max > two64)
    throw new RangeError(`randomBelow: bound ${max} is not in (0, 2^64]`);
  const limit = two64 - (two64 % max);
  for (;;) {
    let x = 0n;
    for (const byte of randomBytes(8)) x = (x << 8n) | BigInt(byte);
    if (x < limit) return x % max;
  }
}

/** A random (version 4, RFC 9562) UUID in its canonical text. */
export function randomUUID(): string {
  const b = randomBytes(16);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  let s = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) s += '-';
    s += (b[i]! < 16 ? '0' : '') + b[i]!.toString(16);
  }
  return s;
}
