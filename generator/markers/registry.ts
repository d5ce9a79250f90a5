import type { MarkerDefinition } from './definition.js';
import { resourceMarkers } from './resource-markers.js';
import { structureMarkers } from './structure-markers.js';
import { validationMarkers } from './validation-markers.js';

/** Every marker the generator understands, by name (the part after `@k8s:`). */
export const markerRegistry: ReadonlyMap<string, MarkerDefinition> = new Map(
  [...validationMarkers, ...structureMarkers, ...resourceMarkers].map((m) => [m.name, m]),
);
