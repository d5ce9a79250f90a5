import type { ValidTask } from './inputs.js';

/** The labels Kelos puts on every Job and pod it builds, as the reference's builtinLabels. */
export function builtinLabels(taskName: string): Record<string, string> {
  return {
    'kelos.dev/name': 'kelos',
    'kelos.dev/component': 'task',
    'kelos.dev/managed-by': 'kelos-controller',
    'kelos.dev/task': taskName,
  };
}

/**
 * The Job's and pod's labels: podOverrides.labels with the built-in labels laid over them (the
 * built-ins win, as the API documents), sorted by key as Go's JSON writes a map.
 */
export function jobLabels(task: ValidTask): Record<string, string> {
  const merged = { ...task.spec.podOverrides?.labels, ...builtinLabels(task.metadata.name) };
  return Object.fromEntries(
    Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}
