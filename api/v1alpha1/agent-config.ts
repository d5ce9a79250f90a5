import type { IListMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ListMeta';
import type { IObjectMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta';
import type { SecretReference } from './references.js';

/** A Secret whose keys and values become a map. */
export interface SecretSource {
  /** The Secret to read. */
  secretRef: SecretReference;
}

/** An MCP (Model Context Protocol) server the agent may use. */
export interface McpServer {
  /**
   * The server's name in the agent's MCP configuration.
   * @k8s:minLength 1
   */
  name: string;
  /** How the agent talks to it: stdio (a local process), http or sse. */
  type: 'stdio' | 'http' | 'sse';
  /** The program to start (stdio). */
  command?: string;
  /** The program's arguments (stdio). */
  args?: string[];
  /** Environment variables for the program (stdio). */
  env?: Record<string, string>;
  /** A Secret whose keys and values are added to env, winning over it (stdio). */
  envFrom?: SecretSource;
  /** The server's URL (http, sse). */
  url?: string;
  /** HTTP headers sent with each request (http, sse). */
  headers?: Record<string, string>;
  /** A Secret whose keys and values are added to headers, winning over them (http, sse). */
  headersFrom?: SecretSource;
}

/** A named Markdown document: a skill or a sub-agent. */
export interface NamedContent {
  /**
   * Its name, which names its file.
   * @k8s:minLength 1
   */
  name: string;
  /** Its Markdown content. */
  content: string;
}

/** A plugin: a folder of skills and sub-agents, installed the agent's own way. */
export interface Plugin {
  /**
   * The plugin's name: its folder, and its namespace in Claude Code (name:skill).
   * @k8s:minLength 1
   */
  name: string;
  /** Skills, each written to skills/<name>/SKILL.md. */
  skills?: NamedContent[];
  /** Sub-agents, each written to agents/<name>.md. */
  agents?: NamedContent[];
}

/** A skills.sh package, installed with npx skills add. */
export interface SkillsPackage {
  /**
   * The package, as owner/repo, such as vercel-labs/agent-skills.
   * @k8s:minLength 1
   */
  source: string;
  /** One skill of the package; all of them when unset. */
  skill?: string;
}

/** Instructions, plugins, skills and MCP servers for agents. */
export interface AgentConfigSpec {
  /**
   * Text added to the agent's instruction file (such as ~/.claude/CLAUDE.md); the repository's
   * own instruction files stay as they are.
   */
  agentsMD?: string;
  /** Plugins to install. */
  plugins?: Plugin[];
  /** skills.sh packages to install. */
  skills?: SkillsPackage[];
  /** MCP servers to configure, in the agent's own MCP configuration. */
  mcpServers?: McpServer[];
}

/**
 * An AgentConfig gives agents instructions, plugins, skills and MCP servers; Tasks refer to it.
 * @k8s:resource group=kelos.dev version=v1alpha1
 */
export interface AgentConfig {
  /** The API version of this object: kelos.dev/v1alpha1. */
  apiVersion: string;
  /** The kind of this object: AgentConfig. */
  kind: string;
  metadata?: IObjectMeta;
  /** What agents get. */
  spec?: AgentConfigSpec;
}

/** A list of AgentConfigs. */
export interface AgentConfigList {
  apiVersion: string;
  kind: string;
  metadata?: IListMeta;
  items: AgentConfig[];
}
