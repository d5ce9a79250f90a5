// Execution tables in the manner of Go's exec_test.go, for what the golden charts cannot show:
// options (missingkey, Helm 3 vs 4), methods of Helm-like built-in objects, functions with typed
// parameters, include- and tpl-like use of a set, depth limits, and errors as data.
import { expect } from 'chai';
import { goTypes, mapOf, sliceOf, type GoType, type NamedType } from '../../../render/go/index.js';
import {
  GoError,
  GoFunc,
  GoInt,
  GoStruct,
  typedMap,
  typedSlice,
  type GoValue,
} from '../../../render/go/values.js';
import {
  TemplateError,
  TemplateSet,
  type TemplateSetOptions,
} from '../../../render/template/index.js';

const versionSet: NamedType = {
  kind: 'named',
  name: 'chartutil.VersionSet',
  underlying: sliceOf(goTypes.string),
  methods: new Map([
    [
      'Has',
      {
        signature: { params: [goTypes.string], result: goTypes.bool, returnsError: false },
        impl: (set: GoValue, v: GoValue) => (set as string[]).includes(v as string),
      },
    ],
  ]),
};

const kubeVersion: NamedType = {
  kind: 'named',
  name: 'chartutil.KubeVersion',
  underlying: { kind: 'struct' },
  methods: new Map(),
};

const capabilitiesType: NamedType = {
  kind: 'named',
  name: 'chartutil.Capabilities',
  underlying: { kind: 'struct' },
  methods: new Map(),
};

const capabilities = new GoStruct(
  capabilitiesType,
  new Map<string, GoValue>([
    ['APIVersions', typedSlice(versionSet, ['v1', 'apps/v1'])],
    [
      'KubeVersion',
      new GoStruct(
        kubeVersion,
        new Map<string, GoValue>([
          ['Major', '1'],
          ['Minor', '31'],
        ]),
        true,
      ),
    ],
  ]),
  true,
);

const int = (n: number): GoInt => new GoInt(BigInt(n));

// A struct with fields declared `interface {}` (Any, Nil) and `string` (Str), as Go reports them:
// errors name a field's static type, which for Any is `interface {}` whatever it holds.
const holderType: NamedType = {
  kind: 'named',
  name: 'x.Holder',
  underlying: {
    kind: 'struct',
    fields: new Map<string, GoType>([
      ['Any', goTypes.any],
      ['Nil', goTypes.any],
      ['Str', goTypes.string],
    ]),
  },
  methods: new Map(),
};

const holder = new GoStruct(
  holderType,
  new Map<string, GoValue>([
    ['Any', 'str'],
    ['Nil', null],
    ['Str', 'str'],
  ]),
);

const data: GoValue = new Map<string, GoValue>([
  [
    'Values',
    new Map<string, GoValue>([
      ['s', 'str'],
      ['f', 1.5],
      ['n', null],
      ['l', ['a', 'b']],
      ['m', new Map<string, GoValue>([['k', 'v']])],
      ['labels', typedMap(mapOf(goTypes.string), [['app', 'web']])],
      ['ints', typedSlice(sliceOf(goTypes.int), [int(1), int(2)])],
    ]),
  ],
  ['Capabilities', capabilities],
  ['Holder', holder],
  [
    'Fn',
    new GoFunc(
      'Fn',
      { params: [goTypes.string], result: goTypes.string, returnsError: false },
      (s) => `fn(${String(s)})`,
    ),
  ],
]);

function func(
  name: string,
  params: GoFunc['signature']['params'],
  result: GoFunc['signature']['result'],
  impl: (...args: GoValue[]) => GoValue,
  returnsError = false,
): [string, GoFunc] {
  return [name, new GoFunc(name, { params, result, returnsError }, impl)];
}

const funcs = new Map<string, GoFunc>([
  func('add1', [goTypes.int], goTypes.int, (x) => int(Number((x as GoInt).value) + 1)),
  func('half', [goTypes.float64], goTypes.float64, (x) => (x as number) / 2),
  func('int64', [goTypes.int64], goTypes.int64, (x) => x),
  func(
    'fail',
    [goTypes.string],
    goTypes.string,
    (m) => {
      throw new GoError(String(m));
    },
    true,
  ),
]);

interface ExecCase {
  readonly name: string;
  readonly input: string;
  readonly output?: string;
  readonly error?: string;
  readonly options?: TemplateSetOptions;
}

const cases: readonly ExecCase[] = [
  // struct fields declared interface {}
  {
    name: 'a struct field of interface type prints its value',
    input: '{{.Holder.Any}} {{printf "%T %v" .Holder.Any .Holder.Nil}} {{.Holder.Nil}}',
    output: 'str string <nil> <no value>',
  },
  {
    name: 'a field below an interface-typed struct field names interface {}',
    input: '{{.Holder.Any.x}}',
    error:
      'template: t:1:9: executing "t" at <.Holder.Any.x>: can\'t evaluate field x in type interface {}',
  },
  {
    name: 'a field below a string-typed struct field names string',
    input: '{{.Holder.Str.x}}',
    error:
      'template: t:1:9: executing "t" at <.Holder.Str.x>: can\'t evaluate field x in type string',
  },
  {
    name: 'a field below a nil interface-typed struct field is a nil pointer',
    input: '{{.Holder.Nil.x}}',
    error:
      'template: t:1:9: executing "t" at <.Holder.Nil.x>: nil pointer evaluating interface {}.x',
  },
  // missingkey
  { name: 'missing key, Helm (zero)', input: '{{.Values.x}}', output: '<no value>' },
  {
    name: 'below a missing key, Helm (zero) fails',
    input: '{{.Values.x.y}}',
    error: 'template: t:1:9: executing "t" at <.Values.x.y>: nil pointer evaluating interface {}.y',
  },
  {
    name: 'below a missing key, Go default is quiet',
    input: '{{.Values.x.y}}',
    options: { missingKey: 'default' },
    output: '<no value>',
  },
  {
    name: 'missingkey=error (Helm --strict)',
    input: '{{.Values.x}}',
    options: { missingKey: 'error' },
    error: 'template: t:1:9: executing "t" at <.Values.x>: map has no entry for key "x"',
  },
  {
    name: 'missingkey=error on invalid data',
    input: '{{$v := .Values.n}}{{$v.y}}',
    options: { missingKey: 'error' },
    error: 'template: t:1:23: executing "t" at <$v.y>: nil data; no entry for key "y"',
  },
  {
    name: 'missing key of a map[string]string is "" under zero',
    input: '[{{.Values.labels.nope}}]{{printf "%q" .Values.labels.nope}}',
    output: '[]""',
  },
  {
    name: 'index of a missing key gives the zero value',
    input: '{{printf "%q" (index .Values.labels "x")}}',
    output: '""',
  },
  // range over integers by Helm major
  { name: 'range over an int, Helm 4', input: '{{range 3}}{{.}}{{end}}', output: '012' },
  {
    name: 'range over an int, Helm 3',
    input: '{{range 3}}{{.}}{{end}}',
    options: { helmMajor: 3 },
    error: 'template: t:1:8: executing "t" at <3>: range can\'t iterate over 3',
  },
  {
    name: 'range over a typed slice',
    input: '{{range .Values.ints}}{{printf "%T" .}}{{end}}',
    output: 'intint',
  },
  // methods of built-in objects
  {
    name: 'a method with an argument',
    input: '{{.Capabilities.APIVersions.Has "apps/v1"}} {{.Capabilities.APIVersions.Has "x"}}',
    output: 'true false',
  },
  {
    name: 'a method taking the piped value',
    input: '{{"v1" | .Capabilities.APIVersions.Has}}',
    output: 'true',
  },
  {
    name: 'a method in if',
    input: '{{if .Capabilities.APIVersions.Has "v1"}}yes{{end}}',
    output: 'yes',
  },
  {
    name: 'fields of a struct pointer',
    input: '{{.Capabilities.KubeVersion.Major}}.{{.Capabilities.KubeVersion.Minor}}',
    output: '1.31',
  },
  {
    name: 'a method without its argument',
    input: '{{.Capabilities.APIVersions.Has}}',
    error:
      'template: t:1:15: executing "t" at <.Capabilities.APIVersions.Has>: wrong number of args for Has: want 1 got 0',
  },
  {
    name: 'a method with an argument of the wrong type',
    input: '{{.Capabilities.APIVersions.Has 1}}',
    error: 'template: t:1:32: executing "t" at <1>: expected string; found 1',
  },
  {
    // The struct sits in a map[string]interface {}, so Go names the static type interface {}.
    name: 'no such field of a struct held in a map',
    input: '{{.Capabilities.Nope}}',
    error:
      'template: t:1:15: executing "t" at <.Capabilities.Nope>: can\'t evaluate field Nope in type interface {}',
  },
  {
    name: 'a struct field given arguments',
    input: '{{.Capabilities.KubeVersion.Major 1}}',
    error:
      'template: t:1:15: executing "t" at <.Capabilities.KubeVersion.Major>: Major has arguments but cannot be invoked as function',
  },
  // functions with typed parameters
  {
    name: 'an untyped constant takes the int parameter type',
    input: "{{add1 3}} {{add1 1.0}} {{add1 'a'}}",
    output: '4 2 98',
  },
  { name: 'an int constant converts to float64', input: '{{half 3}}', output: '1.5' },
  {
    // Go converts no int kind to another for a parameter: Helm 3.17.2 and 4.1.4 fail
    // `substr (int64 0) 2 "abc"` with "wrong type for value; expected int; got int64".
    name: 'an int value is not converted to int64',
    input: '{{int64 (add1 1) | printf "%T"}}',
    error: 'template: t:1:14: executing "t" at <1>: wrong type for value; expected int64; got int',
  },
  {
    name: 'a string constant for an int parameter',
    input: '{{add1 "x"}}',
    error: 'template: t:1:7: executing "t" at <"x">: expected integer; found "x"',
  },
  {
    name: 'a non-integer constant for an int parameter',
    input: '{{add1 1.5}}',
    error: 'template: t:1:7: executing "t" at <1.5>: expected integer; found 1.5',
  },
  {
    name: 'a float64 value for an int parameter',
    input: '{{add1 .Values.f}}',
    error:
      'template: t:1:14: executing "t" at <.Values.f>: wrong type for value; expected int; got float64',
  },
  {
    name: 'nil for an int parameter',
    input: '{{add1 nil}}',
    error: 'template: t:1:7: executing "t" at <nil>: cannot assign nil to int',
  },
  {
    name: 'a piped value of the wrong type',
    input: '{{"x" | add1}}',
    error:
      'template: t:1:8: executing "t" at <add1>: wrong type for value; expected int; got string',
  },
  {
    name: 'too many arguments',
    input: '{{add1 1 2}}',
    error: 'template: t:1:2: executing "t" at <add1>: wrong number of args for add1: want 1 got 2',
  },
  {
    name: 'a function error',
    input: '{{fail "boom"}}',
    error: 'template: t:1:2: executing "t" at <fail "boom">: error calling fail: boom',
  },
  {
    name: 'and stops at the first false operand',
    input: '{{and false (fail "x")}}',
    output: 'false',
  },
  { name: 'or stops at the first true operand', input: '{{or 1 (fail "x")}}', output: '1' },
  { name: 'call with a function value', input: '{{call .Fn "x"}}', output: 'fn(x)' },
  {
    name: 'call with a wrong argument',
    input: '{{call .Fn 1}}',
    error:
      'template: t:1:2: executing "t" at <call .Fn 1>: error calling call: arg 0: value has type int; should be string',
  },
  {
    name: 'a function value cannot be printed',
    input: '{{.Fn}}',
    error:
      'template: t:1:2: executing "t" at <{{.Fn}}>: can\'t print {{.Fn}} of type func(string) string',
  },
  // values and variables
  { name: '$ is the data', input: '{{with .Values.s}}{{$.Values.f}}{{end}}', output: '1.5' },
  {
    name: 'interface elements print their dynamic type',
    input: '{{range .Values.l}}{{printf "%T" .}}{{end}}',
    output: 'stringstring',
  },
  {
    name: 'a nil value prints <no value> in an action and <nil> in print',
    input: '{{.Values.n}} {{print .Values.n}}',
    output: '<no value> <nil>',
  },
  {
    name: 'a variable assigned in a range keeps the last value',
    input: '{{$x := 0}}{{range .Values.l}}{{$x = .}}{{end}}{{$x}}',
    output: 'b',
  },
  {
    name: 'range with assignment to outer variables',
    input: '{{$i := 0}}{{$e := 0}}{{range $i, $e = .Values.l}}{{end}}{{$i}}{{$e}}',
    output: '1b',
  },
  // templates
  {
    name: 'recursion beyond the configured depth',
    input: '{{define "r"}}{{template "r" .}}{{end}}{{template "r" .}}',
    options: { maxDepth: 5 },
    error:
      'template: t:1:25: executing "r" at <{{template "r" .}}>: exceeded maximum template depth (5)',
  },
];

function run(c: ExecCase): string {
  const set = new TemplateSet({ funcs, ...c.options });
  set.parse('t', c.input);
  return set.execute('t', data);
}

describe('template execution', function () {
  for (const c of cases) {
    it(c.name, function () {
      if (c.error !== undefined) {
        expect(() => run(c))
          .to.throw(TemplateError)
          .with.property('message', c.error);
      } else {
        expect(run(c)).to.equal(c.output);
      }
    });
  }

  it('executes a named template into a string from a function, as include needs', function () {
    const set = new TemplateSet();
    const include = new GoFunc(
      'include',
      { params: [goTypes.string, goTypes.any], result: goTypes.string, returnsError: true },
      (name, dot) => {
        try {
          return set.execute(name as string, dot);
        } catch (e) {
          if (e instanceof TemplateError) throw new GoError(e.message);
          throw e;
        }
      },
    );
    set.addFuncs([['include', include]]);
    set.parse('helpers', '{{define "name"}}<{{.}}>{{end}}{{define "bad"}}{{.x.y}}{{end}}');
    set.parse('main', '{{include "name" "a" | printf "%s!"}}');
    expect(set.execute('main', null)).to.equal('<a>!');
    set.parse('broken', '{{include "bad" .}}');
    expect(() => set.execute('broken', new Map([['x', null]]))).to.throw(
      'template: broken:1:2: executing "broken" at <include "bad" .>: error calling include: template: helpers:1:51: executing "bad" at <.x.y>: nil pointer evaluating interface {}.y',
    );
  });

  it('parses more text into the same set, as tpl needs', function () {
    const set = new TemplateSet();
    set.parse('helpers', '{{define "h"}}H{{end}}');
    set.parse('value', 'uses {{template "h"}} and {{.}}');
    expect(set.execute('value', 'data')).to.equal('uses H and data');
    expect(set.names()).to.deep.equal(['h', 'helpers', 'value']);
  });

  it('fails for an unknown template as Go does', function () {
    expect(() => new TemplateSet().execute('x', null)).to.throw(
      'template: no template "x" associated with template "gotpl"',
    );
  });

  it('ends endless recursion with a template error, not a stack overflow', function () {
    const set = new TemplateSet();
    set.parse('t', '{{define "r"}}{{template "r" .}}{{end}}{{template "r" .}}');
    expect(() => set.execute('t', null))
      .to.throw(TemplateError)
      .with.property(
        'message',
        'template: t:1:25: executing "r" at <{{template "r" .}}>: exceeded maximum template depth (100000)',
      );
  });

  // Template calls cost no JavaScript stack (walk.ts runs on frames of its own).
  it('recurses fifty thousand templates deep', function () {
    const set = new TemplateSet({
      funcs: new Map([
        func('dec', [goTypes.int], goTypes.int, (x) => int(Number((x as GoInt).value) - 1)),
      ]),
    });
    set.parse(
      't',
      '{{define "r"}}{{if .}}.{{template "r" dec .}}{{end}}{{end}}{{template "r" 50000}}',
    );
    expect(set.execute('t', null)).to.equal('.'.repeat(50000));
  });

  it('keeps the error position and parts as data', function () {
    const set = new TemplateSet();
    set.parse('file.yaml', 'a: 1\nb: {{ .Values.n.y }}\n');
    try {
      set.execute('file.yaml', data);
      expect.fail('no error');
    } catch (e) {
      const err = e as TemplateError;
      expect(err.detail).to.deep.equal({
        file: 'file.yaml',
        line: 2,
        goColumn: 13,
        context: '.Values.n.y',
        cause: 'nil pointer evaluating interface {}.y',
      });
      expect(err.diagnostics[0]).to.deep.include({
        code: 'template-exec',
        file: 'file.yaml',
        position: { line: 2, column: 14 },
        sourceLine: 'b: {{ .Values.n.y }}',
      });
    }
  });
});
