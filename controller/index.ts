/**
 * The Job builder.
 *
 * In: a Task, the Workspace and AgentConfigs it names (already fetched), the expanded prompt and
 * the Secret data MCP servers read, plus builder options (images, pull policies). Out: the
 * `batch/v1` Job that runs the agent, with PodOverrides applied as the API documents and, for a
 * Task that opts in, every container hardened for Pod Security Standards `restricted`; or a
 * DiagnosticError naming each offending field. `pss/` checks any pod against baseline and
 * restricted, by field path.
 */
export { buildJob } from './build-job.js';
export type { BuildJobInput } from './inputs.js';
export type { BuildJobOptions, PullPolicy } from './options.js';
export { jobToYaml } from './job-yaml.js';
export { optsIntoRestricted } from './security.js';
export { shellQuote } from './shell.js';
export { mergeAgentConfigs } from './agent-config.js';
export { credentialVariable } from './credentials.js';
export { parseGitHubRepo } from './github-repo.js';
export { sanitizeFilePath } from './workspace-files.js';
export * from './constants.js';
export * from './pss/index.js';
