import type { MarkerDefinition } from './definition.js';
import { resourceMarkers } from './resource-markers.js';
import { structureMarkers } from './structure-markers.js';
import { validationMarkers } from './validation-markers.js';

/** The markers in the groups the documentation presents them in. */
export const markerGroups: readonly {
  readonly title: string;
  readonly markers: readonly MarkerDefinition[];
}[] = [
  { title: 'Validation', markers: validationMarkers },
  { title: 'Structure and types', markers: structureMarkers },
  { title: 'Resources', markers: resourceMarkers },
];

/** Every marker the generator understands, by name (the part after `@k8s:`). */
export const markerRegistry: ReadonlyMap<string, MarkerDefinition> = new Map(
  markerGroups.flatMap((g) => g.markers).map((m) => [m.name, m]),
);
