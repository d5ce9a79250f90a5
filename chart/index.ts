/**
 * The chart stage: the API types and chart/values.ts in, the generated files of chart/kelos/ out
 * (CRD templates, values.yaml, values.schema.json, README.md). The templates that are written by
 * hand live in chart/kelos/templates/.
 */
export { generateChartFiles, chartDir } from './generate/chart-files.js';
export { crdTemplate, crdTemplatePath, escapeTemplateText } from './generate/crd-templates.js';
export type { ChartFile } from './generate/crd-templates.js';
export { valuesSchema, closeObjects } from './generate/values-schema.js';
export { valuesYaml, schemaDefaults } from './generate/values-yaml.js';
export { valuesTable } from './generate/values-table.js';
export type { SchemaNode } from './generate/values-schema.js';
