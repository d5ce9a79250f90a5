// node:crypto on first use. Loading it costs a few milliseconds of start-up, and most renders
// call no function that needs it (hashes, random values, keys and certificates do).
type Crypto = typeof import('node:crypto');

let loaded: Crypto | undefined;

/** The node:crypto module, loaded when first asked for. */
export function nodeCrypto(): Crypto {
  return (loaded ??= process.getBuiltinModule('node:crypto'));
}
