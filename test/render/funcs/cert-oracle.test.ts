// Helm's certificates against ours: one chart rendered by Helm and by us, and the certificates'
// DER structure compared (extension set and order, key usage, basic constraints, SAN order,
// signature algorithm, name string types, time encodings), with the key ids and re-encoded keys
// for the same input key, and Helm signing with a CA that we made (so Go parses our DER).
import { expect } from 'chai';
import { X509Certificate } from 'node:crypto';
import { extensionValue, serialBytes, skeleton } from './support/der-skeleton.js';
import { days, helmRender, keys, majors, pemBlocks, pemType, render } from './support/certs.js';

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
