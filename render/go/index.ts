/**
 * Go's value model and printing, for the template executor and the function library.
 *
 * In: Go values modelled in JS (`values.ts`: number = float64, GoInt = the int kinds, Array/Map =
 * slices/maps, GoStruct, GoFunc) and Go types (`types.ts`). Out: Go's reflect facts about them
 * (`typeName`, `kindOf`, `truth`, `assignableTo`, `methodOf`).
 */
export * from './types.js';
export * from './values.js';
