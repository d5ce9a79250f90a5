// `kelosctl template` as a whole process beside `helm template` (Helm 4 and Helm 3): the Kelos
// chart with the reference default case, and a synthetic chart of 500 templates (each a
// ConfigMap using include, range and values). Run `npm run build` first: this measures
// dist/kelosctl.cjs as users start it (process.ts), and once as `node dist/kelosctl.cjs` without
// its launcher, which on Node 20 pays for NODE_EXTRA_CA_CERTS when it is set (cli/launcher.ts).
// Target: at or below Helm's wall time.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { helmBinary } from '../support/helm.js';
import type { Benchmark, Contender, Target } from './harness.js';
import { node24 } from './node24.js';
import { kelosctl, kelosctlRun, processRun, requireBuiltKelosctl } from './process.js';

const root = new URL('../..', import.meta.url).pathname;
const defaultCase = join(root, '../shared/reference/kelos/chart-cases/default.yaml');

/** A chart of `count` templates, each a ConfigMap built with a helper, a range and values. */
function syntheticChart(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'kelos-synthetic-chart-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'templates'));
  writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: synthetic\nversion: 0.1.0\n');
  writeFileSync(
    join(dir, 'values.yaml'),
    'labels:\n  app: synthetic\n  tier: bench\nitems:\n' +
      Array.from({ length: 20 }, (_, i) => `  - name: item${i}\n    value: "${i}"\n`).join(''),
  );
  writeFileSync(
    join(dir, 'templates', '_helpers.tpl'),
    '{{- define "synthetic.labels" -}}\n{{- range $k, $v := .Values.labels }}\n{{ $k }}: {{ $v | quote }}\n{{- end }}\n{{- end -}}\n',
  );
  for (let i = 0; i < count; i++) {
    writeFileSync(
      join(dir, 'templates', `cm-${String(i).padStart(3, '0')}.yaml`),
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-${i}\n  labels:\n    {{- include "synthetic.labels" . | nindent 4 }}\ndata:\n{{- range .Values.items }}\n  {{ .name }}: {{ .value | quote }}\n{{- end }}\n`,
    );
  }
  return dir;
}

const node24Name = 'kelosctl template --helm-major 4 (node 24)';

// The same run under Node 24, when .ci/run has installed it.
function onNode24(args: readonly string[]): Contender[] {
  return node24 === undefined
    ? []
    : [kelosctlRun(node24Name, [...args, '--helm-major', '4'], node24)];
}

// The same run started as `node dist/kelosctl.cjs`, without the launcher.
const noLauncherName = 'node kelosctl.cjs template --helm-major 4 (no launcher)';
const noLauncher = (args: readonly string[]): Contender =>
  processRun(noLauncherName, process.execPath, [kelosctl, ...args, '--helm-major', '4']);

// At or below Helm 4's wall time, on this machine's Node and on Node 24.
function targets(): Target[] {
  const contenders = ['kelosctl template --helm-major 4', ...(node24 ? [node24Name] : [])];
  return contenders.map((contender) => ({
    kind: 'ratio',
    contender,
    over: 'helm 4 template',
    max: 1,
  }));
}

export async function benchmarks(): Promise<Benchmark[]> {
  requireBuiltKelosctl();
  const helm4 = await helmBinary(4);
  const helm3 = await helmBinary(3);
  const synthetic = syntheticChart(500);
  const kelosArgs = ['template', 'kelos', 'chart/kelos', '-n', 'kelos-system', '-f', defaultCase];
  const synthArgs = ['template', 'bench', synthetic];
  return [
    {
      name: 'template-chart-kelos',
      description:
        'kelosctl template vs helm template, Kelos chart, reference default case, whole process',
      runs: 15,
      warmup: 2,
      reference: 'helm 4 template',
      contenders: [
        processRun('helm 4 template', helm4, kelosArgs),
        processRun('helm 3 template', helm3, kelosArgs),
        kelosctlRun('kelosctl template --helm-major 4', [...kelosArgs, '--helm-major', '4']),
        kelosctlRun('kelosctl template --helm-major 3', kelosArgs),
        noLauncher(kelosArgs),
        ...onNode24(kelosArgs),
      ],
      targets: targets(),
    },
    {
      name: 'template-chart-synthetic',
      description:
        'kelosctl template vs helm template, synthetic chart of 500 templates, whole process',
      // As many runs as the Kelos chart's: the ratio is close to 1, and the machine is noisy.
      runs: 15,
      warmup: 2,
      reference: 'helm 4 template',
      contenders: [
        processRun('helm 4 template', helm4, synthArgs),
        processRun('helm 3 template', helm3, synthArgs),
        kelosctlRun('kelosctl template --helm-major 4', [...synthArgs, '--helm-major', '4']),
        noLauncher(synthArgs),
        ...onNode24(synthArgs),
      ],
      targets: targets(),
    },
  ];
}
