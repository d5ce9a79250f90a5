/**
 * The generator: TypeScript API types in, `apiextensions.k8s.io/v1` CustomResourceDefinitions out.
 *
 * `generateCrds` reads the types an entry file exports (through ts-json-schema-generator), applies
 * `@k8s:` markers and the overlay of upstream facts, checks the schemas as the API server would,
 * and returns one CRD per group and kind, or throws a DiagnosticError listing every problem.
 */
export { generateCrds, type GenerateOptions, type GeneratedCrds } from './generate.js';
export { crdFile, crdFileName, crdToYaml, generatedHeader } from './crd/emit.js';
export type { CustomResourceDefinition, CrdVersion, CrdNames, PrinterColumn } from './crd/types.js';
export type { JSONSchemaProps, ValidationRule } from './schema/json-schema-props.js';
export { markerRegistry } from './markers/registry.js';
export { generateJsonSchema, type JsonSchemaOptions } from './generate-schema.js';
export { toJsonSchema } from './json-schema.js';
