// Small builders for the builder's inputs: a Task, Workspace or AgentConfig with sensible
// defaults, changed by the fields a test cares about.
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IJob } from 'kubernetes-models/batch/v1/Job';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import type {
  AgentConfig,
  AgentConfigSpec,
  Task,
  TaskSpec,
  Workspace,
  WorkspaceSpec,
} from '../../api/index.js';

/** A Task named `fix-bug` running claude-code with an api-key Secret, changed by `spec`. */
export function task(spec: Partial<TaskSpec> = {}, labels?: Record<string, string>): Task {
  return {
    apiVersion: 'kelos.dev/v1alpha1',
    kind: 'Task',
    metadata: { name: 'fix-bug', namespace: 'default', ...(labels ? { labels } : {}) },
    spec: {
      type: 'claude-code',
      prompt: 'Fix the bug',
      credentials: { type: 'api-key', secretRef: { name: 'agent-key' } },
      ...spec,
    },
  };
}

/** A Workspace named `repo` cloning github.com/example/repo, changed by `spec`. */
export function workspace(spec: Partial<WorkspaceSpec> = {}): Workspace {
  return {
    apiVersion: 'kelos.dev/v1alpha1',
    kind: 'Workspace',
    metadata: { name: 'repo', namespace: 'default' },
    spec: { repo: 'https://github.com/example/repo.git', ...spec },
  };
}

/** An AgentConfig named `name` with `spec`. */
export function agentConfig(spec: AgentConfigSpec, name = 'config'): AgentConfig {
  return {
    apiVersion: 'kelos.dev/v1alpha1',
    kind: 'AgentConfig',
    metadata: { name, namespace: 'default' },
    spec,
  };
}

/** The pod spec of a Job. */
export function podSpec(job: IJob): IPodSpec {
  return job.spec!.template.spec!;
}

/** The agent container of a Job. */
export function agent(job: IJob): IContainer {
  return podSpec(job).containers[0]!;
}

/** The init container with this name, if the Job has one. */
export function initContainer(job: IJob, name: string): IContainer | undefined {
  return podSpec(job).initContainers?.find((c) => c.name === name);
}

/** The names of the Job's init containers, in order. */
export function initNames(job: IJob): string[] {
  return (podSpec(job).initContainers ?? []).map((c) => c.name);
}

/** The agent's variables as a name → value (or `secret:key`) map. */
export function envMap(container: IContainer): Record<string, string> {
  return Object.fromEntries(
    (container.env ?? []).map((e) => [
      e.name,
      e.value ?? `${e.valueFrom?.secretKeyRef?.name ?? ''}:${e.valueFrom?.secretKeyRef?.key ?? ''}`,
    ]),
  );
}

/** The restricted-compatible podOverrides: the agent's context hardened, seccomp on the pod. */
export const restrictedOverrides = {
  podSecurityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' as const } },
  containerSecurityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
};

/** The restricted-compatible podOverrides, all on the agent container. */
export const restrictedContainerOnly = {
  containerSecurityContext: {
    allowPrivilegeEscalation: false,
    capabilities: { drop: ['ALL'] },
    runAsNonRoot: true,
    seccompProfile: { type: 'RuntimeDefault' as const },
  },
};
