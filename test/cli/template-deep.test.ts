// Renders that nest includes as deep as Helm allows (1000 per template) through the built
// kelosctl, as whole processes: on a cold main thread the JavaScript stack holds only about 500
// levels, and the render must then finish in a deep-stack worker (cli/deep-stack.ts) with exactly
// Helm's output, error and exit code, for both majors.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runHelm, type HelmMajor } from '../support/helm.js';

const bin = new URL('../../dist/kelosctl.cjs', import.meta.url).pathname;

function chart(helper: string, values: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kelos-deep-'));
  mkdirSync(join(dir, 'templates'));
  writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: deep\nversion: 0.1.0\n');
  writeFileSync(join(dir, 'values.yaml'), values);
  writeFileSync(join(dir, 'templates', '_helpers.tpl'), helper);
  writeFileSync(join(dir, 'templates', 'cm.yaml'), 'x: "{{ include "down" .Values.depth }}"\n');
  return dir;
}

const countdown =
  '{{- define "down" -}}{{- if gt (int .) 0 -}}{{- include "down" (sub (int .) 1) -}}{{- else -}}bottom{{- end -}}{{- end -}}\n';
const endless = '{{- define "down" -}}{{- include "down" . -}}{{- end -}}\n';

const cases: [string, string, string][] = [
  ['1000 nested includes (Helm renders them)', countdown, 'depth: 1000\n'],
  ['1001 nested includes (Helm refuses)', countdown, 'depth: 1001\n'],
  ['an endless self-include', endless, 'depth: 1\n'],
];

describe('kelosctl template with deeply nested includes', function () {
  this.timeout(120_000);
  for (const [name, helper, values] of cases) {
    for (const major of [3, 4] as HelmMajor[]) {
      it(`${name}: as Helm ${major}`, async () => {
        const dir = chart(helper, values);
        try {
          const helm = await runHelm(['template', 't', dir], { major });
          const ours = spawnSync(
            process.execPath,
            [bin, 'template', 't', dir, '--helm-major', String(major)],
            { encoding: 'utf8' },
          );
          expect(ours.stderr).to.equal(helm.stderr);
          expect(ours.stdout).to.equal(helm.stdout);
          expect(ours.status).to.equal(helm.status);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });
    }
  }
});
