// Sprig's private keys (crypto.go): generatePrivateKey (RSA 4096, DSA L2048N256, ECDSA P-256,
// Ed25519), pemBlockForKey (PKCS#1 "RSA PRIVATE KEY", SEC 1 "EC PRIVATE KEY", Sprig's own
// "DSA PRIVATE KEY" sequence {0, P, Q, G, Y, X}, PKCS#8 "PRIVATE KEY" for the rest) and
// parsePrivateKeyPEM, whose errors are Go's crypto/x509 parse errors behind Sprig's prefixes.
// Go's DER parsers are reproduced only as far as telling the three key structures apart (so
// that a key under the wrong PEM type gets Go's "use ParseXXX instead" hint) and the first
// tag mismatch; deeper malformations get a shorter text (render/funcs/README.md).
// Pinned by test/render/funcs/certs.test.ts.
import type { KeyObject } from 'node:crypto';
import {
  children,
  integer,
  integerValue,
  oidText,
  readElement,
  sequence,
  tag,
  type Element,
} from './der.js';
import { nodeCrypto } from './node-crypto.js';
import { decodePem, encodePem } from './pem.js';

/** What a parsed or generated key is, in Go's terms. */
export type KeyKind = 'rsa' | 'ecdsa' | 'ed25519' | 'x25519' | 'dsa';

/** A private key: node's KeyObject, or for DSA (which node cannot import from Sprig's format) its numbers. */
export type PrivateKey =
  | { readonly kind: Exclude<KeyKind, 'dsa'>; readonly key: KeyObject }
  | { readonly kind: 'dsa'; readonly dsa: readonly bigint[] };

/** A key that node holds (every kind but DSA). */
export type NodeKey = Extract<PrivateKey, { key: KeyObject }>;

/** The Go type of each kind's public key, as `%T` prints it in x509's errors. */
export const publicKeyGoType: Record<KeyKind, string> = {
  rsa: '*rsa.PublicKey',
  ecdsa: '*ecdsa.PublicKey',
  ed25519: 'ed25519.PublicKey',
  x25519: '*ecdh.PublicKey',
  dsa: '*dsa.PublicKey',
};

/** An error from parsing a key or certificate, in Go's words. */
export class KeyError extends Error {}

const oids = {
  rsa: '1.2.840.113549.1.1.1',
  ec: '1.2.840.10045.2.1',
  ed25519: '1.3.101.112',
  x25519: '1.3.101.110',
};

/** Go's named curves (crypto/x509 namedCurveFromOID). */
export const goCurves: ReadonlyMap<string, string> = new Map([
  ['1.3.132.0.33', 'P-224'],
  ['1.2.840.10045.3.1.7', 'P-256'],
  ['1.3.132.0.34', 'P-384'],
  ['1.3.132.0.35', 'P-521'],
]);

/** Sprig's generatePrivateKey: a PEM key, or Sprig's text for an unknown type. */
export function generatePrivateKey(type: string): string {
  switch (type) {
    case '':
    case 'rsa':
      return pemForKey(newKey('rsa', 4096));
    case 'dsa': {
      const { privateKey } = nodeCrypto().generateKeyPairSync('dsa', {
        modulusLength: 2048,
        divisorLength: 256,
      });
      return pemForKey(dsaFromNode(privateKey));
    }
    case 'ecdsa':
      return pemForKey({
        kind: 'ecdsa',
        key: nodeCrypto().generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey,
      });
    case 'ed25519':
      return pemForKey({
        kind: 'ed25519',
        key: nodeCrypto().generateKeyPairSync('ed25519').privateKey,
      });
    default:
      return 'Unknown type ' + type;
  }
}

/** A new RSA key of `bits` bits (exponent 65537, as Go's rsa.GenerateKey). */
export function newKey(kind: 'rsa', bits: number): PrivateKey {
  return { kind, key: nodeCrypto().generateKeyPairSync('rsa', { modulusLength: bits }).privateKey };
}

// p, q, g and x from node's PKCS#8, y from its SubjectPublicKeyInfo.
function dsaFromNode(key: KeyObject): PrivateKey {
  const p8 = children(readElement(key.export({ type: 'pkcs8', format: 'der' }))!.contents)!;
  const [p, q, g] = children(children(p8[1]!.contents)![1]!.contents)!.map(integerValue);
  const x = integerValue(readElement(p8[2]!.contents)!);
  const spki = children(
    readElement(nodeCrypto().createPublicKey(key).export({ type: 'spki', format: 'der' }))!
      .contents,
  )!;
  const y = integerValue(readElement(spki[1]!.contents.subarray(1))!);
  return { kind: 'dsa', dsa: [p!, q!, g!, y, x] };
}

/** Sprig's pemBlockForKey, encoded. */
export function pemForKey(k: PrivateKey): string {
  switch (k.kind) {
    case 'rsa':
      return encodePem('RSA PRIVATE KEY', k.key.export({ type: 'pkcs1', format: 'der' }));
    case 'ecdsa':
      return encodePem('EC PRIVATE KEY', k.key.export({ type: 'sec1', format: 'der' }));
    case 'dsa':
      return encodePem('DSA PRIVATE KEY', sequence(integer(0n), ...k.dsa.map(integer)));
    default:
      return encodePem('PRIVATE KEY', k.key.export({ type: 'pkcs8', format: 'der' }));
  }
}

/** The DER SubjectPublicKeyInfo of a key node can hold. */
export function publicKeyInfo(k: NodeKey): Uint8Array {
  return nodeCrypto().createPublicKey(k.key).export({ type: 'spki', format: 'der' });
}

/** Sprig's parsePrivateKeyPEM; throws KeyError with Sprig's and Go's text. */
export function parsePrivateKeyPem(text: string): PrivateKey {
  const block = decodePem(text);
  if (block === undefined) throw new KeyError('no PEM data in input');
  const der = block.bytes;
  const wrap = (prefix: string, f: () => PrivateKey): PrivateKey => {
    try {
      return f();
    } catch (e) {
      if (e instanceof KeyError) throw new KeyError(`${prefix}: ${e.message}`);
      throw e;
    }
  };
  if (block.type === 'PRIVATE KEY') return wrap('decoding PEM as PKCS#8', () => parsePkcs8(der));
  if (!block.type.endsWith(' PRIVATE KEY'))
    throw new KeyError(`no private key data in PEM block of type ${block.type}`);
  switch (block.type.slice(0, -12)) {
    case 'RSA':
      return wrap('parsing RSA private key from PEM', () => parsePkcs1(der));
    case 'EC':
      return wrap('parsing EC private key from PEM', () => parseEc(der));
    case 'DSA':
      return wrap('parsing DSA private key from PEM', () => parseDsa(der));
    default:
      throw new KeyError(`invalid private key type ${block.type}`);
  }
}

// The three structures by their first elements, as Go's asn1.Unmarshal would accept them
// (elements after the struct's fields are ignored).
const tagsOf = (der: Uint8Array): number[] | undefined => {
  const outer = readElement(der);
  if (outer === undefined || outer.tag !== tag.sequence) return undefined;
  return children(outer.contents)?.map((e) => e.tag);
};
const starts = (tags: number[] | undefined, want: readonly number[]): boolean =>
  tags !== undefined && want.every((t, i) => tags[i] === t);
const { integer: INT, octetString: OCTETS, sequence: SEQ } = tag;
const isPkcs1 = (der: Uint8Array) => starts(tagsOf(der), [INT, INT, INT, INT, INT, INT]);
const isEc = (der: Uint8Array) => starts(tagsOf(der), [INT, OCTETS]);
const isPkcs8 = (der: Uint8Array) => starts(tagsOf(der), [INT, SEQ, OCTETS]);
const hint = (name: string) =>
  new KeyError(`x509: failed to parse private key (use ${name} instead for this key format)`);

// encoding/asn1's error for a value that is not the SEQUENCE a struct needs; a shorter text for
// malformations further in.
function asn1Error(der: Uint8Array, name: string): KeyError {
  const first = readElement(der);
  if (first === undefined || first.tag === tag.sequence)
    return new KeyError(`asn1: syntax error: malformed ${name}`);
  const params =
    '{optional:false explicit:false application:false private:false defaultValue:<nil> tag:<nil> stringType:0 timeType:0 set:false omitEmpty:false}';
  const header = first.raw.length - first.contents.length;
  return new KeyError(
    `asn1: structure error: tags don't match (16 vs {class:${first.tag >> 6} tag:${first.tag & 0x1f} length:${first.contents.length} isCompound:${(first.tag & 0x20) !== 0}}) ${params} ${name} @${header}`,
  );
}

function parsePkcs1(der: Uint8Array): PrivateKey {
  if (!isPkcs1(der)) {
    if (isEc(der)) throw hint('ParseECPrivateKey');
    if (isPkcs8(der)) throw hint('ParsePKCS8PrivateKey');
    throw asn1Error(der, 'pkcs1PrivateKey');
  }
  return { kind: 'rsa', key: importKey(der, 'pkcs1', 'x509: invalid RSA private key') };
}

function parseEc(der: Uint8Array): PrivateKey {
  if (!isEc(der)) {
    if (isPkcs8(der)) throw hint('ParsePKCS8PrivateKey');
    if (isPkcs1(der)) throw hint('ParsePKCS1PrivateKey');
    throw new KeyError(
      `x509: failed to parse EC private key: ${asn1Error(der, 'ecPrivateKey').message}`,
    );
  }
  const fields = children(readElement(der)!.contents)!;
  const version = integerValue(fields[0]!);
  if (version !== 1n) throw new KeyError(`x509: unknown EC private key version ${version}`);
  const named = fields.find((e) => e.tag === 0xa0);
  const curve = named && oidOf(readElement(named.contents));
  if (curve === undefined || !goCurves.has(curve))
    throw new KeyError('x509: unknown elliptic curve');
  return { kind: 'ecdsa', key: importKey(der, 'sec1', 'x509: invalid elliptic key') };
}

const oidOf = (e: Element | undefined): string | undefined =>
  e?.tag === tag.oid ? oidText(e.contents) : undefined;

function parsePkcs8(der: Uint8Array): PrivateKey {
  if (!isPkcs8(der)) {
    if (isEc(der)) throw hint('ParseECPrivateKey');
    if (isPkcs1(der)) throw hint('ParsePKCS1PrivateKey');
    throw asn1Error(der, 'pkcs8');
  }
  const [, algo, inner] = children(readElement(der)!.contents)!;
  const [algOid, params] = children(algo!.contents) ?? [];
  const algorithm = oidOf(algOid) ?? '';
  switch (algorithm) {
    case oids.rsa:
      if (!isPkcs1(inner!.contents))
        throw new KeyError('x509: failed to parse RSA private key embedded in PKCS#8');
      return { kind: 'rsa', key: importKey(der, 'pkcs8', 'x509: invalid RSA private key') };
    case oids.ec: {
      const curve = oidOf(params);
      const prefix = 'x509: failed to parse EC private key embedded in PKCS#8';
      if (curve === undefined || !goCurves.has(curve))
        throw new KeyError(`${prefix}: x509: unknown elliptic curve`);
      if (!isEc(inner!.contents)) throw new KeyError(prefix);
      return { kind: 'ecdsa', key: importKey(der, 'pkcs8', prefix) };
    }
    case oids.ed25519:
    case oids.x25519: {
      const name = algorithm === oids.ed25519 ? 'Ed25519' : 'X25519';
      if (params !== undefined) throw new KeyError(`x509: invalid ${name} private key parameters`);
      const kind = algorithm === oids.ed25519 ? 'ed25519' : 'x25519';
      return { kind, key: importKey(der, 'pkcs8', `x509: invalid ${name} private key`) };
    }
    default:
      throw new KeyError(
        `x509: PKCS#8 wrapping contained private key with unknown algorithm: ${algorithm}`,
      );
  }
}

// Go's asn1.Unmarshal into Sprig's DSAKeyFormat: six INTEGERs, the first an int.
function parseDsa(der: Uint8Array): PrivateKey {
  if (!isPkcs1(der)) throw asn1Error(der, 'DSAKeyFormat');
  const [, ...numbers] = children(readElement(der)!.contents)!.slice(0, 6).map(integerValue);
  return { kind: 'dsa', dsa: numbers };
}

function importKey(der: Uint8Array, type: 'pkcs1' | 'sec1' | 'pkcs8', message: string): KeyObject {
  try {
    return nodeCrypto().createPrivateKey({ key: Buffer.from(der), format: 'der', type });
  } catch {
    throw new KeyError(message);
  }
}
