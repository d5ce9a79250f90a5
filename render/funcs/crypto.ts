// Sprig's hashes, randomness and symmetric encryption (crypto.go, and goutils' CryptoRandom* for
// rand…): sha1sum / sha256sum / sha512sum / adler32sum in Go's texts, uuidv4, randBytes (base64),
// randAlpha / randAlphaNum / randAscii / randNumeric (crypto/rand; a negative count reads as ""),
// derivePassword (Master Password: scrypt N=32768 r=8 p=2, then HMAC-SHA256 picks a template and
// its characters, so it is deterministic), encryptAES / decryptAES (AES-256-CBC, the password
// zero-padded or cut to 32 bytes, PKCS#7 padding, a random IV before the ciphertext, base64).
// Pinned by test/render/funcs/crypto.test.ts and the crypto golden chart.
import { utf8Bytes, goString } from '../go/index.js';
import { nodeCrypto } from './node-crypto.js';
import { randomBytes, randomInt, randomUUID } from './random.js';
import { sha1Hex, sha256Hex } from './sha.js';
import { def, fail, funcMap, num, t, type FuncMap } from './func.js';
import { decodeBase64 } from './encoding.js';

const sha512 = (s: string): string =>
  nodeCrypto().createHash('sha512').update(utf8Bytes(s)).digest('hex');

/** hash/adler32's Checksum of the string's bytes. */
export function adler32(s: string): number {
  let a = 1;
  let b = 0;
  for (const byte of utf8Bytes(s)) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return (b * 65536 + a) >>> 0;
}

const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const digits = '0123456789';

function randomFrom(chars: string, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += chars[randomInt(chars.length)];
  return out;
}

const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

const templates: Record<string, readonly string[]> = {
  maximum: ['anoxxxxxxxxxxxxxxxxx', 'axxxxxxxxxxxxxxxxxno'],
  long: [
    ...['CvcvnoCvcvCvcv', 'CvcvCvcvnoCvcv', 'CvcvCvcvCvcvno', 'CvccnoCvcvCvcv', 'CvccCvcvnoCvcv'],
    ...['CvccCvcvCvcvno', 'CvcvnoCvccCvcv', 'CvcvCvccnoCvcv', 'CvcvCvccCvcvno', 'CvcvnoCvcvCvcc'],
    ...['CvcvCvcvnoCvcc', 'CvcvCvcvCvccno', 'CvccnoCvccCvcv', 'CvccCvccnoCvcv', 'CvccCvccCvcvno'],
    ...['CvcvnoCvccCvcc', 'CvcvCvccnoCvcc', 'CvcvCvccCvccno', 'CvccnoCvcvCvcc', 'CvccCvcvnoCvcc'],
    'CvccCvcvCvccno',
  ],
  medium: ['CvcnoCvc', 'CvcCvcno'],
  short: ['Cvcn'],
  basic: ['aaanaaan', 'aannaaan', 'aaannaaa'],
  pin: ['nnnn'],
};

const templateChars: Record<string, string> = {
  V: 'AEIOU',
  C: 'BCDFGHJKLMNPQRSTVWXYZ',
  v: 'aeiou',
  c: 'bcdfghjklmnpqrstvwxyz',
  A: 'AEIOUBCDFGHJKLMNPQRSTVWXYZ',
  a: 'AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz',
  n: '0123456789',
  o: "@&%?,=[]_:-+*$#!'^~;()/.",
  x: 'AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()',
};

const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};

/** Sprig's derivePassword (the Master Password algorithm). */
export function derivePassword(
  counter: number,
  type: string,
  password: string,
  user: string,
  site: string,
): string {
  const template = templates[type];
  if (template === undefined) return `cannot find password template ${type}`;
  const scope = Buffer.from('com.lyndir.masterpassword');
  const userBytes = Buffer.from(user, 'utf8');
  const salt = Buffer.concat([scope, u32(userBytes.length), userBytes]);
  const key = nodeCrypto().scryptSync(Buffer.from(password, 'utf8'), salt, 64, {
    N: 32768,
    r: 8,
    p: 2,
    maxmem: 64 * 1024 * 1024,
  });
  const siteBytes = Buffer.from(site, 'utf8');
  const seed = nodeCrypto()
    .createHmac('sha256', key)
    .update(Buffer.concat([scope, u32(siteBytes.length), siteBytes, u32(counter)]))
    .digest();
  const chosen = template[seed[0]! % template.length]!;
  return Array.from(chosen, (c, i) => {
    const chars = templateChars[c]!;
    return chars[seed[i + 1]! % chars.length]!;
  }).join('');
}

const aesKey = (password: string): Buffer => {
  const key = Buffer.alloc(32);
  Buffer.from(password, 'utf8').copy(key);
  return key;
};

function encryptAES(password: string, plaintext: string): string {
  if (plaintext === '') return '';
  const content = Buffer.from(plaintext, 'utf8');
  const pad = 16 - (content.length % 16);
  const iv = nodeCrypto().randomBytes(16);
  const cipher = nodeCrypto()
    .createCipheriv('aes-256-cbc', aesKey(password), iv)
    .setAutoPadding(false);
  const body = cipher.update(Buffer.concat([content, Buffer.alloc(pad, pad)]));
  return Buffer.concat([iv, body, cipher.final()]).toString('base64');
}

// Sprig checks nothing after decoding: short input and bad padding panic as Go's slicing does.
function decryptAES(password: string, crypt64: string): string {
  if (crypt64 === '') return '';
  const crypt = decodeBase64(crypt64);
  if (typeof crypt === 'number') return fail(`illegal base64 data at input byte ${crypt}`);
  if (crypt.length < 16)
    fail(`runtime error: slice bounds out of range [:16] with capacity ${crypt.length}`);
  const body = crypt.subarray(16);
  if (body.length % 16 !== 0) fail('crypto/cipher: input not full blocks');
  const decipher = nodeCrypto().createDecipheriv(
    'aes-256-cbc',
    aesKey(password),
    crypt.subarray(0, 16),
  );
  const plain = Buffer.concat([decipher.setAutoPadding(false).update(body), decipher.final()]);
  if (plain.length === 0) fail('runtime error: index out of range [-1]');
  const end = plain.length - plain[plain.length - 1]!;
  if (end < 0) fail(`runtime error: slice bounds out of range [:${end}]`);
  return goString(plain.subarray(0, end));
}

/** The hash, randomness and encryption family (bcrypt, htpasswd and certificates are elsewhere). */
export function cryptoFuncs(): FuncMap {
  const { string: s, int: i } = t;
  const rand = (chars: string) => (n: Parameters<typeof num>[0]) =>
    num(n) < 0 ? '' : randomFrom(chars, num(n));
  return funcMap([
    def('sha1sum', [s], s, (x) => sha1Hex(utf8Bytes(x as string))),
    def('sha256sum', [s], s, (x) => sha256Hex(utf8Bytes(x as string))),
    def('sha512sum', [s], s, (x) => sha512(x as string)),
    def('adler32sum', [s], s, (x) => String(adler32(x as string))),
    def('uuidv4', [], s, () => randomUUID()),
    def(
      'randBytes',
      [i],
      s,
      (n) =>
        num(n) < 0
          ? fail('runtime error: makeslice: len out of range')
          : Buffer.from(randomBytes(num(n))).toString('base64'),
      { returnsError: true },
    ),
    def('randAlphaNum', [i], s, rand(letters + digits)),
    def('randAlpha', [i], s, rand(letters)),
    def('randAscii', [i], s, rand(ascii)),
    def('randNumeric', [i], s, rand(digits)),
    def('derivePassword', [t.uint32, s, s, s, s], s, (c, ty, p, u, site) =>
      derivePassword(num(c), ty as string, p as string, u as string, site as string),
    ),
    def('encryptAES', [s, s], s, (p, x) => encryptAES(p as string, x as string), {
      returnsError: true,
    }),
    def('decryptAES', [s, s], s, (p, x) => decryptAES(p as string, x as string), {
      returnsError: true,
    }),
  ]);
}
