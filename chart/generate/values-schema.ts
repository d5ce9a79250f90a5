// values.schema.json: the Values type as JSON Schema, with every object closed. Helm validates
// the merged values against it before any template runs, so a typo (`webhookServer.sorces`) or a
// mistyped value (`replicas=two`) fails with the field's path instead of rendering something else.
//
// Closed means `additionalProperties: false` on every object whose keys the type names. Open are
// only what the type declares open: maps (annotations, resource quantities) and `global`, which
// Helm hands to every chart of a release. The root also names `enabled`, which a parent chart's
// `condition: kelos.enabled` puts into this chart's values.
import { generateJsonSchema } from '../../generator/index.js';

/** A JSON Schema node, as generateJsonSchema returns it. */
export type SchemaNode = Record<string, unknown>;

/** The chart's values schema, from `Values` in chart/values.ts. */
export async function valuesSchema(root: string): Promise<SchemaNode> {
  const schema = await generateJsonSchema({
    entry: `${root}/chart/values.ts`,
    type: 'Values',
    root,
  });
  return closeObjects(schema);
}

// The keywords whose values are schemas; everything else (default, enum …) is data.
const subschemaKeys = new Set(['items', 'additionalProperties', 'not']);
const subschemaListKeys = new Set(['anyOf', 'allOf', 'oneOf']);

/** The schema with `additionalProperties: false` on every object that lists its properties. */
export function closeObjects(node: SchemaNode): SchemaNode {
  const out: SchemaNode = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties') {
      out[key] = Object.fromEntries(
        Object.entries(value as Record<string, SchemaNode>).map(([k, v]) => [k, closeObjects(v)]),
      );
    } else if (subschemaKeys.has(key) && isSchema(value)) {
      out[key] = closeObjects(value);
    } else if (subschemaListKeys.has(key)) {
      out[key] = (value as SchemaNode[]).map(closeObjects);
    } else {
      out[key] = value;
    }
  }
  if (out['properties'] !== undefined && out['additionalProperties'] === undefined) {
    out['additionalProperties'] = false;
  }
  return out;
}

function isSchema(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
