// The printf / print / println cases checked against Helm. Each is built from Go values; the
// template that Helm renders is derived from the same values (oracle.ts: goExpr), and the expected
// output is whatever Helm printed, recorded in testdata/fmt.yaml.
import { goTypes, sliceOf } from '../../../render/go/types.js';
import { GoStruct, goInt, typedSlice, type GoValue } from '../../../render/go/values.js';
import { goExpr, goString, type OracleCase } from './oracle.js';

/** A printf, print or println call. */
export interface FmtCase extends OracleCase {
  readonly func: 'printf' | 'print' | 'println';
  readonly format?: string;
  readonly args: readonly GoValue[];
}

const i = (n: number | bigint) => goInt(n);
const i64 = (n: number | bigint) => goInt(n, 'int64');
const u8 = (n: number) => goInt(n, 'uint8');
const u64 = (n: bigint) => goInt(n, 'uint64');
const bytes = (from: number, to: number) =>
  Uint8Array.from({ length: to - from }, (_, k) => from + k);

const ints: [string, GoValue][] = [
  ['0', i(0)],
  ['42', i(42)],
  ['-42', i(-42)],
  ['maxint', i(9223372036854775807n)],
  ['minint', i(-9223372036854775808n)],
  ['int64 -7', i64(-7)],
  ['uint8 200', u8(200)],
  ['uint64 max', u64(18446744073709551615n)],
  ['rune é', i(0xe9)],
  ['rune 😀', i(0x1f600)],
  ['rune NUL', i(0)],
  ['rune surrogate', i(0xd800)],
  ['rune too big', i(0x110000)],
];

const floats: [string, GoValue][] = [
  ['0.0', 0],
  ['-0.0', -0],
  ['1.0', 1],
  ['3.14159', 3.14159],
  ['-2.5', -2.5],
  ['0.5', 0.5],
  ['1.5', 1.5],
  ['2.5', 2.5],
  ['100000.0', 100000],
  ['1e6', 1e6],
  ['123456789.0', 123456789],
  ['1e20', 1e20],
  ['1e21', 1e21],
  ['1e-4', 1e-4],
  ['1e-5', 1e-5],
  ['1.0000001e-7', 1.0000001e-7],
  ['0.1', 0.1],
  ['1/3', 1 / 3],
  ['max', Number.MAX_VALUE],
  ['min normal', 2.2250738585072014e-308],
  ['min subnormal', 5e-324],
  ['NaN', NaN],
  ['+Inf', Infinity],
  ['-Inf', -Infinity],
];

const strings: [string, GoValue][] = [
  ['empty', ''],
  ['abc', 'abc'],
  ['héllo', 'héllo'],
  ['emoji', 'a😀b'],
  ['controls', 'a\tb\nc\x01\x7f'],
  ['quotes', 'say "hi" \\ `raw`'],
  ['nbsp', 'a\u00a0b\u200bc'],
  ['bom', '\ufeffx'],
];

const others: [string, GoValue][] = [
  ['true', true],
  ['false', false],
  ['nil', null],
  ['empty list', []],
  ['list', [i(1), 'a', null, 2.5, true]],
  ['nested list', [[i(1), i(2)], [], ['x']]],
  ['strings', typedSlice(sliceOf(goTypes.string), ['b', 'a c'])],
  ['empty strings', typedSlice(sliceOf(goTypes.string))],
  ['empty dict', new Map()],
  [
    'dict',
    new Map<string, GoValue>([
      ['b', i(2)],
      ['a', 'x y'],
      ['B', null],
      ['é', [i(1)]],
      ['', 1e6],
    ]),
  ],
  ['nested dict', new Map<string, GoValue>([['m', new Map<string, GoValue>([['k', 'v']])]])],
  ['bytes', bytes(65, 70)],
  ['bytes high', bytes(250, 256)],
  ['empty bytes', bytes(0, 0)],
];

// Sprig's `semver` returns a *semver.Version (Masterminds semver v3): a pointer to a struct of
// unexported fields with a String method, which exercises struct, pointer and method printing.
const semverType = {
  kind: 'named',
  name: 'semver.Version',
  underlying: { kind: 'struct' },
  methods: new Map([
    [
      'String',
      {
        signature: { params: [], result: goTypes.string, returnsError: false },
        impl: (v: GoValue) => (v instanceof GoStruct ? String(v.fields.get('original')) : ''),
      },
    ],
  ]),
} as const;

function semver(major: number, minor: number, patch: number, pre = '', metadata = ''): GoStruct {
  const original = `${major}.${minor}.${patch}${pre && '-' + pre}${metadata && '+' + metadata}`;
  const fields = new Map<string, GoValue>([
    ['major', u64(BigInt(major))],
    ['minor', u64(BigInt(minor))],
    ['patch', u64(BigInt(patch))],
    ['pre', pre],
    ['metadata', metadata],
    ['original', original],
  ]);
  return new GoStruct(semverType, fields, true);
}

const allVerbs = 'v +v #v s d q t f F g G e E x X o O b c U T p z'.split(' ');

function printf(name: string, format: string, args: readonly GoValue[]): FmtCase {
  const template = `printf ${goString(format)}${args.map((a) => ' ' + goExpr(a)).join('')}`;
  return { name, template, func: 'printf', format, args };
}

function printCall(func: 'print' | 'println', name: string, args: readonly GoValue[]): FmtCase {
  const template = `${func}${args.map((a) => ' ' + goExpr(a)).join('')}`;
  return { name, template, func, args };
}

/** Every verb applied to every kind of value. */
function verbMatrix(): FmtCase[] {
  const values = [...ints, ...floats, ...strings, ...others];
  return allVerbs.flatMap((verb) =>
    values
      // Addresses differ from run to run; only %p's error form is reproducible.
      .filter(
        ([, v]) =>
          verb !== 'p' || !(Array.isArray(v) || v instanceof Map || v instanceof Uint8Array),
      )
      .map(([label, v]) => printf(`%${verb} ${label}`, `%${verb}`, [v])),
  );
}

const numberSpecs = [
  '5',
  '-5',
  '05',
  '-05',
  '+',
  ' ',
  '+ ',
  '#',
  '.0',
  '.3',
  '8.3',
  '-8.3',
  '08.3',
  '+08.3',
  '# 08.3',
  '.30',
];
const flagFloats = [
  '0.0',
  '-0.0',
  '3.14159',
  '-2.5',
  '2.5',
  '1e6',
  '1e-5',
  '1e21',
  'NaN',
  '+Inf',
  '-Inf',
];
const stringSpecs = ['8', '-8', '08', '.2', '8.2', '#', '+', ' ', '# ', '-# 12.2'];

/** Flags, widths and precisions on the verbs of each kind. */
function flagMatrix(): FmtCase[] {
  const groups: [readonly [string, GoValue][], string[], string[]][] = [
    [ints.slice(0, 8), 'v d x X o O b'.split(' '), numberSpecs],
    [ints.slice(8), 'c q U'.split(' '), ['5', '-5', '05', '#', '+', '#.6', '#10']],
    [floats.filter(([l]) => flagFloats.includes(l)), 'v e f g x'.split(' '), numberSpecs],
    [floats.filter(([l]) => flagFloats.includes(l)), 'E F G X b'.split(' '), ['#', '+08.3', '-12']],
    [
      [...strings, ['bytes', bytes(65, 70)], ['bytes high', bytes(250, 256)]],
      'v s q x X'.split(' '),
      stringSpecs,
    ],
    [others.slice(0, 11), '5v -8v 08.2v 5d'.split(' '), ['']],
  ];
  return groups.flatMap(([values, verbs, specs]) =>
    specs.flatMap((spec) =>
      verbs.flatMap((verb) =>
        values.map(([label, v]) => printf(`%${spec}${verb} ${label}`, `%${spec}${verb}`, [v])),
      ),
    ),
  );
}

/** Malformed directives, argument indexes and `*` widths: Go's error forms. */
function errorForms(): FmtCase[] {
  const list: [string, readonly GoValue[]][] = [
    ['%d', []],
    ['%s %s', ['a']],
    ['%d', [i(1), 'a', null, 2.5]],
    ['x', [i(1)]],
    ['%', [i(1)]],
    ['abc%', []],
    ['%-', [i(1)]],
    ['%5', [i(1)]],
    ['%.', [i(1)]],
    ['%!', []],
    ['%z', [i(1)]],
    ['%é', [i(1)]],
    ['%%', [i(1)]],
    ['%5%', []],
    ['%*d', [i(5), i(3)]],
    ['%-*d|', [i(5), i(3)]],
    ['%*d|', [i(-5), i(3)]],
    ['%*d', [2.5, i(3)]],
    ['%*d', ['5', i(3)]],
    ['%*d', [i(10000000), i(3)]],
    ['%.*f', [i(2), 3.14159]],
    ['%.*f', [i(-2), 3.14159]],
    ['%.*f', [1.5, 3.14159]],
    ['%*.*f|', [i(9), i(3), 3.14159]],
    ['%*d', []],
    ['%[2]d %[1]d', [i(1), i(2)]],
    ['%[2]d %d', [i(1), i(2), i(3)]],
    ['%[3]d', [i(1), i(2)]],
    ['%[0]d', [i(1)]],
    ['%[x]d', [i(1)]],
    ['%[1', [i(1)]],
    ['%[]d', [i(1)]],
    ['%[1]*d', [i(4), i(7)]],
    ['%[2]*[1]d', [i(12), i(4)]],
    ['%[1]2d', [i(1)]],
    ['%[1].2d', [i(1)]],
    ['%.[2]*[1]f', [3.14159, i(2)]],
    ['%d %d', [i(1)]],
    ['%d %[1]d %d', [i(1), i(2)]],
    ['%v %v', [null, [null]]],
    ['%s', [null]],
    ['%d', [null]],
    ['%T %T %T %T %T %T', [null, i(1), 1.5, 'a', [], new Map()]],
    ['%10T|%-10T|', [i(1), 'a']],
    ['%T', [typedSlice(sliceOf(goTypes.string))]],
    ['%T %T %T', [u8(1), u64(1n), bytes(1, 3)]],
    ['%5t|%-7t|', [true, false]],
    ['%+d %+d % d % d', [i(5), i(-5), i(5), i(-5)]],
    ['%x %X % x %#x %# x', ['hello', 'hello', 'hello', 'hello', 'hello']],
    ['%.3s|%.10s|%5.1s|', ['héllo', 'héllo', 'héllo']],
    ['%c%c%c', [i(72), i(0xe9), i(0x1f600)]],
    ['%08.3f|%-08.3f|%+08.3f', [-3.14159, 3.14159, 3.14159]],
    [
      '%v %d %s',
      [
        [i(1), 'a'],
        [i(1), 'a'],
        [i(1), 'a'],
      ],
    ],
    ['%v|%+v|%s|%q|%x|%10v|%-10s|', Array<GoValue>(7).fill(semver(1, 2, 3))],
    ['%#v', [semver(1, 20, 3, 'rc.1', 'build.5')]],
    ['%d|%t|%T', [semver(1, 2, 3), semver(1, 2, 3), semver(1, 2, 3)]],
    ['%v %s', [[semver(1, 2, 3)], new Map([['k', semver(4, 5, 6)]])]],
    ['%d', [i(1), semver(1, 2, 3)]],
  ];
  return list.map(([format, args], k) => printf(`errors ${k}: ${format}`, format, args));
}

/** print and println: spaces between operands. */
function printCases(): FmtCase[] {
  const list: [string, readonly GoValue[]][] = [
    ['none', []],
    ['one string', ['a']],
    ['strings', ['a', 'b', 'c']],
    ['ints', [i(1), i(2), i(3)]],
    ['mixed', ['a', i(1), i(2), 'b', 'c', 3.5, null, true, 'd']],
    ['nils', [null, null]],
    ['containers', [[i(1)], new Map<string, GoValue>([['a', i(1)]]), 'x', []]],
    ['floats', [1e6, 100000, 1e-5, 0.000123]],
    ['struct', [semver(1, 2, 3), i(1), 'x', semver(0, 1, 0, 'alpha')]],
  ];
  return list.flatMap(([label, args]) => [
    printCall('print', `print ${label}`, args),
    printCall('println', `println ${label}`, args),
  ]);
}

/** Every fmt case, in a stable order. */
export function fmtCases(): FmtCase[] {
  const all = [...verbMatrix(), ...flagMatrix(), ...errorForms(), ...printCases()];
  // The matrices overlap (%+v is both a verb and a flag on v); keep each name once.
  const seen = new Set<string>();
  return all.filter((c) => !seen.has(c.name) && seen.add(c.name) !== undefined);
}
