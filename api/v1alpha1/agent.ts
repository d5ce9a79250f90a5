import type { SecretReference } from './references.js';

/** The coding agents Kelos can run; each has its own container image. */
export const agentTypes = ['claude-code', 'codex', 'gemini', 'opencode', 'cursor'] as const;

/** Which coding agent runs the Task. */
export type AgentType = (typeof agentTypes)[number];

/**
 * How the agent authenticates: `api-key` and `oauth` read the agent's key from a Secret; `none`
 * passes no credentials.
 */
export type CredentialType = 'api-key' | 'oauth' | 'none';

/**
 * How the agent authenticates with its model provider.
 * @k8s:validation rule="self.type == 'none' || has(self.secretRef)" message="secretRef is required for api-key and oauth credential types"
 */
export interface Credentials {
  /** The kind of credential: api-key, oauth, or none. */
  type: CredentialType;
  /**
   * The Secret that holds the agent's key. Required for api-key and oauth; ignored for none.
   */
  secretRef?: SecretReference;
}
