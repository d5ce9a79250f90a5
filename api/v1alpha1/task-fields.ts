import type { int32 } from '../../generator/types.js';
import type { AgentType, Credentials } from './agent.js';
import type { PodOverrides } from './pod-overrides.js';
import type { AgentConfigReference, WorkspaceReference } from './references.js';

/** What a Task and a TaskSpawner's task template have in common: how the agent runs. */
export interface AgentRun {
  /** The coding agent to run, such as claude-code. */
  type: AgentType;
  /** How the agent authenticates with its model provider. */
  credentials: Credentials;
  /** The model the agent uses, when not the agent's default. */
  model?: string;
  /**
   * The agent container image, when not the default for the agent type. A custom image must
   * implement Kelos's agent image interface.
   */
  image?: string;
  /** The Workspace (a git repository) the agent works in. */
  workspaceRef?: WorkspaceReference;
  /** One AgentConfig for the agent: instructions, plugins, skills and MCP servers. */
  agentConfigRef?: AgentConfigReference;
  /**
   * Several AgentConfigs, merged in order: agentsMD texts are joined, plugins and skills are
   * appended, and MCP servers are appended with a later entry replacing an earlier one of the
   * same name. Not together with agentConfigRef.
   * @k8s:minItems 1
   */
  agentConfigRefs?: AgentConfigReference[];
  /**
   * The git branch to work on; it is checked out before the agent starts. Only one Task per
   * workspace and branch runs at a time.
   */
  branch?: string;
  /** Names of Tasks that must succeed before this one starts. */
  dependsOn?: string[];
  /**
   * The repository to send pull requests to, as owner/repo, for fork workflows; given to the
   * agent as KELOS_UPSTREAM_REPO.
   */
  upstreamRepo?: string;
  /** Changes to the agent's pod. */
  podOverrides?: PodOverrides;
  /**
   * Seconds after the Task finishes (succeeded or failed) when it is deleted. Unset keeps it.
   * @k8s:minimum 0
   */
  ttlSecondsAfterFinished?: int32;
}
