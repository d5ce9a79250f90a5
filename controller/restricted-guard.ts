import type { IJob } from 'kubernetes-models/batch/v1/Job';
import type { Problems } from './problems.js';
import { checkJobPodSecurity } from './pss/index.js';

const pod = 'spec.template.spec';

/**
 * For a Task that opts into restricted: runs the restricted checks over the Job it would get and
 * records each violation as a problem at the Task field that caused it (a user volume, the pod
 * or agent security context), so buildJob fails rather than emit a pod the namespace rejects.
 * `builtinVolumes` is how many volumes Kelos put before the user's.
 */
export function guardRestricted(
  job: IJob,
  builtinVolumes: number,
  taskLabel: string,
  problems: Problems,
): void {
  for (const v of checkJobPodSecurity(job, { level: 'restricted' })) {
    problems.add(
      taskLabel,
      taskPath(v.path, builtinVolumes),
      `job-restricted-${v.check}`,
      `${v.message}: the Task asks for a restricted pod (its podOverrides security contexts), which PSS restricted (${v.check}) would reject`,
    );
  }
}

// Only user-supplied fields can break restricted once the builder has hardened its own
// containers; anything else keeps the Job's own path.
function taskPath(path: string, builtinVolumes: number): string {
  const volume = new RegExp(`^${escape(pod)}\\.volumes\\[(\\d+)\\]`).exec(path);
  if (volume !== null) {
    const index = Number(volume[1]) - builtinVolumes;
    return `spec.podOverrides.volumes[${index}]${path.slice(volume[0].length)}`;
  }
  for (const [from, to] of [
    [`${pod}.securityContext`, 'spec.podOverrides.podSecurityContext'],
    [`${pod}.containers[0].securityContext`, 'spec.podOverrides.containerSecurityContext'],
  ] as const) {
    if (path === from || path.startsWith(`${from}.`)) return to + path.slice(from.length);
  }
  return path;
}

function escape(text: string): string {
  return text.replace(/[.[\]]/g, '\\$&');
}
