import type { Diagnostic } from '../../diagnostics/index.js';
import type { RawMarker } from '../read/source-info.js';
import type { Marker, MarkerTarget } from './definition.js';
import { MarkerSyntaxError } from './marker-text.js';
import { markerRegistry } from './registry.js';

/**
 * Reads the raw `@k8s` tags of one declaration into markers. Unknown names, markers on the wrong
 * kind of declaration, repeated non-repeatable markers and unreadable arguments become diagnostics
 * at the tag; the markers that could be read are returned.
 */
export function collectMarkers(
  raw: readonly RawMarker[],
  target: MarkerTarget,
  diagnostics: Diagnostic[],
): Marker[] {
  const markers: Marker[] = [];
  for (const { text, location, problem } of raw) {
    const at = { file: location.file, position: { line: location.line, column: location.column } };
    if (problem !== undefined) {
      diagnostics.push({ ...at, code: 'marker-constant', message: problem });
      continue;
    }
    const match = /^:([A-Za-z][\w]*)(?:\s+|$)/.exec(text);
    if (match === null) {
      diagnostics.push({
        ...at,
        code: 'marker-syntax',
        message: `@k8s needs a marker name, as in @k8s:minimum 1`,
      });
      continue;
    }
    const name = match[1]!;
    const definition = markerRegistry.get(name);
    if (definition === undefined) {
      diagnostics.push({ ...at, code: 'marker-unknown', message: `unknown marker @k8s:${name}` });
      continue;
    }
    if (!definition.targets.includes(target)) {
      const where = definition.targets
        .map((t) => (t === 'type' ? 'a type' : 'a property'))
        .join(' or ');
      diagnostics.push({
        ...at,
        code: 'marker-target',
        message: `@k8s:${name} belongs on ${where}, not on a ${target === 'type' ? 'type' : 'property'}`,
      });
      continue;
    }
    if (definition.repeatable !== true && markers.some((m) => m.definition === definition)) {
      diagnostics.push({
        ...at,
        code: 'marker-repeated',
        message: `@k8s:${name} is given more than once`,
      });
      continue;
    }
    try {
      markers.push({
        definition,
        value: definition.read(text.slice(match[0].length).trim()),
        location,
      });
    } catch (error) {
      if (!(error instanceof MarkerSyntaxError)) {
        throw error;
      }
      diagnostics.push({ ...at, code: 'marker-syntax', message: `@k8s:${name}: ${error.message}` });
    }
  }
  return markers;
}
