import type { IJob } from 'kubernetes-models/batch/v1/Job';
import type { IObjectMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import { baselineChecks } from './baseline.js';
import { restrictedChecks } from './restricted.js';
import { parsePolicyVersion, type PssCheck, type PssOptions, type PssViolation } from './types.js';

/** Where a pod's metadata and spec sit in the object being checked. */
export interface PodLocation {
  readonly metadataPath: string;
  readonly specPath: string;
}

/**
 * Checks a pod's metadata and spec against a Pod Security Standards level, returning every
 * violation by field path (empty when the pod passes). Restricted runs the baseline controls too,
 * less the ones a restricted control replaces, as pod-security-admission does.
 */
export function checkPodSecurity(
  metadata: IObjectMeta | undefined,
  spec: IPodSpec,
  options: PssOptions,
  location: PodLocation = { metadataPath: 'metadata', specPath: 'spec' },
): PssViolation[] {
  const minor = parsePolicyVersion(options.version);
  if (minor === undefined) {
    throw new RangeError(
      `unknown Pod Security Standards version "${options.version ?? ''}" (want latest or v1.N, N ≥ 25)`,
    );
  }
  const pod = { metadata, spec, minor, ...location };
  return checksFor(options.level, minor).flatMap((c) => c.check(pod));
}

/** Checks the pod template of a Job (`spec.template`) against a level. */
export function checkJobPodSecurity(job: IJob, options: PssOptions): PssViolation[] {
  const template = job.spec?.template;
  return checkPodSecurity(template?.metadata, template?.spec ?? { containers: [] }, options, {
    metadataPath: 'spec.template.metadata',
    specPath: 'spec.template.spec',
  });
}

function checksFor(level: PssOptions['level'], minor: number): PssCheck[] {
  if (level === 'baseline') return [...baselineChecks];
  const replaced = new Set(restrictedChecks.flatMap((c) => c.overrides?.(minor) ?? []));
  return [...baselineChecks.filter((c) => !replaced.has(c.id)), ...restrictedChecks];
}
