// node:crypto on first use. Loading it costs a few milliseconds of start-up, and most renders
// call no function that needs it: keys, certificates, bcrypt, AES and sha512sum do; short hashes
// (sha.ts) and random values (random.ts) are made without it.
type Crypto = typeof import('node:crypto');

let loaded: Crypto | undefined;

/** The node:crypto module, loaded when first asked for. */
export function nodeCrypto(): Crypto {
  return (loaded ??= process.getBuiltinModule('node:crypto'));
}

/** Whether node:crypto has been loaded by this process's renders (for tests). */
export function nodeCryptoLoaded(): boolean {
  return loaded !== undefined;
}
