/**
 * The kelos.dev/v1alpha1 API: Task, TaskSpawner, Workspace and AgentConfig, with their List types
 * and the names every other stage shares (reserved volume names, agent types).
 */
export * from './agent.js';
export * from './agent-config.js';
export * from './github-sources.js';
export * from './pod-overrides.js';
export * from './references.js';
export * from './reserved.js';
export * from './task.js';
export * from './task-fields.js';
export * from './task-spawner.js';
export * from './webhook-sources.js';
export * from './workspace.js';
