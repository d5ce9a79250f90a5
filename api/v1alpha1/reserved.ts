/**
 * Volume names that Kelos itself uses in an agent pod: `workspace` (the cloned repository, present
 * when the Task has a workspace) and `kelos-plugin` (plugins and skills, present when an
 * AgentConfig declares any). This list is the only place they are written: the CRD's CEL rule, the
 * Job builder and the docs all take them from here.
 */
export const reservedVolumeNames = ['workspace', 'kelos-plugin'] as const;

/** One of the reserved volume names. */
export type ReservedVolumeName = (typeof reservedVolumeNames)[number];

/** The UID the agent runs as, and the pod's default fsGroup, so it can write the workspace. */
export const agentUid = 61100;
