// How deep templates nest (render/template/limits.ts). Template calls keep Go's limit exactly,
// checked against Helm at the boundary; within our parser's bounds we render deep nesting as Helm
// does; beyond them, and from a caller that has used up the stack, the error is a TemplateError
// with a clear text, never a RangeError.
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GoFunc, goTypes } from '../../../render/go/index.js';
import {
  TemplateError,
  TemplateSet,
  maxControlDepth,
  maxExpressionDepth,
  maxTemplateDepth,
  stackExhausted,
} from '../../../render/template/index.js';
import { runHelm, type HelmMajor } from '../../support/helm.js';
import { loadChart, renderLikeHelm } from './support/helm-like.js';

const helmHint = '\n\nUse --debug flag to render out invalid YAML\n';

// Writes a chart of the given template files, renders it with Helm and with us, and returns both.
async function bothRender(
  files: Record<string, string>,
  major: HelmMajor,
): Promise<{ helm: string; ours: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kelos-depth-'));
  try {
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: depth\nversion: 0.1.0\n');
    writeFileSync(join(dir, 'values.yaml'), 'list: [a]\n');
    for (const [name, text] of Object.entries(files))
      writeFileSync(join(dir, 'templates', name), text);
    const r = await runHelm(['template', 'test', dir], { major });
    const helm = r.status === 0 ? r.stdout : r.stderr.replace(helmHint, '');
    const result = renderLikeHelm(loadChart(dir), major);
    const ours = 'stdout' in result ? result.stdout : `Error: ${result.error}`;
    return { helm, ours };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// A chain of `calls` nested {{template}} calls, split into files under Helm's 5 MiB file limit.
function templateChain(calls: number): Record<string, string> {
  const files: Record<string, string> = { 't.yaml': 'x: {{ template "d0" }}\n' };
  for (let f = 0; f * 10000 < calls; f++) {
    let defs = '';
    for (let i = f * 10000; i < Math.min(calls, (f + 1) * 10000); i++) {
      defs += `{{define "d${i}"}}{{template "d${i + 1}"}}{{end}}`;
    }
    files[`_d${f}.tpl`] = defs;
  }
  files['_end.tpl'] = `{{define "d${calls}"}}end{{end}}`;
  return files;
}

const nest = (open: string, n: number, inner = 'x'): string =>
  open.repeat(n) + inner + '{{ end }}'.repeat(n);

describe('template nesting depth', function () {
  this.timeout(120_000);

  for (const major of [4, 3] as const) {
    it(`allows Go's ${maxTemplateDepth} nested template calls and fails one beyond, as Helm ${major}`, async function () {
      const within = await bothRender(templateChain(maxTemplateDepth - 1), major);
      expect(within.helm).to.equal('---\n# Source: depth/templates/t.yaml\nx: end\n');
      expect(within.ours).to.equal(within.helm);
      const beyond = await bothRender(templateChain(maxTemplateDepth), major);
      expect(beyond.helm).to.contain(`exceeded maximum template depth (${maxTemplateDepth})`);
      expect(beyond.ours).to.equal(beyond.helm);
    });
  }

  it('renders control structures and parentheses nested to our bounds as Helm does', async function () {
    const n = maxControlDepth;
    const e = maxExpressionDepth;
    const text = [
      `if: ${nest('{{ if true }}', n)}`,
      `range: ${nest('{{ range $.Values.list }}', n)}`,
      `with: ${nest('{{ with . }}', n)}`,
      `elseif: {{ if false }}${'{{ else if false }}'.repeat(n - 1)}{{ else }}x{{ end }}`,
      `mixed: ${'{{ range $.Values.list }}{{ with . }}{{ if . }}'.repeat(n / 5)}{{ . }}${'{{ end }}'.repeat((3 * n) / 5)}`,
      `parens: {{ ${'('.repeat(e)}1${')'.repeat(e)} }}`,
      `args: {{ print ${'(print '.repeat(e - 1)}1${')'.repeat(e - 1)} }}`,
      `blocks: ${Array.from({ length: n }, (_, i) => `{{ block "b${i}" . }}`).join('')}x${'{{ end }}'.repeat(n)}`,
      '',
    ].join('\n');
    const { helm, ours } = await bothRender({ 'deep.yaml': text }, 4);
    expect(helm).to.match(/^---\n# Source: depth\/templates\/deep.yaml\nif: x\n/, helm);
    expect(ours).to.equal(helm);
  });

  const beyond: [string, string, string][] = [
    [
      'if',
      nest('{{ if true }}', maxControlDepth + 1),
      `control structures nested deeper than ${maxControlDepth}`,
    ],
    [
      'range',
      nest('{{ range . }}', 100_000),
      `control structures nested deeper than ${maxControlDepth}`,
    ],
    [
      'with',
      nest('{{ with . }}', 100_000),
      `control structures nested deeper than ${maxControlDepth}`,
    ],
    [
      'else if',
      `{{ if false }}${'{{ else if false }}'.repeat(100_000)}{{ end }}`,
      `control structures nested deeper than ${maxControlDepth}`,
    ],
    [
      'else with',
      `{{ with false }}${'{{ else with false }}'.repeat(100_000)}{{ end }}`,
      `control structures nested deeper than ${maxControlDepth}`,
    ],
    [
      'block',
      `${'{{ block "b" . }}'.repeat(100_000)}`,
      `control structures nested deeper than ${maxControlDepth}`,
    ],
    [
      'parentheses',
      `{{ ${'('.repeat(maxExpressionDepth + 1)}1${')'.repeat(maxExpressionDepth + 1)} }}`,
      'max expression depth exceeded',
    ],
    [
      'arguments',
      `{{ print ${'(print '.repeat(100_000)}1${')'.repeat(100_000)} }}`,
      'max expression depth exceeded',
    ],
    [
      'chains',
      `{{ ${'('.repeat(100_000)}.${').a'.repeat(100_000)} }}`,
      'max expression depth exceeded',
    ],
  ];
  for (const [what, text, message] of beyond) {
    it(`reports ${what} nested beyond our bound as a parse error`, function () {
      expect(() => new TemplateSet().parse('t', text))
        .to.throw(TemplateError)
        .with.property('message', `template: t:1: ${message}`);
    });
  }

  it("executes a hundred thousand nested calls of an endless recursion into Go's error", function () {
    const set = new TemplateSet();
    set.parse(
      't',
      '{{define "r"}}{{if true}}{{with .}}{{template "r" .}}{{end}}{{end}}{{end}}{{template "r" .}}',
    );
    expect(() => set.execute('t', 'x'))
      .to.throw(TemplateError)
      .with.property(
        'message',
        `template: t:1:46: executing "r" at <{{template "r" .}}>: exceeded maximum template depth (${maxTemplateDepth})`,
      );
  });

  it('ends a stack used up by functions that execute templates with a TemplateError', function () {
    // An include-like function with no bound of its own (Helm's include has one; issue 6):
    // each level costs JavaScript stack, which must end as a template error, not a RangeError.
    const set = new TemplateSet();
    const include = new GoFunc(
      'include',
      { params: [goTypes.string, goTypes.any], result: goTypes.string, returnsError: true },
      // Without wrapping the error (Helm's include does), which would grow it at every level.
      (name, dot) => set.execute(name as string, dot),
    );
    set.addFuncs([['include', include]]);
    set.parse('t', '{{define "r"}}{{include "r" .}}{{end}}{{include "r" .}}');
    expect(() => set.execute('t', null))
      .to.throw(TemplateError)
      .that.satisfies((e: TemplateError) => e.message.endsWith(`: ${stackExhausted}`));
  });
});
