// Sprig's certificate functions' error texts, each checked against Helm 4 and 3 (one chart per
// row and major) and against ours: PEM and key parsing (Go's encoding/pem and crypto/x509 texts
// behind Sprig's prefixes), keys Go cannot sign with or certify, IPs and DNS names, and
// buildCustomCert's checks.
import { expect } from 'chai';
import { X509Certificate } from 'node:crypto';
import { TemplateError } from '../../../render/template/index.js';
import type { HelmMajor } from '../../support/helm.js';
import { helmRender, keys, majors, render } from './support/certs.js';

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
