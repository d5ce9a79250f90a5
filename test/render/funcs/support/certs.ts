// Shared by the certificate tests: keys for the ...WithKey functions (made once per run, in
// node's PEM encodings), a render with our function library, a render with real Helm, and PEM
// helpers.
import { generateKeyPairSync, type KeyObject, type X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GoValue } from '../../../../render/go/index.js';
import { bindHelmFuncs, helmFuncMap } from '../../../../render/funcs/index.js';
import { TemplateSet } from '../../../../render/template/index.js';
import { runHelm, type HelmMajor, type HelmResult } from '../../../support/helm.js';

/** The Helm majors every test runs as. */
export const majors = [4, 3] as const;

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

/** PEM keys by name, given to templates as .Values. */
export const keys = makeKeys();

/** `text` executed with our functions as Helm `major`, with `values` as .Values. */
export function render(
  text: string,
  major: HelmMajor,
  values: Record<string, string> = keys,
): string {
  const set = new TemplateSet({ helmMajor: major, missingKey: 'zero', funcs: helmFuncMap(major) });
  bindHelmFuncs(set, { helmMajor: major });
  set.parse('t', text);
  const data = new Map<string, GoValue>([['Values', new Map(Object.entries(values))]]);
  return set.execute('t', data);
}

/** `template` as templates/t.yaml of a chart with `values`, rendered by Helm `major`. */
export async function helmRender(
  template: string,
  major: HelmMajor,
  values: Record<string, string>,
): Promise<HelmResult> {
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

/** The PEM blocks in a text. */
export const pemBlocks = (text: string): string[] =>
  [...text.matchAll(/-----BEGIN ([A-Z ]+)-----\n[\s\S]*?-----END \1-----\n/g)].map((m) => m[0]);
/** A PEM block's type. */
export const pemType = (block: string): string => /^-----BEGIN ([A-Z ]+)-----/.exec(block)![1]!;
/** A certificate's validity in days. */
export const days = (c: X509Certificate): number =>
  (Date.parse(c.validTo) - Date.parse(c.validFrom)) / 86_400_000;
