// Field errors printed as Kubernetes 1.33's field.Error prints them, and Go's %v / %#v of the
// values in them (tables).
import { expect } from 'chai';
import {
  duplicate,
  errorString,
  forbidden,
  invalid,
  notSupported,
  required,
  tooLong,
  tooMany,
  typeInvalid,
  type FieldError,
} from '../../validate/field-error.js';
import { goFloat, goSharpV } from '../../validate/go-format.js';

describe('validate: field errors', () => {
  const table: readonly [FieldError, string][] = [
    [
      invalid('spec.replicas', -1, 'must be positive'),
      'spec.replicas: Invalid value: -1: must be positive',
    ],
    [invalid('spec.ratio', 0.5, 'too small'), 'spec.ratio: Invalid value: 0.5: too small'],
    [invalid('spec.on', true, 'no'), 'spec.on: Invalid value: true: no'],
    [invalid('', null, 'root'), '<nil>: Invalid value: "null": root'],
    [invalid('spec.name', 'a"b\n', 'quoted'), 'spec.name: Invalid value: "a\\"b\\n": quoted'],
    [
      typeInvalid('spec.x', 'string', 'spec.x in body must be of type integer: "string"'),
      'spec.x: Invalid value: "string": spec.x in body must be of type integer: "string"',
    ],
    [required('spec.credentials', ''), 'spec.credentials: Required value'],
    [
      required('metadata.name', 'name or generateName is required'),
      'metadata.name: Required value: name or generateName is required',
    ],
    [forbidden('spec.owner', 'nope'), 'spec.owner: Forbidden: nope'],
    [
      duplicate('spec.v[1]', { name: 'cache' }),
      'spec.v[1]: Duplicate value: map[string]interface {}{"name":"cache"}',
    ],
    [duplicate('spec.tags[2]', 'a'), 'spec.tags[2]: Duplicate value: "a"'],
    [
      notSupported('spec.type', 'x', ['a', 'b']),
      'spec.type: Unsupported value: "x": supported values: "a", "b"',
    ],
    [tooLong('spec.owner', 8), 'spec.owner: Too long: may not be more than 8 bytes'],
    [tooLong('spec.owner', 1), 'spec.owner: Too long: may not be more than 1 byte'],
    [tooMany('spec.remotes', 33, 32), 'spec.remotes: Too many: 33: must have at most 32 items'],
    [tooMany('spec.remotes', 2, 1), 'spec.remotes: Too many: 2: must have at most 1 item'],
    [tooMany('spec.remotes', -1, 1), 'spec.remotes: Too many: must have at most 1 item'],
  ];
  for (const [error, text] of table) {
    it(text, () => expect(errorString(error)).to.equal(text));
  }
});

describe('validate: Go value printing', () => {
  const floats: readonly [number, string][] = [
    [0, '0'],
    [0.5, '0.5'],
    [100000, '100000'],
    [1000000, '1e+06'],
    [1234567, '1.234567e+06'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [-2.5e-7, '-2.5e-07'],
  ];
  for (const [n, text] of floats) {
    it(`%v of ${n} is ${text}`, () => expect(goFloat(n)).to.equal(text));
  }

  const values: readonly [unknown, string][] = [
    [null, 'interface {}(nil)'],
    ['a', '"a"'],
    [3, '3'],
    [[1, 'x', true], '[]interface {}{1, "x", true}'],
    [
      { b: 1, a: { c: [] } },
      'map[string]interface {}{"a":map[string]interface {}{"c":[]interface {}{}}, "b":1}',
    ],
  ];
  for (const [v, text] of values) {
    it(`%#v of ${JSON.stringify(v)} is ${text}`, () => expect(goSharpV(v)).to.equal(text));
  }
});
