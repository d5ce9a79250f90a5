import type { IListMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ListMeta';
import type { IObjectMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta';
import type { SecretReference } from './references.js';

/**
 * A git URL: https://, http://, git:// or git@.
 * @k8s:pattern ^(https?://|git://|git@).*
 */
export type GitUrl = string;

/** A file written into the repository before the agent starts. */
export interface WorkspaceFile {
  /**
   * Where, relative to the repository root, such as CLAUDE.md or .claude/skills/review/SKILL.md.
   * @k8s:minLength 1
   */
  path: string;
  /** What the file contains. */
  content: string;
}

/** Another git remote, added after the clone. */
export interface GitRemote {
  /**
   * The remote's name; origin is taken by the clone source.
   * @k8s:minLength 1
   */
  name: string;
  /** The remote's URL. */
  url: GitUrl;
}

/** A repository to clone for the agent. */
export interface WorkspaceSpec {
  /** The repository to clone. */
  repo: GitUrl;
  /** The branch, tag or commit to check out; the repository's default branch when unset. */
  ref?: string;
  /** A Secret with GITHUB_TOKEN, for git and the GitHub CLI. */
  secretRef?: SecretReference;
  /**
   * More remotes, added after the clone; the secret's credential applies to them too. At most
   * 32, which keeps the rules on remote names far inside the API server's CEL cost budget.
   * @k8s:maxItems 32
   * @k8s:validation rule="self.all(r, r.name != 'origin')" message="remote name 'origin' is reserved for the clone source"
   * @k8s:validation rule="self.map(r, r.name).size() == self.size()" message="remote names must be unique"
   */
  remotes?: GitRemote[];
  /** Files written into the repository before the agent starts, such as instructions and skills. */
  files?: WorkspaceFile[];
}

/**
 * A Workspace is a git repository that Tasks clone and work in.
 * @k8s:resource group=kelos.dev version=v1alpha1
 */
export interface Workspace {
  /** The API version of this object: kelos.dev/v1alpha1. */
  apiVersion: string;
  /** The kind of this object: Workspace. */
  kind: string;
  metadata?: IObjectMeta;
  /** The repository and how to prepare it. */
  spec?: WorkspaceSpec;
}

/** A list of Workspaces. */
export interface WorkspaceList {
  apiVersion: string;
  kind: string;
  metadata?: IListMeta;
  items: Workspace[];
}
