// zeroValue is reflect.Zero; these are the zero values of the Go spec ("The zero value"), and the
// executor's uses of them (missing keys under missingkey=zero, `index` of a missing key) are
// pinned against Helm by the template goldens.
import { expect } from 'chai';
import {
  GoInt,
  goNil,
  goTypes,
  isNil,
  mapOf,
  sliceOf,
  typeName,
  zeroValue,
  type GoType,
  type GoValue,
} from '../../../render/go/index.js';

describe('Go zero values (render/go/zero.ts)', () => {
  const cases: [GoType, GoValue][] = [
    [goTypes.bool, false],
    [goTypes.string, ''],
    [goTypes.float64, 0],
    [goTypes.any, null],
    [goTypes.error, null],
    [{ kind: 'pointer', elem: goTypes.string }, null],
  ];
  for (const [type, zero] of cases) {
    it(`the zero ${typeName(zero) === '<nil>' ? 'nil' : typeName(zero)} of ${JSON.stringify(type)}`, () => {
      expect(zeroValue(type)).to.equal(zero);
    });
  }

  it('int kinds are a 0 of their own kind', () => {
    for (const kind of ['int', 'int8', 'uint8', 'uint64'] as const) {
      const z = zeroValue({ kind });
      expect(z).to.be.instanceOf(GoInt);
      expect(z).to.deep.equal(new GoInt(0n, kind));
    }
  });

  it('slices and maps are nil, typed, and print as their type', () => {
    for (const type of [sliceOf(goTypes.string), mapOf(goTypes.any)]) {
      const z = zeroValue(type);
      expect(isNil(z)).to.equal(true);
      expect((z as { [goNil]?: true })[goNil]).to.equal(true);
      expect(typeName(z)).to.equal(type.kind === 'slice' ? '[]string' : 'map[string]interface {}');
    }
  });

  it('a named type is the zero of its underlying type', () => {
    const named: GoType = {
      kind: 'named',
      name: 'x.Flag',
      underlying: goTypes.bool,
      methods: new Map(),
    };
    expect(zeroValue(named)).to.equal(false);
  });
});
