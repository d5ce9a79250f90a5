/** A Secret in the same namespace, by name. */
export interface SecretReference {
  /** The Secret's name. */
  name: string;
}

/** A Workspace in the same namespace, by name. */
export interface WorkspaceReference {
  /** The Workspace's name. */
  name: string;
}

/** An AgentConfig in the same namespace, by name. */
export interface AgentConfigReference {
  /** The AgentConfig's name. */
  name: string;
}
