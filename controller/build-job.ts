import type { IJob } from 'kubernetes-models/batch/v1/Job';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import { agentEntrypoint, defaultAgentImage, repoPath } from './constants.js';
import { withUserEnv } from './env.js';
import { resolveAgentConfig } from './agent-config.js';
import { checkInputs, type BuildJobInput, type ValidTask } from './inputs.js';
import { jobLabels } from './labels.js';
import type { BuildJobOptions } from './options.js';
import { checkPodOverrides } from './pod-overrides.js';
import { podParts, type CheckedWorkspace, type PodParts } from './pod-parts.js';
import { Problems } from './problems.js';
import { guardRestricted } from './restricted-guard.js';
import {
  initContainerSecurityContext,
  optsIntoRestricted,
  podSecurityContext,
} from './security.js';
import { checkWorkspace } from './workspace-check.js';

/**
 * Builds the batch/v1 Job that runs a Task's agent: a pure function of the Task, the Workspace
 * and AgentConfigs it names, and the builder's options. Throws a DiagnosticError naming every
 * offending field when the inputs cannot make a valid Job, or when a Task that opts into a
 * restricted pod asks for something restricted forbids.
 */
export function buildJob(input: BuildJobInput, options: BuildJobOptions = {}): IJob {
  const problems = new Problems();
  const checked = checkInputs(input, problems);
  if (checked === undefined) {
    problems.throwIfAny();
    throw new Error('unreachable: inputs failed their checks without a problem');
  }
  const { task, taskLabel } = checked;
  const agentConfig = resolveAgentConfig(task.spec, taskLabel, input, problems);
  const workspace = checked.workspace && checkWorkspace(checked.workspace, problems);
  // Values of the wrong type must not reach the scripts; everything else is reported together.
  if (problems.has('job-input-type')) problems.throwIfAny();
  const restricted = optsIntoRestricted(task.spec.podOverrides);
  const parts = podParts(task, workspace, agentConfig, restricted);
  checkPodOverrides(
    task.spec.podOverrides,
    { hasWorkspace: checked.workspace !== undefined, ...parts },
    taskLabel,
    problems,
  );
  problems.throwIfAny();
  const job = assemble(
    task,
    input.prompt ?? task.spec.prompt,
    workspace,
    parts,
    restricted,
    options,
  );
  if (restricted) {
    guardRestricted(job, parts.volumes.length, taskLabel, problems);
    problems.throwIfAny();
  }
  return job;
}

function assemble(
  task: ValidTask,
  prompt: string,
  workspace: CheckedWorkspace | undefined,
  parts: PodParts,
  restricted: boolean,
  options: BuildJobOptions,
): IJob {
  const overrides = task.spec.podOverrides;
  const labels = jobLabels(task);
  const podContext = podSecurityContext(workspace !== undefined, overrides?.podSecurityContext);
  const initContainers = parts.initContainers.map((c) => ({
    ...c,
    // The reference declares no context for skills-install, which runs as root to install git.
    ...(c.name === 'skills-install' && !restricted
      ? {}
      : { securityContext: initContainerSecurityContext(restricted, podContext) }),
  }));
  const volumes = [...parts.volumes, ...(overrides?.volumes ?? [])];
  // Field order follows the Go structs (PodSpec, JobSpec), as the API server returns them.
  const spec: IPodSpec = {
    ...(volumes.length > 0 ? { volumes } : {}),
    ...(initContainers.length > 0 ? { initContainers } : {}),
    containers: [agentContainer(task, prompt, workspace !== undefined, parts, options)],
    restartPolicy: 'Never',
    ...(overrides?.nodeSelector !== undefined
      ? { nodeSelector: { ...overrides.nodeSelector } }
      : {}),
    ...(overrides?.serviceAccountName ? { serviceAccountName: overrides.serviceAccountName } : {}),
    ...(podContext !== undefined ? { securityContext: podContext } : {}),
  };
  const namespace = task.metadata.namespace;
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: task.metadata.name, ...(namespace ? { namespace } : {}), labels },
    spec: {
      ...(overrides?.activeDeadlineSeconds !== undefined
        ? { activeDeadlineSeconds: overrides.activeDeadlineSeconds }
        : {}),
      podFailurePolicy: podFailurePolicy(),
      backoffLimit: 1,
      template: { metadata: { labels: { ...labels } }, spec },
    },
  };
}

function agentContainer(
  task: ValidTask,
  prompt: string,
  hasWorkspace: boolean,
  parts: PodParts,
  options: BuildJobOptions,
): IContainer {
  const { type, image, podOverrides: overrides } = task.spec;
  const mounts = [...parts.agentMounts, ...(overrides?.volumeMounts ?? [])];
  const pullPolicy = options.imagePullPolicies?.[type];
  return {
    name: type,
    image: image || (options.images?.[type] ?? defaultAgentImage(type)),
    command: [agentEntrypoint],
    args: [prompt],
    ...(hasWorkspace ? { workingDir: repoPath } : {}),
    env: withUserEnv(parts.agentEnv, overrides?.env ?? []),
    ...(overrides?.resources !== undefined
      ? { resources: structuredClone(overrides.resources) }
      : {}),
    ...(mounts.length > 0 ? { volumeMounts: mounts } : {}),
    ...(pullPolicy !== undefined ? { imagePullPolicy: pullPolicy } : {}),
    ...(overrides?.containerSecurityContext !== undefined
      ? { securityContext: structuredClone(overrides.containerSecurityContext) }
      : {}),
  };
}

/**
 * The reference's pod failure policy: a pod lost to a disruption (node drain, preemption) counts
 * against backoffLimit and is retried; an agent that exits non-zero fails the Job at once.
 */
function podFailurePolicy(): NonNullable<NonNullable<IJob['spec']>['podFailurePolicy']> {
  return {
    rules: [
      { action: 'Count', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] },
      { action: 'FailJob', onExitCodes: { operator: 'NotIn', values: [0] } },
    ],
  };
}
