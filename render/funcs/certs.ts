// Sprig's certificate functions (crypto.go): genPrivateKey, buildCustomCert, genCA,
// genSelfSignedCert, genSignedCert and their ...WithKey forms, which take a PEM private key
// (parsePrivateKeyPEM) instead of a new RSA 2048 key. Each returns a sprig.certificate struct
// whose Cert and Key fields templates read (`$ca.Cert`); Key is the key re-encoded by Sprig's
// pemBlockForKey, not the PEM given. Errors are Sprig's texts around Go's, which the executor
// reports as `error calling NAME: …`. Pinned by test/render/funcs/certs.test.ts.
import { GoInt, GoStruct, sprint, type GoValue, type NamedType, goString } from '../go/index.js';
import { decodeBase64 } from './encoding.js';
import { def, fail, funcMap, t, type FuncMap } from './func.js';
import { parseGoIP } from './go-ip.js';
import { nodeCrypto } from './node-crypto.js';
import { decodePem, encodePem } from './pem.js';
import {
  generatePrivateKey,
  KeyError,
  newKey,
  parsePrivateKeyPem,
  pemForKey,
  type PrivateKey,
} from './private-keys.js';
import { createCertificate, parseCertificate, type CertTemplate, type ParentCert } from './x509.js';

/** Sprig's `certificate` struct. */
export const certificateType: NamedType = {
  kind: 'named',
  name: 'sprig.certificate',
  underlying: {
    kind: 'struct',
    fields: new Map([
      ['Cert', t.string],
      ['Key', t.string],
    ]),
  },
  methods: new Map(),
};

const certificate = (cert: string, key: string): GoStruct =>
  new GoStruct(
    certificateType,
    new Map([
      ['Cert', cert],
      ['Key', key],
    ]),
  );

const field = (c: GoValue, name: 'Cert' | 'Key'): string =>
  (c as GoStruct).fields.get(name) as string;

// Runs `f`, turning a KeyError into the template function's error with Sprig's prefix.
function withPrefix<T>(prefix: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof KeyError) return fail(`${prefix}${e.message}`);
    throw e;
  }
}

const listOf = (v: GoValue): readonly GoValue[] => (Array.isArray(v) ? v : []);

// Sprig's getBaseCertTemplate: IPs, then DNS names, then a serial below 2^128, now, now + days.
function baseTemplate(cn: string, ips: GoValue, dns: GoValue, days: GoValue, isCA: boolean) {
  const addresses = listOf(ips).map((ip) => {
    if (typeof ip !== 'string') return fail(`error parsing ip: ${sprint([ip])} is not a string`);
    return parseGoIP(ip) ?? fail(`error parsing ip: ${ip}`);
  });
  const names = listOf(dns).map((name) =>
    typeof name === 'string'
      ? name
      : fail(`error processing alternate dns name: ${sprint([name])} is not a string`),
  );
  const now = BigInt(Date.now()) * 1_000_000n;
  // time.Hour * 24 * time.Duration(daysValid) overflows int64 as Go's multiplication does.
  const validFor = BigInt.asIntN(64, 86_400_000_000_000n * (days as GoInt).value);
  const template: CertTemplate = {
    commonName: cn,
    serial: BigInt('0x' + nodeCrypto().randomBytes(16).toString('hex')),
    notBefore: now,
    notAfter: now + validFor,
    dnsNames: names,
    ips: addresses,
    isCA,
  };
  return template;
}

// Sprig's getCertAndKey: the certificate signed by `signer` under `parent` (self when undefined).
function certAndKey(
  template: CertTemplate,
  key: PrivateKey,
  parent: ParentCert | undefined,
  signer: PrivateKey,
  major: 3 | 4,
): GoStruct {
  const der = withPrefix('error creating certificate: ', () =>
    createCertificate(template, parent, key, signer, major),
  );
  return certificate(encodePem('CERTIFICATE', der), pemForKey(key));
}

const parseKey = (pem: GoValue): PrivateKey =>
  withPrefix('parsing private key: ', () => parsePrivateKeyPem(pem as string));

function selfSigned(
  major: 3 | 4,
  key: PrivateKey,
  cn: GoValue,
  ips: GoValue,
  dns: GoValue,
  days: GoValue,
  isCA: boolean,
): GoStruct {
  const template = baseTemplate(cn as string, ips, dns, days, isCA);
  return certAndKey(template, key, undefined, key, major);
}

// Sprig's generateSignedCertificateWithKeyInternal: the CA's certificate and key first.
function signed(major: 3 | 4, key: PrivateKey, args: readonly GoValue[]): GoStruct {
  const [cn, ips, dns, days, ca] = args as [GoValue, GoValue, GoValue, GoValue, GoValue];
  const block = decodePem(field(ca, 'Cert'));
  if (block === undefined) return fail('unable to decode certificate');
  const parent = withPrefix('error parsing certificate: decodedSignerCert.Bytes: ', () =>
    parseCertificate(block.bytes),
  );
  const signer = withPrefix('error parsing private key: ', () =>
    parsePrivateKeyPem(field(ca, 'Key')),
  );
  const template = baseTemplate(cn as string, ips, dns, days, false);
  return certAndKey(template, key, parent, signer, major);
}

// Sprig's buildCustomCertificate: both decode and parse, and are returned as given.
function buildCustomCert(b64cert: string, b64key: string): GoStruct {
  const cert = decodeBase64(b64cert);
  if (typeof cert === 'number') return fail('unable to decode base64 certificate');
  const key = decodeBase64(b64key);
  if (typeof key === 'number') return fail('unable to decode base64 private key');
  const certText = goString(cert);
  const block = decodePem(certText);
  if (block === undefined) return fail('unable to decode certificate');
  withPrefix('error parsing certificate: decodedCert.Bytes: ', () => parseCertificate(block.bytes));
  const keyText = goString(key);
  withPrefix('error parsing private key: ', () => parsePrivateKeyPem(keyText));
  return certificate(certText, keyText);
}

/** The certificate and key family. */
export function certFuncs(major: 3 | 4): FuncMap {
  const { string: s, int: i, anys: l } = t;
  const c = certificateType;
  const rsa2048 = (): PrivateKey => newKey('rsa', 2048);
  const e = { returnsError: true };
  return funcMap([
    def('genPrivateKey', [s], s, (type) => generatePrivateKey(type as string)),
    def('buildCustomCert', [s, s], c, (x, k) => buildCustomCert(x as string, k as string), e),
    def('genCA', [s, i], c, (cn, d) => selfSigned(major, rsa2048(), cn, null, null, d, true), e),
    def(
      'genCAWithKey',
      [s, i, s],
      c,
      (cn, d, k) => selfSigned(major, parseKey(k), cn, null, null, d, true),
      e,
    ),
    def(
      'genSelfSignedCert',
      [s, l, l, i],
      c,
      (cn, ips, dns, d) => selfSigned(major, rsa2048(), cn, ips, dns, d, false),
      e,
    ),
    def(
      'genSelfSignedCertWithKey',
      [s, l, l, i, s],
      c,
      (cn, ips, dns, d, k) => selfSigned(major, parseKey(k), cn, ips, dns, d, false),
      e,
    ),
    def('genSignedCert', [s, l, l, i, c], c, (...a) => signed(major, rsa2048(), a), e),
    def(
      'genSignedCertWithKey',
      [s, l, l, i, c, s],
      c,
      (...a) => signed(major, parseKey(a[5]!), a),
      e,
    ),
  ]);
}
