import { expect } from 'chai';
import { builtins, nodeString, parse, TemplateError } from '../../../render/template/index.js';

const hasFunction = (name: string): boolean => builtins.has(name) || name === 'f';

interface ParseCase {
  readonly name: string;
  readonly input: string;
  /** The templates defined, printed back as Go's String() prints them. */
  readonly trees?: Readonly<Record<string, string>>;
  /** Go's error text. */
  readonly error?: string;
}

const cases: readonly ParseCase[] = [
  { name: 'empty', input: '', trees: { t: '' } },
  { name: 'spaces in actions are not kept', input: '{{  .X  |  f  }}', trees: { t: '{{.X | f}}' } },
  {
    name: 'declarations and assignments',
    input: '{{$x := 1}}{{$x = 2}}{{$x}}',
    trees: { t: '{{$x := 1}}{{$x = 2}}{{$x}}' },
  },
  {
    name: 'range with two variables',
    input: '{{range $i, $e := .L}}{{$i}}{{end}}',
    trees: { t: '{{range $i, $e := .L}}{{$i}}{{end}}' },
  },
  {
    name: 'else if becomes a nested if',
    input: '{{if .A}}a{{else if .B}}b{{else}}c{{end}}',
    trees: { t: '{{if .A}}a{{else}}{{if .B}}b{{else}}c{{end}}{{end}}' },
  },
  {
    name: 'else with becomes a nested with',
    input: '{{with .A}}a{{else with .B}}b{{end}}',
    trees: { t: '{{with .A}}a{{else}}{{with .B}}b{{end}}{{end}}' },
  },
  {
    name: 'chains on pipelines, variables and fields',
    input: '{{(f .X).Y.Z}}{{$.A.B}}{{.A.B}}',
    trees: { t: '{{(f .X).Y.Z}}{{$.A.B}}{{.A.B}}' },
  },
  {
    name: 'define and block add templates',
    input: '{{define "a"}}A{{end}}x{{block "b" .}}B{{end}}',
    trees: { a: 'A', b: 'B', t: 'x{{template "b" .}}' },
  },
  {
    name: 'an empty redefinition keeps the first',
    input: '{{define "a"}}A{{end}}{{define "a"}} {{end}}',
    trees: { a: 'A', t: '' },
  },
  {
    name: 'variables declared in a branch end with it',
    input: '{{if true}}{{$x := 1}}{{end}}{{$x}}',
    error: 'template: t:1: undefined variable "$x"',
  },
  {
    name: 'the line of the error is that of the last item read',
    input: 'a\nb\n{{if\n.X}}\n{{else}}\n{{else}}',
    error: 'template: t:6: expected end; found {{else}}',
  },
  {
    name: 'unclosed action across lines names where it started',
    input: '{{if\n.X',
    error: 'template: t:2: unclosed action started at t:1',
  },
  {
    name: 'an unknown function',
    input: '{{g 1}}',
    error: 'template: t:1: function "g" not defined',
  },
  {
    name: 'define needs a string name',
    input: '{{define x}}{{end}}',
    error: 'template: t:1: unexpected "x" in define clause',
  },
  {
    name: 'define name must be a string literal',
    input: '{{define 1}}{{end}}',
    error: 'template: t:1: unexpected "1" in define clause',
  },
  {
    name: 'a bad escape in a string',
    input: '{{"\\q"}}',
    error: 'template: t:1: invalid syntax',
  },
  {
    name: 'a malformed character constant',
    input: "{{'ab'}}",
    error: "template: t:1: malformed character constant: 'ab'",
  },
  {
    name: 'an overflowing integer',
    input: '{{99999999999999999999}}',
    error: 'template: t:1: integer overflow: "99999999999999999999"',
  },
  {
    name: 'complex constants are not modelled',
    input: '{{1i}}',
    error: 'template: t:1: complex constants are not supported: 1i',
  },
  {
    name: 'range initializes at most two variables',
    input: '{{range $a, 1}}{{end}}',
    error: 'template: t:1: range can only initialize variables',
  },
  {
    name: 'continue outside range',
    input: '{{range .}}{{end}}{{continue}}',
    error: 'template: t:1: {{continue}} outside {{range}}',
  },
  {
    name: 'break inside the else of a range is outside it',
    input: '{{range .}}{{else}}{{break}}{{end}}',
    error: 'template: t:1: {{break}} outside {{range}}',
  },
  {
    name: 'long unexpected items are cut to ten characters',
    input: '{{define "abcdefghijklmnop" 1}}{{end}}',
    error: 'template: t:1: unexpected "1" in define clause',
  },
];

describe('template parser', function () {
  for (const c of cases) {
    it(c.name, function () {
      if (c.error !== undefined) {
        expect(() => parse('t', c.input, { hasFunction })).to.throw(TemplateError, c.error);
        return;
      }
      const trees = parse('t', c.input, { hasFunction });
      const printed = Object.fromEntries([...trees].map(([k, v]) => [k, nodeString(v.root)]));
      expect(printed).to.deep.equal(c.trees);
    });
  }

  it('keeps comments as nodes when asked to', function () {
    const trees = parse('t', 'a{{/* c */}}b', { hasFunction, parseComments: true });
    expect(trees.get('t')!.root.nodes.map((n) => n.kind)).to.deep.equal([
      'text',
      'comment',
      'text',
    ]);
  });

  it('reports parse errors as diagnostics with a position', function () {
    try {
      parse('file.yaml', 'ok\n  {{ .X }', { hasFunction });
      expect.fail('no error');
    } catch (e) {
      expect(e).to.be.instanceOf(TemplateError);
      const d = (e as TemplateError).diagnostics[0]!;
      expect(d).to.include({ code: 'template-parse', file: 'file.yaml' });
      expect(d.message).to.equal('unexpected "}" in operand');
      expect(d.position).to.deep.equal({ line: 2, column: 9 });
      expect(d.sourceLine).to.equal('  {{ .X }');
    }
  });

  it('parses a long line in linear time', function () {
    // 200000 items on one 2 MB line: counting each item's newlines used to search on to the end
    // of the line, which made this take about 10 s; it takes well under a second now.
    const text = '{{ .a }} '.repeat(100_000) + '{{/* c */}}'.repeat(100_000);
    const start = performance.now();
    parse('t', text, { hasFunction: () => false });
    expect(performance.now() - start).to.be.below(3000);
  });
});
