import type { IContainer } from 'kubernetes-models/v1/Container';
import type { PodContext } from './types.js';

/** A container of the pod with the path to it. */
export interface PathedContainer {
  readonly container: IContainer;
  readonly path: string;
}

/**
 * Every container of the pod: init containers, containers, then ephemeral containers, the order
 * of pod-security-admission's visitContainers, each with its field path.
 */
export function podContainers(pod: PodContext): PathedContainer[] {
  const { spec, specPath } = pod;
  const list = (field: string, containers: readonly IContainer[] | undefined) =>
    (containers ?? []).map((container, i) => ({ container, path: `${specPath}.${field}[${i}]` }));
  return [
    ...list('initContainers', spec.initContainers),
    ...list('containers', spec.containers),
    ...list('ephemeralContainers', spec.ephemeralContainers as IContainer[] | undefined),
  ];
}

/** True when the pod declares itself a Windows pod, which some restricted controls exempt. */
export function isWindowsPod(pod: PodContext): boolean {
  return pod.spec.os?.name === 'windows';
}

/** True when the pod runs in its own user namespace (hostUsers: false), relaxed from 1.35. */
export function inUserNamespace(pod: PodContext): boolean {
  return pod.minor >= 35 && pod.spec.hostUsers === false;
}
