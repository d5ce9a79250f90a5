// Sprig's password hashes (crypto.go): bcrypt (x/crypto's GenerateFromPassword at cost 10; a
// password over 72 bytes gives Sprig's "failed to encrypt…" text, not an error) and htpasswd
// (`user:bcrypt-hash`, or Sprig's text for a username with a colon). Each call draws a new salt,
// so tests re-derive Helm's hashes instead of comparing (test/render/funcs/bcrypt.test.ts).
import { utf8Bytes } from '../go/index.js';
import { bcrypt } from './bcrypt.js';
import { def, funcMap, t, type FuncMap } from './func.js';

function hash(input: string): string {
  try {
    return bcrypt(utf8Bytes(input));
  } catch (e) {
    if (e instanceof RangeError) return `failed to encrypt string with bcrypt: ${e.message}`;
    throw e;
  }
}

/** The bcrypt and htpasswd functions. */
export function passwordFuncs(): FuncMap {
  const s = t.string;
  return funcMap([
    def('bcrypt', [s], s, (x) => hash(x as string)),
    def('htpasswd', [s, s], s, (user, password) =>
      (user as string).includes(':')
        ? `invalid username: ${user as string}`
        : `${user as string}:${hash(password as string)}`,
    ),
  ]);
}
