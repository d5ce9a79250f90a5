// Sprig's certificate and key functions. Their output is random, so the tables check meaning:
// every certificate is parsed with node's X509Certificate (subject, issuer, validity in days,
// SANs, CA flag, signature checked against the issuer's key, the returned key matching the
// certificate) and keys with createPrivateKey. Error texts are checked against Helm 4 and 3.
// The oracle suite renders one chart with Helm and with us and compares the certificates'
// DER structure (extensions, key usage, basic constraints, SAN order, signature algorithm,
// time encodings), the key ids and re-encoded keys for the same input key, and has Helm sign
// with a CA that we made.
import { expect } from 'chai';
import {
  X509Certificate,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GoValue } from '../../../render/go/index.js';
import { parseGoIP } from '../../../render/funcs/go-ip.js';
import { bindHelmFuncs, helmFuncMap } from '../../../render/funcs/index.js';
import { TemplateError, TemplateSet } from '../../../render/template/index.js';
import { runHelm, type HelmMajor } from '../../support/helm.js';
import { extensionValue, serialBytes, skeleton } from './support/der-skeleton.js';
import { describeTable } from './support/table.js';

const majors = [4, 3] as const;

describeTable('the certificate struct as templates see it', [
  { name: 'its type', expr: 'typeOf (genCA "c" 1)', expected: 'sprig.certificate' },
  { name: 'its kind', expr: 'kindOf (genCA "c" 1)', expected: 'struct' },
  {
    name: 'its fields through JSON',
    expr: 'genCA "c" 1 | toJson | fromJson | keys | sortAlpha',
    expected: '[Cert Key]',
  },
  {
    name: '%v prints the fields in braces',
    expr: 'regexReplaceAll "(?s)-----BEGIN ([A-Z ]+)-----.*?-----END [A-Z ]+-----\\n" (printf "%v" (genCA "c" 1)) "<$1>"',
    expected: '{<CERTIFICATE> <RSA PRIVATE KEY>}',
  },
  {
    name: 'genPrivateKey of an unknown type',
    expr: 'genPrivateKey "nope"',
    expected: 'Unknown type nope',
  },
  {
    name: 'an ECDSA key is a P-256 SEC 1 PEM block',
    expr: 'genPrivateKey "ecdsa" | regexFind "^-----BEGIN EC PRIVATE KEY-----\\nMHcCAQEE"',
    expected: '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE',
  },
]);

// net.ParseIP's answers, as Helm 4 and 3 wrote them into certificates (undefined: Helm's
// "error parsing ip"); the hex is the 16-byte form.
const v4 = (hex: string) => '00000000000000000000ffff' + hex;
const ipRows: readonly (readonly [string, string | undefined])[] = [
  ['1.2.3.4', v4('01020304')],
  ['::', '0'.repeat(32)],
  ['::1.2.3.4', '0'.repeat(24) + '01020304'],
  ['::FFFF:1.2.3.4', v4('01020304')],
  ['1:2:3:4:5:6:7:8', '00010002000300040005000600070008'],
  ['1:2:3:4:5:6:1.2.3.4', '00010002000300040005000601020304'],
  ['1:2:3:4:5:6:7::', '00010002000300040005000600070000'],
  ['1::2:3:4:5:6:7:8', undefined],
  ['1:2:3:4:5:6:7:1.2.3.4', undefined],
  ['fe80::1%eth0', undefined],
  ['1.2.3.256', undefined],
  ['010.0.0.1', undefined],
  ['0x1.2.3.4', undefined],
  [' 1.2.3.4', undefined],
  ['1.2.3', undefined],
];

describe('net.ParseIP', function () {
  for (const [text, hex] of ipRows) {
    it(`${JSON.stringify(text)} → ${hex ?? 'nil'}`, function () {
      const ip = parseGoIP(text);
      expect(ip && Buffer.from(ip).toString('hex')).to.equal(hex);
    });
  }
});

// Keys the tables feed to the ...WithKey functions, made once (node's PEM encodings).
function makeKeys(): Record<string, string> {
  const pem = (k: KeyObject, type: 'pkcs1' | 'sec1' | 'pkcs8'): string =>
    k.export({ type, format: 'pem' }) as string;
  const ec = (curve: string) => generateKeyPairSync('ec', { namedCurve: curve }).privateKey;
  const rsa = (bits: number) => generateKeyPairSync('rsa', { modulusLength: bits }).privateKey;
  return {
    p256: pem(ec('prime256v1'), 'sec1'),
    p256pkcs8: pem(ec('prime256v1'), 'pkcs8'),
    p384: pem(ec('secp384r1'), 'sec1'),
    k256: pem(ec('secp256k1'), 'sec1'),
    ed25519: pem(generateKeyPairSync('ed25519').privateKey, 'pkcs8'),
    ed448: pem(generateKeyPairSync('ed448').privateKey, 'pkcs8'),
    x25519: pem(generateKeyPairSync('x25519').privateKey, 'pkcs8'),
    rsa512: pem(rsa(512), 'pkcs1'),
    rsaPkcs8: pem(rsa(1024), 'pkcs8'),
    dsaPkcs8: pem(
      generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 }).privateKey,
      'pkcs8',
    ),
  };
}
const keys = makeKeys();

function render(text: string, major: HelmMajor, values: Record<string, string> = keys): string {
  const set = new TemplateSet({ helmMajor: major, missingKey: 'zero', funcs: helmFuncMap(major) });
  bindHelmFuncs(set, { helmMajor: major });
  set.parse('t', text);
  const data = new Map<string, GoValue>([['Values', new Map(Object.entries(values))]]);
  return set.execute('t', data);
}

const pemBlocks = (text: string): string[] =>
  [...text.matchAll(/-----BEGIN ([A-Z ]+)-----\n[\s\S]*?-----END \1-----\n/g)].map((m) => m[0]);
const pemType = (block: string): string => /^-----BEGIN ([A-Z ]+)-----/.exec(block)![1]!;
const days = (c: X509Certificate): number =>
  (Date.parse(c.validTo) - Date.parse(c.validFrom)) / 86_400_000;
const caPrelude = '{{ $ca := genCA "the-ca" 10 }}{{ $ca.Cert }}';

interface CertRow {
  readonly name: string;
  /** A pipeline giving a sprig.certificate; `$ca` is an RSA CA "the-ca". */
  readonly expr: string;
  /** X509Certificate's subject text (undefined for an empty subject). */
  readonly subject: string | undefined;
  readonly days: number;
  readonly ca: boolean;
  readonly san?: string;
  /** Who signed it: itself, `$ca`, or the public half of a key in `keys`. */
  readonly signer: 'self' | '$ca' | keyof typeof keys;
  readonly keyBlock: 'RSA PRIVATE KEY' | 'EC PRIVATE KEY' | 'PRIVATE KEY';
  readonly keyDetails: Record<string, unknown>;
}

const rsa2048 = { modulusLength: 2048 };
const certRows: readonly CertRow[] = [
  {
    name: 'genCA: RSA 2048, CA, no SANs',
    expr: 'genCA "the-root" 365',
    ...{ subject: 'CN=the-root', days: 365, ca: true, signer: 'self' },
    ...{ keyBlock: 'RSA PRIVATE KEY', keyDetails: rsa2048 },
  },
  {
    name: 'genSelfSignedCert: DNS names then IPs',
    expr: 'genSelfSignedCert "self" (list "127.0.0.1" "::1") (list "a.example" "b.example") 30',
    ...{ subject: 'CN=self', days: 30, ca: false, signer: 'self' },
    san: 'DNS:a.example, DNS:b.example, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1',
    ...{ keyBlock: 'RSA PRIVATE KEY', keyDetails: rsa2048 },
  },
  {
    name: 'genSignedCert: issued by the CA',
    expr: 'genSignedCert "leaf" (list "10.1.2.3") (list "leaf.example") 7 $ca',
    ...{ subject: 'CN=leaf', days: 7, ca: false, signer: '$ca' },
    san: 'DNS:leaf.example, IP Address:10.1.2.3',
    ...{ keyBlock: 'RSA PRIVATE KEY', keyDetails: rsa2048 },
  },
  {
    name: 'genCAWithKey: a P-384 key',
    expr: 'genCAWithKey "ec-ca" 5 .Values.p384',
    ...{ subject: 'CN=ec-ca', days: 5, ca: true, signer: 'self' },
    ...{ keyBlock: 'EC PRIVATE KEY', keyDetails: { namedCurve: 'secp384r1' } },
  },
  {
    name: 'genSelfSignedCertWithKey: Ed25519, empty subject',
    expr: 'genSelfSignedCertWithKey "" nil (list "ed.example") 3 .Values.ed25519',
    ...{ subject: undefined, days: 3, ca: false, signer: 'self', san: 'DNS:ed.example' },
    ...{ keyBlock: 'PRIVATE KEY', keyDetails: {} },
  },
  {
    name: 'genSignedCertWithKey: a PKCS#8 EC key comes back as SEC 1',
    expr: 'genSignedCertWithKey "ec-leaf" nil (list "x.example") 2 $ca .Values.p256pkcs8',
    ...{ subject: 'CN=ec-leaf', days: 2, ca: false, signer: '$ca', san: 'DNS:x.example' },
    ...{ keyBlock: 'EC PRIVATE KEY', keyDetails: { namedCurve: 'prime256v1' } },
  },
  {
    name: 'genSignedCert under an Ed25519 CA',
    expr: 'genSignedCert "under-ed" nil nil 1 (genCAWithKey "ed-ca" 1 .Values.ed25519)',
    ...{ subject: 'CN=under-ed', days: 1, ca: false, signer: 'ed25519' },
    ...{ keyBlock: 'RSA PRIVATE KEY', keyDetails: rsa2048 },
  },
  {
    name: 'genCAWithKey: a PKCS#8 RSA key comes back as PKCS#1',
    expr: 'genCAWithKey "p8" 1 .Values.rsaPkcs8',
    ...{ subject: 'CN=p8', days: 1, ca: true, signer: 'self' },
    ...{ keyBlock: 'RSA PRIVATE KEY', keyDetails: { modulusLength: 1024 } },
  },
  {
    name: 'negative validity',
    expr: 'genSelfSignedCertWithKey "past" nil nil -1 .Values.p256',
    ...{ subject: 'CN=past', days: -1, ca: false, signer: 'self' },
    ...{ keyBlock: 'EC PRIVATE KEY', keyDetails: { namedCurve: 'prime256v1' } },
  },
  {
    name: 'validity past 2049 (GeneralizedTime)',
    expr: 'genSelfSignedCertWithKey "far" nil nil 10000 .Values.p256',
    ...{ subject: 'CN=far', days: 10000, ca: false, signer: 'self' },
    ...{ keyBlock: 'EC PRIVATE KEY', keyDetails: { namedCurve: 'prime256v1' } },
  },
  {
    name: 'an IPv4-mapped IPv6 address is written as IPv4',
    expr: 'genSelfSignedCertWithKey "m" (list "::ffff:192.0.2.1" "2001:db8::7") nil 1 .Values.p256',
    ...{ subject: 'CN=m', days: 1, ca: false, signer: 'self' },
    san: 'IP Address:192.0.2.1, IP Address:2001:DB8:0:0:0:0:0:7',
    ...{ keyBlock: 'EC PRIVATE KEY', keyDetails: { namedCurve: 'prime256v1' } },
  },
  {
    name: 'buildCustomCert returns the CA it was given',
    expr: 'buildCustomCert ($ca.Cert | b64enc) ($ca.Key | b64enc)',
    ...{ subject: 'CN=the-ca', days: 10, ca: true, signer: 'self' },
    ...{ keyBlock: 'RSA PRIVATE KEY', keyDetails: rsa2048 },
  },
];

for (const major of majors) {
  describe(`certificate functions as Helm ${major}`, function () {
    this.timeout(60_000);
    for (const row of certRows) {
      it(`${row.name}: ${row.expr}`, function () {
        const text = render(`${caPrelude}{{ $x := ${row.expr} }}{{ $x.Cert }}{{ $x.Key }}`, major);
        const [caPem, certPem, keyPem, ...rest] = pemBlocks(text);
        expect(rest, text).to.deep.equal([]);
        expect([pemType(caPem!), pemType(certPem!), pemType(keyPem!)]).to.deep.equal([
          'CERTIFICATE',
          'CERTIFICATE',
          row.keyBlock,
        ]);
        const ca = new X509Certificate(caPem!);
        const cert = new X509Certificate(certPem!);
        const key = createPrivateKey(keyPem!);
        expect(cert.subject).to.equal(row.subject);
        expect(days(cert)).to.equal(row.days);
        expect(cert.ca).to.equal(row.ca);
        expect(cert.subjectAltName).to.equal(row.san);
        expect(cert.checkPrivateKey(key), 'key matches certificate').to.equal(true);
        expect(key.asymmetricKeyDetails).to.include(row.keyDetails);
        if (row.signer === 'self') {
          expect(cert.issuer).to.equal(row.subject);
          expect(cert.verify(cert.publicKey)).to.equal(true);
        } else if (row.signer === '$ca') {
          expect(cert.issuer).to.equal('CN=the-ca');
          expect(cert.checkIssued(ca)).to.equal(true);
          expect(cert.verify(ca.publicKey)).to.equal(true);
        } else {
          expect(cert.verify(createPublicKey(keys[row.signer]!))).to.equal(true);
        }
      });
    }
  });
}

describe('genPrivateKey', function () {
  this.timeout(60_000);
  const rows = [
    { type: 'rsa', block: 'RSA PRIVATE KEY', kind: 'rsa', details: { modulusLength: 4096 } },
    { type: 'ecdsa', block: 'EC PRIVATE KEY', kind: 'ec', details: { namedCurve: 'prime256v1' } },
    { type: 'ed25519', block: 'PRIVATE KEY', kind: 'ed25519', details: {} },
    {
      ...{ type: 'dsa', block: 'DSA PRIVATE KEY', kind: 'dsa' },
      details: { modulusLength: 2048, divisorLength: 256 },
    },
  ];
  for (const row of rows) {
    it(`genPrivateKey "${row.type}": ${row.block}`, function () {
      const text = render(`{{ genPrivateKey "${row.type}" }}`, 4);
      expect(pemBlocks(text)).to.deep.equal([text]);
      expect(pemType(text)).to.equal(row.block);
      const key = createPrivateKey(text);
      expect(key.asymmetricKeyType).to.equal(row.kind);
      expect(key.asymmetricKeyDetails).to.include(row.details);
    });
  }
  it('a generated DSA key is refused for signing, as Go refuses it', function () {
    expect(() => render('{{ genCAWithKey "c" 1 (genPrivateKey "dsa") }}', 4)).to.throw(
      'error calling genCAWithKey: error creating certificate: x509: certificate private key does not implement crypto.Signer',
    );
  });
  for (const type of ['foo', 'RSA', 'Ed25519']) {
    it(`an unknown type is Sprig's text, not an error: ${type}`, function () {
      expect(render(`{{ genPrivateKey "${type}" }}`, 4)).to.equal(`Unknown type ${type}`);
    });
  }
});

// A chart for Helm: templates/t.yaml and a values.yaml with the keys (and any extra values).
async function helmRender(
  template: string,
  major: HelmMajor,
  values: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kelos-certs-'));
  try {
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: certs\nversion: 0.1.0\n');
    writeFileSync(join(dir, 'values.yaml'), JSON.stringify(values));
    writeFileSync(join(dir, 'templates', 't.yaml'), template);
    return await runHelm(['template', 'test', dir], { major });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const callError = (text: string): string | undefined =>
  /(wrong type for value.*)$/m.exec(text)?.[1] ?? /.*error calling \w+: (.*)$/m.exec(text)?.[1];

interface ErrorRow {
  readonly name: string;
  readonly expr: string;
  readonly error: string;
  readonly majors?: readonly HelmMajor[];
}

const tagMismatch = (name: string) =>
  `asn1: structure error: tags don't match (16 vs {class:0 tag:0 length:0 isCompound:false}) {optional:false explicit:false application:false private:false defaultValue:<nil> tag:<nil> stringType:0 timeType:0 set:false omitEmpty:false} ${name} @2`;
const block = (type: string) => `"-----BEGIN ${type}-----\\nAAAA\\n-----END ${type}-----\\n"`;
const relabel = (key: string, from: string, to: string) =>
  `(.Values.${key} | replace "${from}" "${to}")`;
const wrongFormat = (name: string) =>
  `x509: failed to parse private key (use ${name} instead for this key format)`;
const notSigner = 'x509: certificate private key does not implement crypto.Signer';

const errorRows: readonly ErrorRow[] = [
  {
    name: 'not PEM',
    expr: 'genCAWithKey "c" 1 "garbage"',
    error: 'parsing private key: no PEM data in input',
  },
  {
    name: 'not a private key block',
    expr: `genCAWithKey "c" 1 ${block('FOO')}`,
    error: 'parsing private key: no private key data in PEM block of type FOO',
  },
  {
    name: 'pem.Decode skips text before a block',
    expr: 'genCAWithKey "c" 1 "junk\\n-----BEGIN FOO-----\\nAAAA\\n-----END FOO-----\\n"',
    error: 'parsing private key: no private key data in PEM block of type FOO',
  },
  {
    name: 'pem.Decode skips a block whose END does not match',
    expr: 'genCAWithKey "c" 1 "-----BEGIN A-----\\nAAAA\\n-----END B-----\\n-----BEGIN C-----\\nAAAA\\n-----END C-----"',
    error: 'parsing private key: no private key data in PEM block of type C',
  },
  {
    name: 'pem.Decode reads past headers',
    expr: 'genCAWithKey "c" 1 "-----BEGIN D-----\\nProc-Type: 4\\n\\nAA AA\\n-----END D-----"',
    error: 'parsing private key: no private key data in PEM block of type D',
  },
  {
    name: 'pem.Decode refuses bad base64',
    expr: 'genCAWithKey "c" 1 "-----BEGIN E-----\\n!!!!\\n-----END E-----\\n"',
    error: 'parsing private key: no PEM data in input',
  },
  {
    name: 'pem.Decode refuses text after the END line',
    expr: 'genCAWithKey "c" 1 "-----BEGIN F-----\\nAAAA\\n-----END F----- x\\n"',
    error: 'parsing private key: no PEM data in input',
  },
  {
    name: 'an unknown private key block',
    expr: `genSelfSignedCertWithKey "c" nil nil 1 ${block('FOO PRIVATE KEY')}`,
    error: 'parsing private key: invalid private key type FOO PRIVATE KEY',
  },
  {
    name: 'RSA block without a sequence',
    expr: `genCAWithKey "c" 1 ${block('RSA PRIVATE KEY')}`,
    error: `parsing private key: parsing RSA private key from PEM: ${tagMismatch('pkcs1PrivateKey')}`,
  },
  {
    name: 'EC block without a sequence',
    expr: `genCAWithKey "c" 1 ${block('EC PRIVATE KEY')}`,
    error: `parsing private key: parsing EC private key from PEM: x509: failed to parse EC private key: ${tagMismatch('ecPrivateKey')}`,
  },
  {
    name: 'DSA block without a sequence',
    expr: `genCAWithKey "c" 1 ${block('DSA PRIVATE KEY')}`,
    error: `parsing private key: parsing DSA private key from PEM: ${tagMismatch('DSAKeyFormat')}`,
  },
  {
    name: 'PKCS#8 block without a sequence',
    expr: `genCAWithKey "c" 1 ${block('PRIVATE KEY')}`,
    error: `parsing private key: decoding PEM as PKCS#8: ${tagMismatch('pkcs8')}`,
  },
  {
    name: 'PKCS#1 under PRIVATE KEY',
    expr: `genCAWithKey "c" 1 ${relabel('rsa512', 'RSA PRIVATE', 'PRIVATE')}`,
    error: `parsing private key: decoding PEM as PKCS#8: ${wrongFormat('ParsePKCS1PrivateKey')}`,
  },
  {
    name: 'PKCS#8 under RSA PRIVATE KEY',
    expr: `genCAWithKey "c" 1 ${relabel('rsaPkcs8', 'PRIVATE', 'RSA PRIVATE')}`,
    error: `parsing private key: parsing RSA private key from PEM: ${wrongFormat('ParsePKCS8PrivateKey')}`,
  },
  {
    name: 'SEC 1 under RSA PRIVATE KEY',
    expr: `genCAWithKey "c" 1 ${relabel('p256', 'EC PRIVATE', 'RSA PRIVATE')}`,
    error: `parsing private key: parsing RSA private key from PEM: ${wrongFormat('ParseECPrivateKey')}`,
  },
  {
    name: 'PKCS#1 under EC PRIVATE KEY',
    expr: `genCAWithKey "c" 1 ${relabel('rsa512', 'RSA PRIVATE', 'EC PRIVATE')}`,
    error: `parsing private key: parsing EC private key from PEM: ${wrongFormat('ParsePKCS1PrivateKey')}`,
  },
  {
    name: 'a curve Go does not know',
    expr: 'genCAWithKey "c" 1 .Values.k256',
    error: 'parsing private key: parsing EC private key from PEM: x509: unknown elliptic curve',
  },
  {
    name: 'PKCS#8 DSA',
    expr: 'genCAWithKey "c" 1 .Values.dsaPkcs8',
    error:
      'parsing private key: decoding PEM as PKCS#8: x509: PKCS#8 wrapping contained private key with unknown algorithm: 1.2.840.10040.4.1',
  },
  {
    name: 'PKCS#8 Ed448',
    expr: 'genCAWithKey "c" 1 .Values.ed448',
    error:
      'parsing private key: decoding PEM as PKCS#8: x509: PKCS#8 wrapping contained private key with unknown algorithm: 1.3.101.113',
  },
  {
    name: 'an X25519 key cannot sign',
    expr: 'genCAWithKey "c" 1 .Values.x25519',
    error: `error creating certificate: ${notSigner}`,
  },
  {
    name: 'a DSA key cannot sign',
    expr: `genCAWithKey "c" 1 ${relabel('rsa512', 'RSA PRIVATE', 'DSA PRIVATE')}`,
    error: `error creating certificate: ${notSigner}`,
  },
  {
    name: 'an X25519 key cannot be certified',
    expr: 'genSignedCertWithKey "s" nil nil 1 $ca .Values.x25519',
    error: 'error creating certificate: x509: unsupported public key type: *ecdh.PublicKey',
  },
  {
    name: 'a DSA key cannot be certified',
    expr: `genSignedCertWithKey "s" nil nil 1 $ca ${relabel('rsa512', 'RSA PRIVATE', 'DSA PRIVATE')}`,
    error: 'error creating certificate: x509: unsupported public key type: *dsa.PublicKey',
  },
  {
    name: 'Go 1.24 refuses to sign with RSA under 1024 bits (Helm 4)',
    expr: 'genCAWithKey "c" 1 .Values.rsa512',
    error:
      'error creating certificate: crypto/rsa: 512-bit keys are insecure (see https://go.dev/pkg/crypto/rsa#hdr-Minimum_key_size)',
    majors: [4],
  },
  {
    name: "the CA's key is not its certificate's",
    expr: 'genSignedCert "s" nil nil 1 (buildCustomCert ($ca.Cert | b64enc) (.Values.p256 | b64enc))',
    error: "error creating certificate: x509: provided PrivateKey doesn't match parent's PublicKey",
  },
  {
    name: 'an IP that does not parse',
    expr: 'genSelfSignedCertWithKey "c" (list "1.2.3") nil 1 .Values.p256',
    error: 'error parsing ip: 1.2.3',
  },
  {
    name: 'an IPv4 address with a leading zero',
    expr: 'genSelfSignedCertWithKey "c" (list "010.0.0.1") nil 1 .Values.p256',
    error: 'error parsing ip: 010.0.0.1',
  },
  {
    name: 'an IP that is not a string',
    expr: 'genSignedCert "c" (list 1) nil 1 $ca',
    error: 'error parsing ip: 1 is not a string',
  },
  {
    name: 'a DNS name that is not a string',
    expr: 'genSelfSignedCertWithKey "c" nil (list "a" 2.5) 1 .Values.p256',
    error: 'error processing alternate dns name: 2.5 is not a string',
  },
  {
    name: 'a DNS name outside ASCII',
    expr: 'genSelfSignedCertWithKey "c" nil (list "é.example") 1 .Values.p256',
    error: 'error creating certificate: x509: "é.example" cannot be encoded as an IA5String',
  },
  {
    name: 'buildCustomCert: certificate not base64',
    expr: 'buildCustomCert "!!" "x"',
    error: 'unable to decode base64 certificate',
  },
  {
    name: 'buildCustomCert: key not base64',
    expr: 'buildCustomCert "" "!!"',
    error: 'unable to decode base64 private key',
  },
  {
    name: 'buildCustomCert: no PEM certificate',
    expr: 'buildCustomCert "" ""',
    error: 'unable to decode certificate',
  },
  {
    name: 'buildCustomCert: not a certificate',
    expr: `buildCustomCert (${block('CERTIFICATE')} | b64enc) ""`,
    error: 'error parsing certificate: decodedCert.Bytes: x509: malformed certificate',
  },
  {
    name: 'buildCustomCert: no PEM key',
    expr: 'buildCustomCert ($ca.Cert | b64enc) ""',
    error: 'error parsing private key: no PEM data in input',
  },
  {
    name: 'genSignedCert: not a certificate struct',
    expr: 'genSignedCert "c" nil nil 1 (dict "Cert" "x")',
    error: 'wrong type for value; expected sprig.certificate; got map[string]interface {}',
  },
];

describe('certificate function errors, checked against Helm 4 and 3', function () {
  this.timeout(120_000);
  for (const row of errorRows) {
    it(`${row.name}: ${row.expr}`, async function () {
      const template = `{{ $ca := genCA "the-ca" 10 }}{{ ${row.expr} }}`;
      for (const major of row.majors ?? majors) {
        const helm = await helmRender(
          `x: {{ include "t" . | quote }}\n{{- define "t" }}${template}{{ end }}\n`,
          major,
          keys,
        );
        expect(callError(helm.stderr), `Helm ${major}: ${helm.stderr}`).to.equal(row.error);
        let ours = '';
        try {
          render(template, major);
        } catch (e) {
          if (!(e instanceof TemplateError)) throw e;
          ours = e.message;
        }
        expect(callError(ours), `ours as Helm ${major}: ${ours}`).to.equal(row.error);
      }
    });
  }
  it('Helm 3 (Go 1.23) still signs with a 512-bit RSA key', function () {
    const text = render('{{ (genCAWithKey "c" 1 .Values.rsa512).Cert }}', 3);
    expect(new X509Certificate(text).ca).to.equal(true);
  });
});

// The oracle chart: every certificate and key as a base64 line `name: …`.
const oracleTemplate = `
{{- $ca := genCA "oracle-ca" 30 }}
{{- $eca := genCAWithKey "oracle-ec-ca" 30 .Values.p384 }}
{{- $ours := buildCustomCert .Values.oursCert .Values.oursKey }}
ca: {{ $ca.Cert | b64enc }}
signed: {{ (genSignedCert "oracle-leaf" (list "10.0.0.1" "::ffff:192.0.2.7" "2001:db8::1") (list "b.example" "a.example") 20 $ca).Cert | b64enc }}
self: {{ (genSelfSignedCert "oracle-self" (list "127.0.0.1") (list "self.example") 40).Cert | b64enc }}
eca: {{ $eca.Cert | b64enc }}
ecaKey: {{ $eca.Key | b64enc }}
ecLeaf: {{ (genSignedCertWithKey "oracle-ec-leaf" nil (list "ec.example") 5 $eca .Values.p256).Cert | b64enc }}
{{- $ed := genSelfSignedCertWithKey "" nil (list "ed.example") 7 .Values.ed25519 }}
edSelf: {{ $ed.Cert | b64enc }}
edKey: {{ $ed.Key | b64enc }}
{{- $p8 := genCAWithKey "p8" 1 .Values.rsaPkcs8 }}
p8: {{ $p8.Cert | b64enc }}
p8Key: {{ $p8.Key | b64enc }}
far: {{ (genSelfSignedCertWithKey "far" nil nil 10000 .Values.p256).Cert | b64enc }}
past: {{ (genSelfSignedCertWithKey "past" nil nil -30000 .Values.p256).Cert | b64enc }}
utf8: {{ (genSelfSignedCertWithKey "é*&x" nil nil 1 .Values.p256).Cert | b64enc }}
star: {{ (genSelfSignedCertWithKey "*.example" nil nil 1 .Values.p256).Cert | b64enc }}
underOurs: {{ (genSignedCert "under-ours" nil (list "o.example") 3 $ours).Cert | b64enc }}
`;

function lines(text: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const m of text.matchAll(/^(\w+): (\S+)$/gm)) out.set(m[1]!, Buffer.from(m[2]!, 'base64'));
  return out;
}

const der = (pem: Buffer): Buffer => Buffer.from(new X509Certificate(pem).raw);
const skiOid = '551d0e';
const akiOid = '551d23';

for (const major of majors) {
  describe(`certificates compared with Helm ${major}'s`, function () {
    this.timeout(120_000);
    let helm: Map<string, Buffer>;
    let ours: Map<string, Buffer>;
    let ourCa: X509Certificate;
    before(async function () {
      const made = render('{{ $c := genCA "our-ca" 9 }}{{ $c.Cert }}{{ $c.Key }}', major);
      const [cert, key] = pemBlocks(made);
      ourCa = new X509Certificate(cert!);
      const values = {
        ...keys,
        oursCert: Buffer.from(cert!).toString('base64'),
        oursKey: Buffer.from(key!).toString('base64'),
      };
      const r = await helmRender(oracleTemplate, major, values);
      if (r.status !== 0) throw new Error(r.stderr);
      helm = lines(r.stdout);
      ours = lines(render(oracleTemplate, major, values));
    });

    const certNames = ['ca', 'signed', 'self', 'eca', 'ecLeaf', 'edSelf', 'p8', 'far', 'past'];
    for (const name of [...certNames, 'utf8', 'star', 'underOurs']) {
      it(`${name}: the same DER structure and validity`, function () {
        const h = der(helm.get(name)!);
        const o = der(ours.get(name)!);
        expect(skeleton(o)).to.equal(skeleton(h));
        expect(days(new X509Certificate(o))).to.equal(days(new X509Certificate(h)));
        for (const serial of [serialBytes(h), serialBytes(o)]) {
          expect(serial.length).to.be.within(1, 17);
          expect(serial[0]! & 0x80, 'positive serial').to.equal(0);
        }
      });
    }

    it('the same key gives the same subject key id (its hash differs between Go 1.23 and 1.25)', function () {
      for (const name of ['eca', 'p8']) {
        const id = extensionValue(der(ours.get(name)!), skiOid);
        expect(id, name).to.not.equal(undefined);
        expect(id!.equals(extensionValue(der(helm.get(name)!), skiOid)!), name).to.equal(true);
      }
    });

    it('a key given in PEM comes back re-encoded as Sprig encodes it', function () {
      for (const name of ['ecaKey', 'edKey', 'p8Key'])
        expect(ours.get(name)!.toString(), name).to.equal(helm.get(name)!.toString());
      expect(pemType(ours.get('p8Key')!.toString())).to.equal('RSA PRIVATE KEY');
    });

    it("a signed certificate's authority key id is its CA's subject key id", function () {
      for (const [leaf, ca] of [
        ['signed', 'ca'],
        ['ecLeaf', 'eca'],
      ] as const) {
        for (const from of [helm, ours]) {
          const aki = extensionValue(der(from.get(leaf)!), akiOid)!;
          const ski = extensionValue(der(from.get(ca)!), skiOid)!;
          expect(aki.subarray(aki.length - 20).equals(ski.subarray(2))).to.equal(true);
        }
      }
    });

    it('Helm signs with a CA we made: Go parses our certificate and key', function () {
      const leaf = new X509Certificate(helm.get('underOurs')!);
      expect(leaf.checkIssued(ourCa)).to.equal(true);
      expect(leaf.verify(ourCa.publicKey)).to.equal(true);
      const aki = extensionValue(Buffer.from(leaf.raw), akiOid)!;
      const ski = extensionValue(Buffer.from(ourCa.raw), skiOid)!;
      expect(aki.subarray(aki.length - 20).equals(ski.subarray(2))).to.equal(true);
    });
  });
}
