/**
 * The Pod Security Standards' baseline and restricted controls, as pod-security-admission
 * enforces them. In: a pod's metadata and spec (or a Job's pod template), a level and a policy
 * version. Out: every violation, by field path.
 */
export { checkJobPodSecurity, checkPodSecurity, type PodLocation } from './check.js';
export { baselineChecks, baselineCapabilities } from './baseline.js';
export { restrictedChecks, restrictedVolumeSources } from './restricted.js';
export {
  latestMinor,
  oldestMinor,
  parsePolicyVersion,
  type PssCheck,
  type PssLevel,
  type PssOptions,
  type PssViolation,
} from './types.js';
