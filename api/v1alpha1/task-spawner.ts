import type { IListMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ListMeta';
import type { IObjectMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta';
import type { ICondition } from '@kubernetes-models/apimachinery/apis/meta/v1/Condition';
import type { int, int32, Time } from '../../generator/types.js';
import type { GitHubIssues, GitHubPullRequests } from './github-sources.js';
import type { AgentRun } from './task-fields.js';
import type {
  Cron,
  GenericWebhook,
  GitHubWebhook,
  Jira,
  LinearWebhook,
} from './webhook-sources.js';

/** Labels and annotations for the Tasks a spawner creates. */
export interface TaskMetadata {
  /**
   * Labels for each Task; values are Go templates over the work item, like branch. The
   * kelos.dev/taskspawner label is always the spawner's name.
   */
  labels?: Record<string, string>;
  /**
   * Annotations for each Task; values are Go templates over the work item. Annotations the
   * source sets (such as kelos.dev/source-kind) win over these.
   */
  annotations?: Record<string, string>;
}

/**
 * The Task a spawner creates for each work item. branch, promptTemplate and the metadata values
 * are Go templates over the item: {{.ID}}, {{.Title}}, {{.Kind}} from every source, and
 * {{.Number}}, {{.Body}}, {{.URL}}, {{.Labels}}, {{.Comments}} from GitHub and Jira.
 * @k8s:validation rule="!(has(self.agentConfigRef) && has(self.agentConfigRefs))" message="agentConfigRef and agentConfigRefs are mutually exclusive"
 */
export interface TaskTemplate extends AgentRun {
  /** The prompt, as a Go template over the work item. */
  promptTemplate?: string;
  /** The branch to work on, as a Go template over the work item, such as kelos-task-{{.Number}}. */
  branch?: string;
  /** Labels and annotations for each Task. */
  metadata?: TaskMetadata;
}

/** What starts Tasks: one source. */
export interface When {
  /** Start a Task on a schedule. */
  cron?: Cron;
  /** Start a Task per GitHub issue. */
  githubIssues?: GitHubIssues;
  /** Start a Task per GitHub pull request. */
  githubPullRequests?: GitHubPullRequests;
  /** Start a Task per matching GitHub webhook event. */
  githubWebhook?: GitHubWebhook;
  /** Start a Task per matching Linear webhook event. */
  linearWebhook?: LinearWebhook;
  /** Start a Task per Jira issue. */
  jira?: Jira;
  /** Start a Task per matching delivery of a generic webhook. */
  webhook?: GenericWebhook;
}

/**
 * Where work items come from and the Task made for each.
 * @k8s:validation rule="!(has(self.when.githubIssues) || has(self.when.githubPullRequests) || has(self.when.githubWebhook) || has(self.when.linearWebhook)) || has(self.taskTemplate.workspaceRef)" message="taskTemplate.workspaceRef is required when using githubIssues, githubPullRequests, githubWebhook, or linearWebhook source"
 */
export interface TaskSpawnerSpec {
  /** The source of work items. */
  when: When;
  /** The Task created for each work item. */
  taskTemplate: TaskTemplate;
  /**
   * How often to poll sources that have no pollInterval of their own.
   * @k8s:default "5m"
   */
  pollInterval?: string;
  /**
   * Stop polling and creating Tasks; running Tasks finish. Setting it back resumes.
   * @k8s:default false
   */
  suspend?: boolean;
  /**
   * At most this many unfinished Tasks at once; 0 or unset means no limit.
   * @k8s:minimum 0
   */
  maxConcurrency?: int32;
  /**
   * At most this many Tasks over the spawner's life, counted across restarts; 0 or unset means no
   * limit.
   * @k8s:minimum 0
   */
  maxTotalTasks?: int32;
}

/** What a spawner has done, as the controller saw it. */
export interface TaskSpawnerStatus {
  /** Where the spawner is, such as Running or Suspended. */
  phase?: string;
  /** The Deployment that polls the source (polling sources). */
  deploymentName?: string;
  /** The CronJob that starts Tasks (cron sources). */
  cronJobName?: string;
  /** Work items found so far. */
  totalDiscovered?: int;
  /** Tasks created so far. */
  totalTasksCreated?: int;
  /** Tasks that have not finished. */
  activeTasks?: int;
  /** When the source was last polled. */
  lastDiscoveryTime?: Time;
  /** More about the current phase, for people. */
  message?: string;
  /**
   * The spawner's conditions, one per type.
   * @k8s:listType map
   * @k8s:listMapKey type
   */
  conditions?: ICondition[];
}

/**
 * A TaskSpawner creates Tasks from work items: GitHub issues and pull requests, Jira issues,
 * webhooks, or a schedule.
 * @k8s:resource group=kelos.dev version=v1alpha1
 * @k8s:subresource status
 * @k8s:printColumn name=Workspace type=string jsonPath=.spec.taskTemplate.workspaceRef.name
 * @k8s:printColumn name=Suspend type=boolean jsonPath=.spec.suspend
 * @k8s:printColumn name=Phase type=string jsonPath=.status.phase
 * @k8s:printColumn name=Active type=integer jsonPath=.status.activeTasks
 * @k8s:printColumn name=Discovered type=integer jsonPath=.status.totalDiscovered
 * @k8s:printColumn name=Tasks type=integer jsonPath=.status.totalTasksCreated
 * @k8s:printColumn name=Age type=date jsonPath=.metadata.creationTimestamp
 */
export interface TaskSpawner {
  /** The API version of this object: kelos.dev/v1alpha1. */
  apiVersion: string;
  /** The kind of this object: TaskSpawner. */
  kind: string;
  metadata?: IObjectMeta;
  /** Where work comes from and the Task made for it. */
  spec?: TaskSpawnerSpec;
  /** What the spawner has done. */
  status?: TaskSpawnerStatus;
}

/** A list of TaskSpawners. */
export interface TaskSpawnerList {
  apiVersion: string;
  kind: string;
  metadata?: IListMeta;
  items: TaskSpawner[];
}
