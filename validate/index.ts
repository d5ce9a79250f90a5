/**
 * The validator: custom resources checked offline as the Kubernetes API server checks them on
 * create and update (structural schema, defaults, pruning, list types, CEL rules, metadata).
 *
 * In: YAML texts (`readObjects`) and the CRDs to check them against (`CrdSet`, by default the Kelos
 * CRDs). Out: one `DocumentReport` per object, with the API server's field errors and warnings
 * (`validateInputs`), printed as kubectl prints them (`formatText`) or as JSON (`formatJson`).
 */
export { CrdSet, type CrdVersion } from './crd-set.js';
export { defaultCrdDir, defaultCrdFiles } from './default-crds.js';
export { readObjects, type InputObject, type ReadResult } from './read-documents.js';
export {
  validateInputs,
  diagnosticReport,
  type DocumentReport,
  type ReportError,
  type ReportWarning,
} from './validate-inputs.js';
export {
  validateObject,
  type ObjectOutcome,
  type ValidateOptions,
  type ValidationWarning,
} from './validate-object.js';
export { formatJson, formatText } from './report.js';
export { errorString, type FieldError, type FieldErrorType } from './field-error.js';
