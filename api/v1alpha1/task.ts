import type { IListMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ListMeta';
import type { IObjectMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta';
import type { Time } from '../../generator/types.js';
import type { AgentRun } from './task-fields.js';

/**
 * What the agent should do and how it runs. It cannot be changed after the Task is created.
 * @k8s:validation rule="self == oldSelf" message="Task spec is immutable after creation"
 * @k8s:validation rule="!(has(self.agentConfigRef) && has(self.agentConfigRefs))" message="agentConfigRef and agentConfigRefs are mutually exclusive"
 */
export interface TaskSpec extends AgentRun {
  /** The prompt given to the agent. */
  prompt: string;
}

/** What happened to a Task, as the controller saw it. */
export interface TaskStatus {
  /** Where the Task is in its life, such as Pending, Running, Succeeded or Failed. */
  phase?: string;
  /** The Job that runs the agent. */
  jobName?: string;
  /** The pod the agent runs in. */
  podName?: string;
  /** When the agent started. */
  startTime?: Time;
  /** When the Task finished. */
  completionTime?: Time;
  /** More about the current phase, for people. */
  message?: string;
  /** What the agent produced that points elsewhere, such as branch names and pull request URLs. */
  outputs?: string[];
  /** Named values the agent reported. */
  results?: Record<string, string>;
}

/**
 * A Task runs one coding agent on one prompt, in a Job, optionally in a Workspace.
 * @k8s:resource group=kelos.dev version=v1alpha1
 * @k8s:subresource status
 * @k8s:printColumn name=Type type=string jsonPath=.spec.type
 * @k8s:printColumn name=Phase type=string jsonPath=.status.phase
 * @k8s:printColumn name=Branch type=string jsonPath=.spec.branch priority=1
 * @k8s:printColumn name="Depends On" type=string jsonPath=.spec.dependsOn priority=1
 * @k8s:printColumn name=Age type=date jsonPath=.metadata.creationTimestamp
 */
export interface Task {
  /** The API version of this object: kelos.dev/v1alpha1. */
  apiVersion: string;
  /** The kind of this object: Task. */
  kind: string;
  metadata?: IObjectMeta;
  /** What the agent should do and how it runs. */
  spec?: TaskSpec;
  /** What happened, as the controller saw it. */
  status?: TaskStatus;
}

/** A list of Tasks. */
export interface TaskList {
  apiVersion: string;
  kind: string;
  metadata?: IListMeta;
  items: Task[];
}
