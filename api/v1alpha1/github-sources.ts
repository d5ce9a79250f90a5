/** Who may steer an item through comments, and with which comments. */
export interface CommentPolicy {
  /** A comment containing this text makes the item eligible. */
  triggerComment?: string;
  /** Comments containing any of these texts make the item ineligible. */
  excludeComments?: string[];
  /** Only these GitHub users' comments count. */
  allowedUsers?: string[];
  /** Only comments by members of these teams count, each written as org/team. */
  allowedTeams?: TeamName[];
  /** Only comments by users with at least this permission on the repository count. */
  minimumPermission?: 'read' | 'triage' | 'write' | 'maintain' | 'admin';
}

/**
 * A GitHub team, as org/team.
 * @k8s:pattern ^[^/]+/[^/]+$
 */
export type TeamName = string;

/** Whether Kelos comments on the item it works on. */
export interface Reporting {
  /** Post status comments on the originating issue or pull request. */
  enabled?: boolean;
}

/** Which changed files make a pull request or push relevant. */
export interface FilePatterns {
  /** Globs (doublestar syntax) whose files are set aside first; if nothing remains, it is skipped. */
  exclude?: string[];
  /** Globs of which at least one remaining file must match; empty means any remaining file. */
  include?: string[];
}

/** Filters shared by the GitHub issue and pull request sources. */
interface GitHubItemFilters {
  /**
   * The repository to poll, as owner/repo or a URL, when it is not the workspace's (for example
   * when the workspace is a fork).
   */
  repo?: string;
  /** Only items with all of these labels. */
  labels?: string[];
  /** No items with any of these labels. */
  excludeLabels?: string[];
  /** Only items opened by this user. */
  author?: string;
  /** No items opened by any of these users. */
  excludeAuthors?: string[];
  /**
   * Labels in priority order, highest first: when maxConcurrency limits how many Tasks start,
   * items with an earlier label go first.
   */
  priorityLabels?: string[];
  /** A comment with this text makes the item eligible (the most recent of these comments wins). */
  triggerComment?: string;
  /** A comment with any of these texts makes the item ineligible (the most recent wins). */
  excludeComments?: string[];
  /** Who may steer items by commenting. Not together with triggerComment or excludeComments. */
  commentPolicy?: CommentPolicy;
  /** How often to poll, such as 30s or 5m; defaults to the spawner's pollInterval. */
  pollInterval?: string;
  /** Status comments on the items. */
  reporting?: Reporting;
}

/**
 * Discovers GitHub issues (and optionally pull requests) of a repository.
 * @k8s:validation rule="!(has(self.commentPolicy) && ((has(self.triggerComment) && size(self.triggerComment) > 0) || (has(self.excludeComments) && size(self.excludeComments) > 0)))" message="commentPolicy cannot be used with triggerComment or excludeComments"
 */
export interface GitHubIssues extends GitHubItemFilters {
  /**
   * Which items to discover: issues, pulls, or both.
   * @k8s:default ["issues"]
   */
  types?: string[];
  /**
   * Only items in this state.
   * @k8s:default "open"
   */
  state?: 'open' | 'closed' | 'all';
  /** Only issues assigned to this user; * for any assignee, none for unassigned issues. */
  assignee?: string;
}

/**
 * Discovers GitHub pull requests of a repository.
 * @k8s:validation rule="!(has(self.commentPolicy) && ((has(self.triggerComment) && size(self.triggerComment) > 0) || (has(self.excludeComments) && size(self.excludeComments) > 0)))" message="commentPolicy cannot be used with triggerComment or excludeComments"
 */
export interface GitHubPullRequests extends GitHubItemFilters {
  /**
   * Only pull requests in this state.
   * @k8s:default "open"
   */
  state?: 'open' | 'closed' | 'all';
  /**
   * Only pull requests whose reviews on the current head add up to this state; any does not filter.
   * @k8s:default "any"
   */
  reviewState?: 'approved' | 'changes_requested' | 'any';
  /** Only drafts (true) or only ready pull requests (false); unset takes both. */
  draft?: boolean;
  /** Only pull requests that change matching files. */
  filePatterns?: FilePatterns;
}
