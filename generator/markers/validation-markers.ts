import type { JSONSchemaProps } from '../schema/json-schema-props.js';
import { defineMarker, setKeyword } from './definition.js';
import { parseList } from './marker-text.js';
import {
  booleanArg,
  readChoice,
  readCount,
  readFlag,
  readJson,
  readNamed,
  readNumber,
  readText,
  requiredString,
  stringArg,
} from './read-values.js';

const both = ['type', 'field'] as const;

const readRule = readNamed({
  rule: requiredString,
  message: stringArg,
  messageExpression: stringArg,
  reason: {
    read: readChoice([
      'FieldValueInvalid',
      'FieldValueForbidden',
      'FieldValueRequired',
      'FieldValueDuplicate',
    ] as const),
  },
  fieldPath: stringArg,
  optionalOldSelf: booleanArg,
});

function simple<K extends keyof JSONSchemaProps>(
  key: K,
  kubebuilder: string,
  help: string,
  read: (text: string) => JSONSchemaProps[K],
  syntax = 'N',
) {
  return defineMarker({
    name: key,
    syntax: `@k8s:${key} ${syntax}`.trimEnd(),
    kubebuilder,
    help,
    targets: both,
    read,
    apply: setKeyword(key),
  });
}

/** Markers that add OpenAPI validation keywords to the node they are written on. */
export const validationMarkers = [
  simple('minimum', '+kubebuilder:validation:Minimum', 'Smallest allowed number.', readNumber),
  simple('maximum', '+kubebuilder:validation:Maximum', 'Largest allowed number.', readNumber),
  simple(
    'exclusiveMinimum',
    '+kubebuilder:validation:ExclusiveMinimum',
    'The minimum itself is not allowed.',
    readFlag,
    '',
  ),
  simple(
    'exclusiveMaximum',
    '+kubebuilder:validation:ExclusiveMaximum',
    'The maximum itself is not allowed.',
    readFlag,
    '',
  ),
  simple(
    'multipleOf',
    '+kubebuilder:validation:MultipleOf',
    'The number must be a multiple of N.',
    readNumber,
  ),
  simple('minLength', '+kubebuilder:validation:MinLength', 'Shortest allowed string.', readCount),
  simple('maxLength', '+kubebuilder:validation:MaxLength', 'Longest allowed string.', readCount),
  simple(
    'pattern',
    '+kubebuilder:validation:Pattern',
    'Regular expression (RE2) the string must match.',
    readText,
    'REGEX',
  ),
  simple(
    'format',
    '+kubebuilder:validation:Format',
    'OpenAPI format, e.g. date-time, int32.',
    readText,
    'NAME',
  ),
  simple('minItems', '+kubebuilder:validation:MinItems', 'Fewest allowed list items.', readCount),
  simple('maxItems', '+kubebuilder:validation:MaxItems', 'Most allowed list items.', readCount),
  simple(
    'uniqueItems',
    '+kubebuilder:validation:UniqueItems',
    'Items must be unique (the API server refuses this; prefer @k8s:listType set).',
    readFlag,
    '',
  ),
  simple(
    'minProperties',
    '+kubebuilder:validation:MinProperties',
    'Fewest allowed map entries.',
    readCount,
  ),
  simple(
    'maxProperties',
    '+kubebuilder:validation:MaxProperties',
    'Most allowed map entries.',
    readCount,
  ),
  defineMarker({
    name: 'enum',
    syntax: '@k8s:enum a;b;c | ["a","b"]',
    kubebuilder: '+kubebuilder:validation:Enum',
    help: 'The allowed values, replacing any TypeScript literal union.',
    targets: both,
    read: (text: string): unknown[] =>
      text.startsWith('[') ? (readJson(text) as unknown[]) : parseList(readText(text)),
    apply: setKeyword('enum'),
  }),
  defineMarker({
    name: 'default',
    syntax: '@k8s:default JSON',
    kubebuilder: '+kubebuilder:default',
    help: 'The value the API server fills in when the field is absent (a JSON value).',
    targets: both,
    read: readJson,
    apply: setKeyword('default'),
  }),
  simple('nullable', '+nullable', 'null is an allowed value.', readFlag, ''),
  defineMarker({
    name: 'validation',
    syntax:
      '@k8s:validation rule="CEL" [message="..."] [messageExpression="CEL"] [reason=...] [fieldPath=...] [optionalOldSelf=true]',
    kubebuilder: '+kubebuilder:validation:XValidation',
    help: 'A CEL rule the API server checks (x-kubernetes-validations); repeatable.',
    targets: both,
    repeatable: true,
    read: readRule,
    apply: (node, value, context) => {
      const { optionalOldSelf, ...rest } = value;
      const rule = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
      const rules = (node.schema['x-kubernetes-validations'] ??= []);
      rules.push({
        ...(rule as { rule: string }),
        ...(optionalOldSelf === 'true' ? { optionalOldSelf: true } : {}),
      });
      node.origins.set(`x-kubernetes-validations[${rules.length - 1}]`, context.location);
    },
  }),
  defineMarker({
    name: 'maxDescLen',
    syntax: '@k8s:maxDescLen N',
    kubebuilder: 'controller-gen crd:maxDescLen=N (per field here)',
    help: 'Trims descriptions of this node and everything below it to N characters (0 drops them).',
    targets: both,
    read: readCount,
    apply: (node, value) => {
      node.maxDescLen = value;
    },
  }),
];
