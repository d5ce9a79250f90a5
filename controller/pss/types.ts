import type { IObjectMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';

/** A Pod Security Standards level that has checks: baseline, or restricted (baseline and more). */
export type PssLevel = 'baseline' | 'restricted';

/** One field that breaks a Pod Security Standards control. */
export interface PssViolation {
  /** The control, by pod-security-admission's check ID, such as `allowPrivilegeEscalation`. */
  readonly check: string;
  /** The level the control belongs to. */
  readonly level: PssLevel;
  /** The offending field, such as `spec.template.spec.initContainers[0].securityContext`. */
  readonly path: string;
  /** What the field must be instead. */
  readonly message: string;
}

/** How a pod is checked. */
export interface PssOptions {
  /** The level to enforce. */
  readonly level: PssLevel;
  /**
   * The policy version, as a namespace's `enforce-version` label names it: `latest` (default) or
   * `v1.N`, N ≥ 25. Controls added or relaxed after 1.25 follow the version, as in
   * pod-security-admission.
   */
  readonly version?: string;
}

/** What a check sees: the pod's metadata and spec, the paths to them, and the policy minor. */
export interface PodContext {
  readonly metadata: IObjectMeta | undefined;
  readonly spec: IPodSpec;
  /** Path of the pod's metadata, such as `spec.template.metadata`. */
  readonly metadataPath: string;
  /** Path of the pod's spec, such as `spec.template.spec`. */
  readonly specPath: string;
  /** The policy's minor version (1.N). */
  readonly minor: number;
}

/** One control: its ID, level, and the violations it finds in a pod. */
export interface PssCheck {
  readonly id: string;
  readonly level: PssLevel;
  /** IDs of the baseline controls this restricted control replaces, as pod-security-admission's OverrideCheckIDs. */
  readonly overrides?: (minor: number) => readonly string[];
  readonly check: (pod: PodContext) => PssViolation[];
}

/** The newest policy version these checks know; `latest` means it. */
export const latestMinor = 36;

/** The oldest policy version accepted. */
export const oldestMinor = 25;

/** The minor version of `v1.N` or `latest`; undefined when the text is neither or too old. */
export function parsePolicyVersion(text: string | undefined): number | undefined {
  if (text === undefined || text === 'latest') return latestMinor;
  const match = /^v?1\.(\d+)$/.exec(text);
  if (match === null) return undefined;
  const minor = Number(match[1]);
  return minor >= oldestMinor ? minor : undefined;
}
