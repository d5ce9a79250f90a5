/**
 * Go's value model and printing, for the template executor and the function library.
 *
 * In: Go values modelled in JS (`values.ts`: number = float64, GoInt = the int kinds, Array/Map =
 * slices/maps, GoStruct, GoFunc) and Go types (`types.ts`). Out: Go's reflect facts about them
 * (`typeName`, `kindOf`, `truth`, `assignableTo`, `methodOf`, `zeroValue`), Go's view of strings
 * (`compareGoStrings`, `utf8Bytes`, `goString`: raw bytes kept), and Go's fmt printing of them (`sprint`, `sprintln`,
 * `sprintf`; `fmt.ts`), byte for byte as Helm prints; and values files decoded into Go values as
 * Helm decodes them (`readValues`, `decodeYaml`; `yaml-values.ts`).
 */
export * from './types.js';
export * from './values.js';
export { zeroValue } from './zero.js';
export { compareGoStrings, goString, utf8Bytes } from './strings.js';
export { sprint, sprintln, sprintf } from './fmt.js';
export { formatFloat, type FloatFormat } from './format-float.js';
export { quote, quoteRune, isPrint } from './quote.js';
export { readValues, decodeYaml, yamlErrorText, type ReadValuesOptions } from './yaml-values.js';
