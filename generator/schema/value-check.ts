import type { JSONSchemaProps } from './json-schema-props.js';

/**
 * Checks a JSON value (a default or an enum value) against a schema: the subset of OpenAPI the
 * generator emits. Returns the first problem as `path: message`, or undefined when valid.
 */
export function validateValue(
  value: unknown,
  schema: JSONSchemaProps,
  path = '',
): string | undefined {
  if (value === null) {
    return schema.nullable === true || schema['x-kubernetes-preserve-unknown-fields'] === true
      ? undefined
      : `${where(path)}null is not allowed`;
  }
  if (schema['x-kubernetes-int-or-string'] === true) {
    return typeof value === 'string' || Number.isInteger(value)
      ? undefined
      : `${where(path)}expected an integer or a string`;
  }
  const typeProblem = checkType(value, schema.type);
  if (typeProblem !== undefined) {
    return `${where(path)}${typeProblem}`;
  }
  if (
    schema.enum !== undefined &&
    !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))
  ) {
    return `${where(path)}must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`;
  }
  return checkBounds(value, schema, path) ?? checkChildren(value, schema, path);
}

function where(path: string): string {
  return path === '' ? '' : `${path.slice(1)}: `;
}

function checkType(value: unknown, type: JSONSchemaProps['type']): string | undefined {
  const ok =
    type === undefined ||
    (type === 'string' && typeof value === 'string') ||
    (type === 'boolean' && typeof value === 'boolean') ||
    (type === 'integer' && Number.isInteger(value)) ||
    (type === 'number' && typeof value === 'number') ||
    (type === 'array' && Array.isArray(value)) ||
    (type === 'object' && typeof value === 'object' && !Array.isArray(value));
  return ok ? undefined : `expected ${type}`;
}

function checkBounds(value: unknown, s: JSONSchemaProps, path: string): string | undefined {
  const w = where(path);
  if (typeof value === 'number') {
    if (s.minimum !== undefined && (s.exclusiveMinimum ? value <= s.minimum : value < s.minimum)) {
      return `${w}must be ${s.exclusiveMinimum ? '>' : '>='} ${s.minimum}`;
    }
    if (s.maximum !== undefined && (s.exclusiveMaximum ? value >= s.maximum : value > s.maximum)) {
      return `${w}must be ${s.exclusiveMaximum ? '<' : '<='} ${s.maximum}`;
    }
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (s.minLength !== undefined && length < s.minLength) {
      return `${w}must be at least ${s.minLength} characters`;
    }
    if (s.maxLength !== undefined && length > s.maxLength) {
      return `${w}must be at most ${s.maxLength} characters`;
    }
  }
  if (Array.isArray(value)) {
    if (s.minItems !== undefined && value.length < s.minItems) {
      return `${w}must have at least ${s.minItems} items`;
    }
    if (s.maxItems !== undefined && value.length > s.maxItems) {
      return `${w}must have at most ${s.maxItems} items`;
    }
  }
  return undefined;
}

function checkChildren(value: unknown, schema: JSONSchemaProps, path: string): string | undefined {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const problem =
        schema.items === undefined ? undefined : validateValue(item, schema.items, `${path}[${i}]`);
      if (problem !== undefined) {
        return problem;
      }
    }
    return undefined;
  }
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const record = value as Record<string, unknown>;
  for (const key of schema.required ?? []) {
    if (!(key in record) && schema.properties?.[key]?.default === undefined) {
      return `${where(`${path}.${key}`)}required`;
    }
  }
  for (const [key, child] of Object.entries(record)) {
    const childSchema =
      schema.properties?.[key] ??
      (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
    if (childSchema === undefined) {
      if (
        schema.properties !== undefined &&
        schema['x-kubernetes-preserve-unknown-fields'] !== true
      ) {
        return `${where(`${path}.${key}`)}unknown field`;
      }
      continue;
    }
    const problem = validateValue(child, childSchema, `${path}.${key}`);
    if (problem !== undefined) {
      return problem;
    }
  }
  return undefined;
}
