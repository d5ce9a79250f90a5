// bcrypt as golang.org/x/crypto/bcrypt's GenerateFromPassword makes it for Sprig's bcrypt and
// htpasswd: version 2a, cost 10, a random 16-byte salt, the password with its trailing NUL as
// the key (as C bcrypt does), 64 rounds of Blowfish over "OrpheanBeholderScryDoubt", 23 of its
// 24 bytes in bcrypt's base64. Blowfish's initial P-array and S-boxes are the fractional hex
// digits of pi, which we compute once (Machin's formula) rather than carry a 1042-word table.
// Pinned by test/render/funcs/bcrypt.test.ts, which re-derives hashes that Helm made.
import { nodeCrypto } from './node-crypto.js';

const words = 18 + 4 * 256;
let pi: Uint32Array | undefined;

// arctan(1/x) scaled by 2^bits.
function arctanInv(x: bigint, bits: bigint): bigint {
  const x2 = x * x;
  let term = (1n << bits) / x;
  let sum = term;
  for (let k = 1n; term !== 0n; k++) {
    term /= x2;
    sum += (k % 2n === 1n ? -term : term) / (2n * k + 1n);
  }
  return sum;
}

// The first `words` 32-bit words of pi's fraction: P1 = 0x243f6a88, and so on.
function piWords(): Uint32Array {
  if (pi !== undefined) return pi;
  const bits = BigInt(words * 32 + 64);
  const scaled = 16n * arctanInv(5n, bits) - 4n * arctanInv(239n, bits);
  const frac = (scaled - (3n << bits)) >> 64n;
  pi = new Uint32Array(words);
  for (let i = 0; i < words; i++) {
    pi[i] = Number((frac >> BigInt((words - 1 - i) * 32)) & 0xffffffffn);
  }
  return pi;
}

class Blowfish {
  readonly p: Uint32Array;
  readonly s: Uint32Array;

  constructor() {
    const init = piWords();
    this.p = init.slice(0, 18);
    this.s = init.slice(18);
  }

  private f(x: number): number {
    const s = this.s;
    return (
      ((((s[x >>> 24]! + s[256 + ((x >>> 16) & 0xff)]!) | 0) ^ s[512 + ((x >>> 8) & 0xff)]!) +
        s[768 + (x & 0xff)]!) |
      0
    );
  }

  encrypt(l: number, r: number): [number, number] {
    const p = this.p;
    l ^= p[0]!;
    for (let i = 1; i < 16; i += 2) {
      r ^= this.f(l) ^ p[i]!;
      l ^= this.f(r) ^ p[i + 1]!;
    }
    r ^= p[17]!;
    return [r >>> 0, l >>> 0];
  }

  // ExpandKey, or with a salt Blowfish's salted expansion (the salt XORed into each block).
  expand(key: Uint8Array, salt?: Uint8Array): void {
    let kj = 0;
    let sj = 0;
    const word = (b: Uint8Array, at: { j: number }): number => {
      let w = 0;
      for (let i = 0; i < 4; i++) {
        w = (w << 8) | b[at.j]!;
        at.j = (at.j + 1) % b.length;
      }
      return w >>> 0;
    };
    const k = { j: kj };
    for (let i = 0; i < 18; i++) this.p[i] = (this.p[i]! ^ word(key, k)) >>> 0;
    kj = k.j;
    const st = { j: sj };
    let l = 0;
    let r = 0;
    const next = (): void => {
      if (salt !== undefined) {
        l ^= word(salt, st);
        r ^= word(salt, st);
      }
      [l, r] = this.encrypt(l, r);
    };
    for (let i = 0; i < 18; i += 2) {
      next();
      this.p[i] = l;
      this.p[i + 1] = r;
    }
    for (let i = 0; i < 1024; i += 2) {
      next();
      this.s[i] = l;
      this.s[i + 1] = r;
    }
    sj = st.j;
  }
}

const alphabet = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const std = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** bcrypt's base64: the standard encoding with its own alphabet, unpadded. */
export function bcryptBase64(b: Uint8Array): string {
  return Buffer.from(b)
    .toString('base64')
    .replace(/=+$/, '')
    .replace(/[A-Za-z0-9+/]/g, (c) => alphabet[std.indexOf(c)]!);
}

function bcryptUnbase64(s: string): Uint8Array {
  const standard = s.replace(/[./A-Za-z0-9]/g, (c) => std[alphabet.indexOf(c)]!);
  return Buffer.from(standard, 'base64');
}

const magic = Buffer.from('OrpheanBeholderScryDoubt');

/** The bcrypt hash of a password with the given 16-byte salt and cost, as `$2a$CC$…`. */
export function bcryptWithSalt(password: Uint8Array, salt: Uint8Array, cost = 10): string {
  const key = new Uint8Array(password.length + 1);
  key.set(password);
  const bf = new Blowfish();
  bf.expand(key, salt);
  for (let i = 0; i < 1 << cost; i++) {
    bf.expand(key);
    bf.expand(salt);
  }
  const data = new Uint32Array(6);
  for (let i = 0; i < 6; i++) data[i] = magic.readUInt32BE(i * 4);
  for (let i = 0; i < 6; i += 2) {
    for (let j = 0; j < 64; j++) [data[i], data[i + 1]] = bf.encrypt(data[i]!, data[i + 1]!);
  }
  const out = Buffer.alloc(24);
  data.forEach((w, i) => out.writeUInt32BE(w, i * 4));
  return `$2a$${String(cost).padStart(2, '0')}$${bcryptBase64(salt)}${bcryptBase64(out.subarray(0, 23))}`;
}

/** The salt (16 bytes) and cost of a `$2a$`/`$2b$` hash, to re-derive it. */
export function bcryptSalt(hash: string): { salt: Uint8Array; cost: number } {
  const m = /^\$2[ab]?\$(\d\d)\$([./A-Za-z0-9]{22})/.exec(hash);
  if (m === null) throw new Error(`not a bcrypt hash: ${hash}`);
  return { salt: bcryptUnbase64(m[2]!).subarray(0, 16), cost: Number(m[1]) };
}

/** GenerateFromPassword at the default cost, or its error text (passwords over 72 bytes). */
export function bcrypt(password: Uint8Array): string {
  if (password.length > 72) throw new RangeError('bcrypt: password length exceeds 72 bytes');
  return bcryptWithSalt(password, nodeCrypto().randomBytes(16));
}
