// Schema checks one keyword at a time (tables): the kube-openapi message each gives, and what the
// decode step (null pruning, defaults) changes before them.
import { expect } from 'chai';
import type { JSONSchemaProps } from '../../generator/schema/json-schema-props.js';
import { applyDefaults, pruneNulls } from '../../validate/defaults.js';
import { errorString } from '../../validate/field-error.js';
import { NO_OLD } from '../../validate/old-value.js';
import { validateSchema } from '../../validate/schema-validate.js';

const obj = (properties: Record<string, JSONSchemaProps>): JSONSchemaProps => ({
  type: 'object',
  properties: { spec: { type: 'object', properties } },
});

function errors(schema: JSONSchemaProps, spec: unknown): string[] {
  return validateSchema({ spec }, schema, NO_OLD).errors.map(errorString);
}

describe('validate: schema keywords', () => {
  const table: readonly [string, Record<string, JSONSchemaProps>, unknown, string[]][] = [
    [
      'a list item may not be null',
      { l: { type: 'array', items: { type: 'string' } } },
      { l: ['a', null] },
      ['spec.l[1]: Invalid value: "null": spec.l[1] in body must be of type string: "null"'],
    ],
    ['nullable allows null', { n: { type: 'string', nullable: true } }, { n: null }, []],
    [
      'a boolean in a date-time field is reported against the format',
      { t: { type: 'string', format: 'date-time' } },
      { t: true },
      ['spec.t: Invalid value: "": spec.t in body must be of type date-time: ""'],
    ],
    [
      'an integer in a date-time field names its Go format',
      { t: { type: 'string', format: 'date-time' } },
      { t: 5 },
      ['spec.t: Invalid value: "int64": spec.t in body must be of type date-time: "int64"'],
    ],
    [
      'int32 is stripped and not checked',
      { i: { type: 'integer', format: 'int32' } },
      { i: 2 ** 40 },
      [],
    ],
    ['an integer is a number', { n: { type: 'number' } }, { n: 3 }, []],
    [
      'a fraction is not an integer',
      { i: { type: 'integer' } },
      { i: 1.5 },
      ['spec.i: Invalid value: "number": spec.i in body must be of type integer: "number"'],
    ],
    [
      'multipleOf',
      { i: { type: 'integer', multipleOf: 5 } },
      { i: 7 },
      ['spec.i: Invalid value: 7: spec.i in body should be a multiple of 5'],
    ],
    [
      'maximum prints as Go %v',
      { i: { type: 'integer', maximum: 1000000 } },
      { i: 2000000 },
      ['spec.i: Invalid value: 2000000: spec.i in body should be less than or equal to 1e+06'],
    ],
    [
      'map values are named with dots',
      { m: { type: 'object', additionalProperties: { type: 'integer' } } },
      { m: { 'a.b': 'x' } },
      ['spec.m.a.b: Invalid value: "string": spec.m.a.b in body must be of type integer: "string"'],
    ],
    [
      'an enum of numbers lists them as JSON',
      { e: { type: 'integer', enum: [1, 2] } },
      { e: 3 },
      ['spec.e: Unsupported value: 3: supported values: "1", "2"'],
    ],
    ['lengths count characters', { s: { type: 'string', maxLength: 2 } }, { s: 'éé' }, []],
    [
      'oneOf with no valid alternative',
      { o: { oneOf: [{ minimum: 5 }, { maximum: 1 }], type: 'integer' } },
      { o: 3 },
      [
        '<nil>: Invalid value: "": "spec.o" must validate one and only one schema (oneOf). Found none valid',
        'spec.o: Invalid value: 3: spec.o in body should be greater than or equal to 5',
      ],
    ],
    [
      'allOf',
      { a: { allOf: [{ minimum: 5 }], type: 'integer' } },
      { a: 3 },
      [
        '<nil>: Invalid value: "": "spec.a" must validate all the schemas (allOf). None validated',
        'spec.a: Invalid value: 3: spec.a in body should be greater than or equal to 5',
      ],
    ],
    [
      'not',
      { n: { not: { enum: ['x'] }, type: 'string' } },
      { n: 'x' },
      ['<nil>: Invalid value: "": "spec.n" must not validate the schema (not)'],
    ],
  ];
  for (const [name, properties, spec, expected] of table) {
    it(name, () => expect(errors(obj(properties), spec)).to.deep.equal(expected));
  }
});

describe('validate: decoding before validation', () => {
  const schema = obj({
    a: { type: 'string' },
    b: { type: 'string', default: 'dflt' },
    c: { type: 'string', nullable: true },
    d: { type: 'object', default: {}, properties: { e: { type: 'integer', default: 7 } } },
    l: { type: 'array', items: { type: 'string', default: 'item' } },
  });

  it('drops non-nullable nulls without defaults, then defaults absent fields and nulls', () => {
    const x = { spec: { a: null, b: null, c: null, l: [null, 'x'] } };
    pruneNulls(x, schema);
    applyDefaults(x, schema);
    expect(x).to.deep.equal({ spec: { b: 'dflt', c: null, d: { e: 7 }, l: ['item', 'x'] } });
  });
});
