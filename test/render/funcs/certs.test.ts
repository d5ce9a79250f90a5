// Sprig's certificate and key functions. Their output is random, so the tables check meaning:
// every certificate is parsed with node's X509Certificate (subject, issuer, validity in days,
// SANs, CA flag, signature checked against the issuer's key, the returned key matching the
// certificate) and keys with createPrivateKey. Error texts: cert-errors.test.ts; the structure
// compared with Helm's certificates: cert-oracle.test.ts.
import { expect } from 'chai';
import { X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto';
import { parseGoIP } from '../../../render/funcs/go-ip.js';
import { days, keys, majors, pemBlocks, pemType, render } from './support/certs.js';
import { describeTable } from './support/table.js';

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
