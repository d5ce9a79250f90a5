import type { AgentType } from '../api/index.js';

/** How images are pulled, as a container's imagePullPolicy. */
export type PullPolicy = 'Always' | 'IfNotPresent' | 'Never';

/** Settings of the builder itself, like the reference controller's JobBuilder fields and flags. */
export interface BuildJobOptions {
  /** The image per agent type when the Task sets none; default ghcr.io/kelos-dev/<type>:latest. */
  readonly images?: Readonly<Partial<Record<AgentType, string>>>;
  /** The agent container's imagePullPolicy per agent type; default unset (Kubernetes decides). */
  readonly imagePullPolicies?: Readonly<Partial<Record<AgentType, PullPolicy>>>;
}
