// The values table of the chart's README: one row per value, with its type, default and
// description, in the layout users know from chart READMEs (Key | Type | Default | Description),
// written by the Handlebars template values-table.md.hbs.
import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import type { SchemaNode } from './values-schema.js';

/** One documented value: its dotted key and its schema. */
interface Row {
  readonly key: string;
  readonly schema: SchemaNode;
}

/** One row of the table, its cells as Markdown. */
export interface ValueRow {
  readonly key: string;
  readonly type: string;
  readonly default: string;
  readonly description: string;
}

/** The rows of the values table, one per value, in the schema's order. */
export function valueRows(schema: SchemaNode): ValueRow[] {
  return rows(schema, '').map(({ key, schema: node }) => ({
    key: escapeCell(code(key)),
    type: escapeCell(typeName(node)),
    default: escapeCell(defaultText(node)),
    description: escapeCell(description(node)),
  }));
}

const template = Handlebars.compile(
  readFileSync(new URL('values-table.md.hbs', import.meta.url), 'utf8'),
  { noEscape: true, strict: true },
);

/** The Markdown table of every value in a values schema. */
export function valuesTable(schema: SchemaNode): string {
  return template({ rows: valueRows(schema) });
}

// Objects whose keys the schema names are sections, not values: their keys get rows instead.
function rows(node: SchemaNode, prefix: string): Row[] {
  const properties = node['properties'] as Record<string, SchemaNode> | undefined;
  if (properties === undefined || 'default' in node) {
    return prefix === '' ? [] : [{ key: prefix, schema: node }];
  }
  return Object.entries(properties).flatMap(([key, child]) =>
    rows(child, prefix === '' ? key : `${prefix}.${key}`),
  );
}

function typeName(node: SchemaNode): string {
  const values = node['enum'];
  if (Array.isArray(values)) {
    return values.map((v) => code(JSON.stringify(v))).join(' or ');
  }
  const type = node['type'];
  if (type === 'array') {
    return `list of ${typeName(node['items'] as SchemaNode)}`;
  }
  if (type === 'object') {
    const additional = node['additionalProperties'];
    return typeof additional === 'object' && additional !== null
      ? `map of ${typeName(additional as SchemaNode)}`
      : 'object';
  }
  const anyOf = node['anyOf'];
  if (Array.isArray(anyOf)) {
    return (anyOf as SchemaNode[]).map(typeName).join(' or ');
  }
  return typeof type === 'string' ? type : 'any';
}

function defaultText(node: SchemaNode): string {
  return 'default' in node ? code(JSON.stringify(node['default'])) : '—';
}

function description(node: SchemaNode): string {
  const text = node['description'];
  return typeof text === 'string' ? text.replaceAll('\n', ' ') : '';
}

function code(text: string): string {
  return `\`${text}\``;
}

// A pipe ends a table cell, even inside backticks, in GitHub's Markdown.
function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|');
}
