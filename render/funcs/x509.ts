// Go's crypto/x509 CreateCertificate for the templates Sprig builds, and as much of
// ParseCertificate as signing under a parent needs. The certificate is what Go writes: version 3,
// the serial as a minimal INTEGER, the signature algorithm of the signer's key (SHA256-RSA with a
// NULL parameter; ECDSA with SHA-256 for P-224 and P-256, SHA-384, SHA-512; Ed25519), the
// issuer copied from the parent's raw subject, validity in whole seconds (UTCTime for 1950–2049,
// else GeneralizedTime), a subject holding only the common name (none when it is empty), and the
// extensions in Go's order: key usage (critical), extended key usage, basic constraints
// (critical), subject key id (CA certificates only: SHA-1 of the public key bits under Go 1.23,
// Helm 3; SHA-256 cut to 20 bytes since Go 1.25, Helm 4), authority key id (the parent's subject
// key id when issuer and subject differ), subject alternative names (DNS names, then IPs;
// critical when the subject is empty). Pinned by test/render/funcs/certs.test.ts, which compares
// the structure with Helm's certificates.
import type { KeyObject } from 'node:crypto';
import { quote } from '../go/quote.js';
import {
  bitString,
  bitStringOfLength,
  booleanTrue,
  children,
  explicit,
  goString,
  goTime,
  integer,
  nullValue,
  octetString,
  oid,
  oidText,
  readElement,
  sequence,
  tag,
  tlv,
  type Element,
} from './der.js';
import { nodeCrypto } from './node-crypto.js';
import {
  goCurves,
  KeyError,
  publicKeyGoType,
  publicKeyInfo,
  type NodeKey,
  type PrivateKey,
} from './private-keys.js';

/** What Sprig's getBaseCertTemplate and its callers put in a certificate. */
export interface CertTemplate {
  readonly commonName: string;
  readonly serial: bigint;
  /** NotBefore and NotAfter, in nanoseconds since the epoch. */
  readonly notBefore: bigint;
  readonly notAfter: bigint;
  readonly dnsNames: readonly string[];
  /** IP addresses as net.IP holds them (16 bytes; IPv4 is written in 4). */
  readonly ips: readonly Uint8Array[];
  readonly isCA: boolean;
}

/** What signing under a parsed certificate needs from it. */
export interface ParentCert {
  readonly rawSubject: Uint8Array;
  readonly subjectKeyId: Uint8Array | undefined;
  /** Its SubjectPublicKeyInfo, when Go knows the key's algorithm. */
  readonly publicKeyInfo: Uint8Array | undefined;
}

const oids = {
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  basicConstraints: '2.5.29.19',
  subjectKeyId: '2.5.29.14',
  authorityKeyId: '2.5.29.35',
  subjectAltName: '2.5.29.17',
  commonName: '2.5.4.3',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
};

// Public key algorithms Go's ParseCertificate knows (RSA, DSA, ECDSA, Ed25519, X25519).
const knownKeyAlgorithms = new Set([
  '1.2.840.113549.1.1.1',
  '1.2.840.10040.4.1',
  '1.2.840.10045.2.1',
  '1.3.101.112',
  '1.3.101.110',
]);

function malformed(what: string): KeyError {
  return new KeyError(`x509: malformed ${what}`);
}

/** The parts of a DER certificate that signing under it needs; Go's texts for the first fault. */
export function parseCertificate(der: Uint8Array): ParentCert {
  const cert = readElement(der);
  const parts = cert?.tag === tag.sequence ? children(cert.contents) : undefined;
  if (parts === undefined || parts.length !== 3) throw malformed('certificate');
  if (cert!.raw.length !== der.length) throw new KeyError('x509: trailing data');
  const tbs = parts[0]!.tag === tag.sequence ? children(parts[0]!.contents) : undefined;
  if (tbs === undefined) throw malformed('tbs certificate');
  const fields = tbs[0]?.tag === 0xa0 ? tbs.slice(1) : tbs;
  const expect = (i: number, t: number, what: string): Element => {
    const e = fields[i];
    if (e?.tag !== t) throw malformed(what);
    return e;
  };
  expect(0, tag.integer, 'serial number');
  expect(1, tag.sequence, 'signature algorithm identifier');
  expect(2, tag.sequence, 'issuer');
  expect(3, tag.sequence, 'validity');
  const subject = expect(4, tag.sequence, 'subject');
  const spki = expect(5, tag.sequence, 'spki');
  const algorithm = children(spki.contents)?.[0];
  const algOid = algorithm?.tag === tag.sequence ? children(algorithm.contents)?.[0] : undefined;
  if (algOid?.tag !== tag.oid) throw malformed('spki');
  const known = knownKeyAlgorithms.has(oidText(algOid.contents));
  return {
    rawSubject: subject.raw,
    subjectKeyId: subjectKeyIdOf(fields.find((e) => e.tag === 0xa3)),
    publicKeyInfo: known ? spki.raw : undefined,
  };
}

function subjectKeyIdOf(extensions: Element | undefined): Uint8Array | undefined {
  const list =
    extensions && children(readElement(extensions.contents)?.contents ?? Uint8Array.of());
  if (list === undefined) return undefined;
  for (const ext of list) {
    const [id, ...rest] = children(ext.contents) ?? [];
    if (id?.tag !== tag.oid || oidText(id.contents) !== oids.subjectKeyId) continue;
    const value = readElement(rest[rest.length - 1]?.contents ?? Uint8Array.of());
    if (value?.tag !== tag.octetString) throw malformed('subject key identifier');
    return value.contents;
  }
  return undefined;
}

function subjectName(cn: string): Uint8Array {
  if (cn === '') return sequence();
  return sequence(tlv(tag.set, sequence(oid(oids.commonName), goString(cn))));
}

const extension = (id: string, critical: boolean, value: Uint8Array): Uint8Array =>
  sequence(oid(id), ...(critical ? [booleanTrue()] : []), octetString(value));

// Go's marshalKeyUsage: bits reversed into the first byte, the BIT STRING cut after the last set bit.
function keyUsage(isCA: boolean): Uint8Array {
  const digitalSignature = 0x80;
  const keyEncipherment = 0x20;
  const certSign = 0x04;
  return isCA
    ? bitStringOfLength(Uint8Array.of(digitalSignature | keyEncipherment | certSign), 6)
    : bitStringOfLength(Uint8Array.of(digitalSignature | keyEncipherment), 3);
}

function subjectAltNames(dnsNames: readonly string[], ips: readonly Uint8Array[]): Uint8Array {
  const names = dnsNames.map((name) => {
    if (/[^\x00-\x7f]/.test(name))
      throw new KeyError(`x509: ${quote(name)} cannot be encoded as an IA5String`);
    return tlv(0x82, Buffer.from(name, 'latin1'));
  });
  const addresses = ips.map((ip) => tlv(0x87, ipv4Of(ip) ?? ip));
  return sequence(...names, ...addresses);
}

// net.IP.To4: the last four bytes of an IPv4-mapped address.
function ipv4Of(ip: Uint8Array): Uint8Array | undefined {
  if (ip.length === 4) return ip;
  const mapped = ip.subarray(0, 10).every((b) => b === 0) && ip[10] === 0xff && ip[11] === 0xff;
  return mapped ? ip.subarray(12) : undefined;
}

interface Signing {
  readonly algorithm: Uint8Array;
  readonly hash: string | null;
}

function signingParams(k: PrivateKey): Signing & { readonly key: NodeKey } {
  switch (k.kind) {
    case 'rsa':
      return {
        algorithm: sequence(oid('1.2.840.113549.1.1.11'), nullValue()),
        hash: 'sha256',
        key: k,
      };
    case 'ed25519':
      return { algorithm: sequence(oid('1.3.101.112')), hash: null, key: k };
    case 'ecdsa': {
      const curve = goCurves.get(curveOid(k)) ?? '';
      const [suffix, hash] =
        curve === 'P-384' ? ['3', 'sha384'] : curve === 'P-521' ? ['4', 'sha512'] : ['2', 'sha256'];
      return { algorithm: sequence(oid(`1.2.840.10045.4.3.${suffix}`)), hash, key: k };
    }
    default:
      throw new KeyError('x509: certificate private key does not implement crypto.Signer');
  }
}

function curveOid(k: NodeKey): string {
  const spki = readElement(publicKeyInfo(k))!;
  const algorithm = children(children(spki.contents)![0]!.contents)!;
  return oidText(algorithm[1]!.contents);
}

// The bits of the public key inside a SubjectPublicKeyInfo.
const keyBits = (spki: Uint8Array): Uint8Array =>
  children(readElement(spki)!.contents)![1]!.contents.subarray(1);

/** Go's CreateCertificate(template, parent or self, subject's public key, signer's key), as DER. */
export function createCertificate(
  tpl: CertTemplate,
  parent: ParentCert | undefined,
  subjectKey: PrivateKey,
  signer: PrivateKey,
  major: 3 | 4,
): Uint8Array {
  const signing = signingParams(signer);
  if (subjectKey.kind === 'dsa' || subjectKey.kind === 'x25519')
    throw new KeyError(`x509: unsupported public key type: ${publicKeyGoType[subjectKey.kind]}`);
  const spki = publicKeyInfo(subjectKey);
  const subject = subjectName(tpl.commonName);
  const issuer = parent?.rawSubject ?? subject;
  const signerInfo = publicKeyInfo(signing.key);
  if (parent?.publicKeyInfo !== undefined && !Buffer.from(parent.publicKeyInfo).equals(signerInfo))
    throw new KeyError("x509: provided PrivateKey doesn't match parent's PublicKey");
  const extensions = [
    extension(oids.keyUsage, true, keyUsage(tpl.isCA)),
    extension(oids.extKeyUsage, false, sequence(oid(oids.serverAuth), oid(oids.clientAuth))),
    extension(oids.basicConstraints, true, tpl.isCA ? sequence(booleanTrue()) : sequence()),
  ];
  if (tpl.isCA) {
    const bits = keyBits(spki);
    const id =
      major === 3
        ? nodeCrypto().createHash('sha1').update(bits).digest()
        : nodeCrypto().createHash('sha256').update(bits).digest().subarray(0, 20);
    extensions.push(extension(oids.subjectKeyId, false, octetString(id)));
  }
  const sameName = Buffer.from(issuer).equals(subject);
  if (!sameName && parent?.subjectKeyId !== undefined && parent.subjectKeyId.length > 0)
    extensions.push(
      extension(oids.authorityKeyId, false, sequence(tlv(0x80, parent.subjectKeyId))),
    );
  if (tpl.dnsNames.length > 0 || tpl.ips.length > 0)
    extensions.push(
      extension(oids.subjectAltName, subject.length === 2, subjectAltNames(tpl.dnsNames, tpl.ips)),
    );
  const second = (ns: bigint): bigint =>
    ns < 0n ? -((-ns + 999_999_999n) / 1_000_000_000n) : ns / 1_000_000_000n;
  const tbs = sequence(
    explicit(0, integer(2n)),
    integer(tpl.serial),
    signing.algorithm,
    issuer,
    sequence(goTime(second(tpl.notBefore)), goTime(second(tpl.notAfter))),
    subject,
    spki,
    explicit(3, sequence(...extensions)),
  );
  return sequence(tbs, signing.algorithm, bitString(signTbs(tbs, signing, major)));
}

function signTbs(tbs: Uint8Array, signing: Signing & { key: NodeKey }, major: 3 | 4): Uint8Array {
  const key: KeyObject = signing.key.key;
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  // Go 1.24 refuses RSA keys under 1024 bits (GODEBUG rsa1024min); Helm 3 is built with 1.23.
  if (signing.key.kind === 'rsa' && major === 4 && bits < 1024)
    throw new KeyError(
      `crypto/rsa: ${bits}-bit keys are insecure (see https://go.dev/pkg/crypto/rsa#hdr-Minimum_key_size)`,
    );
  return nodeCrypto().sign(signing.hash, tbs, key);
}
