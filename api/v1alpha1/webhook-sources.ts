import type { SecretReference } from './references.js';
import type { FilePatterns } from './github-sources.js';

/** Which GitHub webhook events of one type start a Task. */
export interface GitHubWebhookFilter {
  /** The event type this filter applies to, such as issue_comment. */
  event: string;
  /** Only this action, such as created, opened or submitted. */
  action?: string;
  /** Only events sent by this user. */
  author?: string;
  /** No events sent by any of these users. */
  excludeAuthors?: string[];
  /** Only comments or reviews whose body contains this text. */
  bodyContains?: string;
  /** Only pushes to this branch (a name or a glob). */
  branch?: string;
  /** Only drafts (true) or only ready pull requests (false); unset takes both. */
  draft?: boolean;
  /** Only issues or pull requests with all of these labels. */
  labels?: string[];
  /** No issues or pull requests with any of these labels. */
  excludeLabels?: string[];
  /** Only issues or pull requests in this state, open or closed. */
  state?: string;
  /** Only events that change matching files (pushes, pull requests). */
  filePatterns?: FilePatterns;
}

/** Starts Tasks from GitHub webhook deliveries. */
export interface GitHubWebhook {
  /**
   * The event types to listen for, such as issues, issue_comment, pull_request_review, push.
   * @k8s:minItems 1
   */
  events: string[];
  /** Only deliveries from this repository (owner/repo); empty accepts any. */
  repository?: string;
  /** No events sent by any of these users, whatever the filters say. */
  excludeAuthors?: string[];
  /** An event starts a Task when any filter for its type matches; no filters take every event. */
  filters?: GitHubWebhookFilter[];
}

/** Which Linear webhook events start a Task. */
export interface LinearWebhookFilter {
  /** The resource type this filter applies to, such as Issue; empty applies to all types. */
  type?: string;
  /** Only this action. */
  action?: 'create' | 'update' | 'remove' | '';
  /** Only issues in one of these workflow states, such as Todo. */
  states?: string[];
  /** Only issues with all of these labels. */
  labels?: string[];
  /** No issues with any of these labels. */
  excludeLabels?: string[];
}

/** Starts Tasks from Linear webhook deliveries. */
export interface LinearWebhook {
  /**
   * The resource types to listen for, such as Issue, Comment, Project.
   * @k8s:minItems 1
   */
  types: string[];
  /** An event starts a Task when any filter matches; no filters take every event. */
  filters?: LinearWebhookFilter[];
}

/**
 * One condition on a generic webhook's payload: exactly one of value and pattern.
 * @k8s:validation rule="has(self.value) != (has(self.pattern) && size(self.pattern) > 0)" message="exactly one of value or pattern must be set"
 */
export interface GenericWebhookFilter {
  /** A JSONPath expression that selects the payload field to test. */
  field: string;
  /** The field must equal this text. */
  value?: string;
  /** The field must match this regular expression. */
  pattern?: string;
}

/**
 * Starts Tasks from any JSON POST, at /webhook/<source>, signed with the HMAC secret in the
 * <SOURCE>_WEBHOOK_SECRET environment variable.
 * @k8s:validation rule="'id' in self.fieldMapping" message="fieldMapping must include an 'id' key for deduplication and task naming"
 */
export interface GenericWebhook {
  /**
   * A short name for the sender, such as sentry: it names the URL path and the secret's variable.
   * Lowercase letters, digits and hyphens.
   * @k8s:pattern ^[a-z0-9]([a-z0-9-]*[a-z0-9])?$
   */
  source: string;
  /**
   * Template variables from the payload: each key becomes {{.Key}} in promptTemplate and branch,
   * each value is a JSONPath into the body. The id key is required; it names and deduplicates
   * Tasks.
   */
  fieldMapping: Record<string, string>;
  /** A delivery starts a Task only when every filter matches; no filters take every delivery. */
  filters?: GenericWebhookFilter[];
}

/** Discovers issues of a Jira project. */
export interface Jira {
  /**
   * The Jira site, such as https://example.atlassian.net.
   * @k8s:pattern ^https?://.+
   */
  baseUrl: string;
  /** The project key, such as PROJ. */
  project: string;
  /** More JQL, joined to the project query with AND. */
  jql?: string;
  /**
   * A Secret with JIRA_TOKEN, and JIRA_USER for basic auth (Jira Cloud); without JIRA_USER the
   * token is sent as a bearer token (Data Center).
   */
  secretRef: SecretReference;
  /** How often to poll, such as 30s or 5m; defaults to the spawner's pollInterval. */
  pollInterval?: string;
}

/** Starts Tasks on a cron schedule. */
export interface Cron {
  /** A cron expression, such as 0 9 * * 1 for Mondays at nine. */
  schedule: string;
}
