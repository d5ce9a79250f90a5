import { expect } from 'chai';
import { goTypes, mapOf, sliceOf } from '../../../render/go/types.js';
import {
  assignableTo,
  fitsInt,
  goInt,
  kindOf,
  nilOf,
  truth,
  typeName,
  typedSlice,
  wrapInt,
  type GoValue,
} from '../../../render/go/values.js';
import { describeOracle, expectGoldens, goExpr, type OracleCase } from './oracle.js';

const i = (n: number | bigint) => goInt(n);

// Values whose Sprig typeOf / kindOf and Go template truth are checked against Helm.
const values: [string, GoValue][] = [
  ['nil', null],
  ['true', true],
  ['false', false],
  ['int 0', i(0)],
  ['int 3', i(3)],
  ['int64 0', goInt(0, 'int64')],
  ['int64 -1', goInt(-1, 'int64')],
  ['uint8 0', goInt(0, 'uint8')],
  ['uint8 7', goInt(7, 'uint8')],
  ['uint64 0', goInt(0n, 'uint64')],
  ['uint64 5', goInt(5n, 'uint64')],
  ['float 0', 0],
  ['float -0', -0],
  ['float 1.5', 1.5],
  ['NaN', NaN],
  ['string empty', ''],
  ['string x', 'x'],
  ['list empty', []],
  ['list', [null]],
  ['strings empty', typedSlice(sliceOf(goTypes.string))],
  ['strings', typedSlice(sliceOf(goTypes.string), ['a'])],
  ['dict empty', new Map()],
  ['dict', new Map([['a', null]])],
  ['bytes empty', new Uint8Array()],
  ['bytes', Uint8Array.of(1)],
];

const cases = (): OracleCase[] =>
  values.map(([name, v]) => {
    const x = goExpr(v);
    return { name, template: `printf "%s|%s|%t" (typeOf ${x}) (kindOf ${x}) (not ${x})` };
  });

describe('Go values (render/go/values.ts)', () => {
  it('types, kinds and truth match Sprig typeOf / kindOf and Go template truth in Helm', () => {
    expectGoldens('values', cases(), (k) => {
      const v = values[k]![1];
      return `${typeName(v)}|${kindOf(v)}|${!truth(v)}`;
    });
  });

  it('keeps GoInt within its type and wraps as Go conversions do', () => {
    expect(() => goInt(128, 'int8')).to.throw(RangeError, '128 overflows int8');
    expect(() => goInt(1.5)).to.throw(RangeError, '1.5 is not an integer');
    expect(fitsInt(-1n, 'uint64')).to.equal(false);
    expect(wrapInt(-1n, 'uint8').value).to.equal(255n);
    expect(wrapInt(1n << 63n, 'int64').value).to.equal(-(1n << 63n));
  });

  it('names typed containers and nil containers by their Go type', () => {
    const nilStrings = nilOf(sliceOf(goTypes.string));
    expect(typeName(nilStrings)).to.equal(typeName(typedSlice(sliceOf(goTypes.string))));
    expect(typeName(nilOf(mapOf(goTypes.string)))).to.equal('map[string]string');
    expect(truth(nilStrings)).to.equal(false);
  });

  it('follows Go assignability: identical types, or one unnamed with the same underlying type', () => {
    const versionSet = {
      kind: 'named',
      name: 'chartutil.VersionSet',
      underlying: sliceOf(goTypes.string),
      methods: new Map(),
    } as const;
    const strings = typedSlice(sliceOf(goTypes.string), ['v1']);
    expect(assignableTo(strings, versionSet)).to.equal(true);
    expect(assignableTo(typedSlice(versionSet), sliceOf(goTypes.string))).to.equal(true);
    expect(assignableTo(['v1'], sliceOf(goTypes.string))).to.equal(false);
    expect(assignableTo(i(1), goTypes.float64)).to.equal(false);
    expect(assignableTo(null, goTypes.any)).to.equal(true);
  });
});

describeOracle('values', cases);
