// Runaway and deep recursion through include and tpl. Helm allows a template to be included
// within itself 1000 times (then "rendering template has a nested reference name"); each nested
// include costs us about 1.7 KB of JavaScript stack, so on Node's default main-thread stack
// (~1 MB) about 560 fit, and deeper ones end as a TemplateError ("nested too deeply for the
// JavaScript stack"), never a RangeError. With an 8 MB stack (a worker thread) Helm's limit and
// message are reproduced exactly. A value that renders itself through tpl stops at maxTplDepth
// with the chain named, where Helm 3 and 4 run out of memory.
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { maxTplDepth } from '../../../render/funcs/index.js';
import { runHelm, type HelmMajor } from '../../support/helm.js';
import { loadChart, renderChart } from './support/render-chart.js';

const nested = `{{- define "r" }}{{ if gt (int .) 0 }}{{ include "r" (sub (int .) 1) }}{{ else }}bottom{{ end }}{{ end -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: rec
data:
  out: {{ include "r" .Values.depth }}
`;

function chart(template: string, values: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kelos-rec-'));
  mkdirSync(join(dir, 'templates'));
  writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: rec\nversion: 0.1.0\n');
  writeFileSync(join(dir, 'values.yaml'), values);
  writeFileSync(join(dir, 'templates', 'cm.yaml'), template);
  return dir;
}

async function helm(dir: string, major: HelmMajor): Promise<string> {
  const r = await runHelm(['template', 'test', dir], { major });
  const hint = '\n\nUse --debug flag to render out invalid YAML\n';
  return r.status === 0 ? r.stdout : r.stderr.replace(hint, '').replace(/\n$/, '');
}

// renderChart in a worker thread whose stack is `stackSizeMb` large.
function renderInWorker(dir: string, major: HelmMajor, stackSizeMb: number): Promise<string> {
  const file = new URL('./support/render-worker.ts', import.meta.url).pathname;
  const code = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(file)}); });`;
  return new Promise((resolve, reject) => {
    const w = new Worker(code, {
      eval: true,
      workerData: { dir, major },
      resourceLimits: { stackSizeMb },
    });
    w.once('message', (m: string) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

describe('include recursion', function () {
  this.timeout(60_000);
  const dirs: string[] = [];
  const make = (template: string, values: string): string => {
    const dir = chart(template, values);
    dirs.push(dir);
    return dir;
  };
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  for (const major of [4, 3] as const) {
    it(`500 nested includes render as Helm ${major} renders them`, async function () {
      const dir = make(nested, 'depth: 500\n');
      expect(renderChart(loadChart(dir), major)).to.equal(await helm(dir, major));
    });

    it(`with an 8 MB stack, 1000 nested includes render and 1001 fail as in Helm ${major}`, async function () {
      for (const depth of [1000, 1001]) {
        const dir = make(nested, `depth: ${depth}\n`);
        const ours = await renderInWorker(dir, major, 8);
        expect(ours).to.equal(await helm(dir, major));
      }
      expect(await helm(make(nested, 'depth: 1001\n'), major)).to.match(
        /error calling include: rendering template has a nested reference name: r: unable to execute template$/,
      );
    });
  }

  it('an endless self-include on the main thread ends as a TemplateError, not a RangeError', function () {
    const dir = make(
      '{{ define "loop" }}{{ include "loop" . }}{{ end }}{{ include "loop" . }}\n',
      '{}\n',
    );
    // About 30 ms on its own; under mocha, tsx's source-map support formats the stack of every
    // RangeError on the way down, which takes seconds.
    const out = renderChart(loadChart(dir), 4);
    expect(out).to.match(/^Error: template: rec\/templates\/cm\.yaml:1:\d+: executing/);
    // Where the stack holds 1000 nested includes (warm, optimised frames are smaller), Helm's own
    // limit is reached first, with Helm's message; otherwise the stack runs out first. Either way
    // it is a TemplateError.
    expect(out).to.match(
      /(nested too deeply for the JavaScript stack|rendering template has a nested reference name: loop: unable to execute template)$/,
    );
  });
});

describe('tpl self-recursion', function () {
  it(`stops after ${maxTplDepth} levels in well under a second, naming the chain`, function () {
    const dir = chart('out: {{ tpl .Values.loop . }}\n', 'loop: "{{ tpl .Values.loop . }}"\n');
    try {
      const started = Date.now();
      const out = renderChart(loadChart(dir), 4);
      expect(Date.now() - started).to.be.below(1000);
      expect(out).to.contain(`error calling tpl: tpl nested more than ${maxTplDepth} levels deep:`);
      expect(out).to.contain(
        'tpl "{{ tpl .Values.loop . }}" → tpl "{{ tpl .Values.loop . }}" again (a value that renders itself through tpl)',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
