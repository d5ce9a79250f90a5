import type { IObjectMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta';
import {
  agentTypes,
  type AgentConfig,
  type AgentType,
  type Task,
  type TaskSpec,
  type Workspace,
  type WorkspaceSpec,
} from '../api/index.js';
import { objectLabel, type Problems } from './problems.js';
import { checkStringFields, taskStringFields, workspaceStringFields } from './string-fields.js';

/** What buildJob reads: a Task and the objects it refers to, already fetched by the caller. */
export interface BuildJobInput {
  /** The Task to run. */
  readonly task: Task;
  /** The Workspace named by spec.workspaceRef; required exactly when the Task names one. */
  readonly workspace?: Workspace;
  /** The AgentConfigs named by spec.agentConfigRef or spec.agentConfigRefs, in any order. */
  readonly agentConfigs?: readonly AgentConfig[];
  /** The prompt after template expansion; default spec.prompt (the controller expands dependsOn). */
  readonly prompt?: string;
  /**
   * Secret data by Secret name, read by MCP servers' envFrom and headersFrom: the reference's
   * controller fetches these Secrets before building; a pure builder is handed them.
   */
  readonly secrets?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** A Task whose name, spec, agent type and credentials have been checked. */
export type ValidTask = Task & {
  readonly metadata: IObjectMeta & { readonly name: string };
  readonly spec: TaskSpec & { readonly type: AgentType };
};

/** The Task, and the Workspace's spec when the Task has one, after their checks. */
export interface CheckedInputs {
  readonly task: ValidTask;
  readonly taskLabel: string;
  readonly workspace?: { readonly spec: WorkspaceSpec; readonly label: string };
}

/**
 * Checks what the CRD's schema and rules would have guaranteed, since the CLI reads YAML no API
 * server has seen, and that the Workspace given is the one the Task names. Undefined when the
 * Task cannot be built at all; every problem is recorded in `problems`.
 */
export function checkInputs(input: BuildJobInput, problems: Problems): CheckedInputs | undefined {
  const { task } = input;
  const taskLabel = objectLabel('Task', task.metadata?.name);
  const add = (path: string, code: string, message: string) =>
    problems.add(taskLabel, path, code, message);
  const before = problems.count;
  checkStringFields(task, taskStringFields, taskLabel, problems);
  if (task.kind !== 'Task') add('kind', 'job-input-kind', `must be Task, not "${task.kind}"`);
  if (!task.metadata?.name) add('metadata.name', 'job-input-required', 'is required');
  const spec = task.spec;
  if (spec === undefined) {
    add('spec', 'job-input-required', 'is required');
    return undefined;
  }
  if (!(agentTypes as readonly string[]).includes(spec.type)) {
    add(
      'spec.type',
      'job-agent-type',
      `unsupported agent type "${spec.type}" (supported: ${agentTypes.join(', ')})`,
    );
  }
  if (typeof spec.prompt !== 'string' && input.prompt === undefined) {
    add('spec.prompt', 'job-input-required', 'is required');
  }
  checkCredentials(spec, add);
  if (spec.agentConfigRef !== undefined && spec.agentConfigRefs !== undefined) {
    add(
      'spec.agentConfigRefs',
      'job-input-exclusive',
      'agentConfigRef and agentConfigRefs are mutually exclusive',
    );
  }
  const workspace = matchWorkspace(input, add, problems);
  if (problems.count > before) return undefined;
  return {
    task: task as ValidTask,
    taskLabel,
    ...(workspace === undefined ? {} : { workspace }),
  };
}

function checkCredentials(spec: TaskSpec, add: (p: string, c: string, m: string) => void): void {
  const credentials = spec.credentials as TaskSpec['credentials'] | undefined;
  if (credentials === undefined) {
    add('spec.credentials', 'job-input-required', 'is required');
  } else if (!['api-key', 'oauth', 'none'].includes(credentials.type)) {
    add(
      'spec.credentials.type',
      'job-credentials',
      `must be api-key, oauth or none, not "${credentials.type}"`,
    );
  } else if (credentials.type !== 'none' && !credentials.secretRef?.name) {
    add(
      'spec.credentials.secretRef',
      'job-credentials',
      `is required for the ${credentials.type} credential type`,
    );
  }
}

// The reference fetches the Workspace by the Task's workspaceRef; here the caller hands it over,
// so a missing, unasked-for or differently named Workspace is a mistake worth naming.
function matchWorkspace(
  input: BuildJobInput,
  add: (p: string, c: string, m: string) => void,
  problems: Problems,
): CheckedInputs['workspace'] {
  const ref = input.task.spec?.workspaceRef;
  const given = input.workspace;
  if (ref === undefined) {
    if (given !== undefined) {
      add(
        'spec.workspaceRef',
        'job-workspace-unused',
        `is not set, but Workspace "${given.metadata?.name ?? ''}" was given`,
      );
    }
    return undefined;
  }
  if (given === undefined) {
    add('spec.workspaceRef.name', 'job-workspace-missing', `Workspace "${ref.name}" was not given`);
    return undefined;
  }
  const label = objectLabel('Workspace', given.metadata?.name);
  const before = problems.count;
  checkStringFields(given, workspaceStringFields, label, problems);
  if (given.metadata?.name !== ref.name) {
    add(
      'spec.workspaceRef.name',
      'job-workspace-mismatch',
      `names Workspace "${ref.name}", but the Workspace given is "${given.metadata?.name ?? ''}"`,
    );
  }
  if (given.kind !== 'Workspace') {
    problems.add(label, 'kind', 'job-input-kind', `must be Workspace, not "${given.kind}"`);
  }
  const spec = given.spec;
  if (spec === undefined || spec.repo === undefined || spec.repo === '') {
    problems.add(label, 'spec.repo', 'job-input-required', 'is required');
    return undefined;
  }
  return problems.count > before ? undefined : { spec, label };
}
