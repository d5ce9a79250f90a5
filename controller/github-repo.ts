/** A repository URL's parts, as far as they could be read. */
export interface GitHubRepo {
  /** The host, such as github.com; empty when the URL names none. */
  readonly host: string;
  readonly owner: string;
  readonly repo: string;
}

// The reference's parseGitHubRepo (internal/controller/taskspawner_deployment_builder.go):
// unanchored patterns for https://host/owner/repo and git@host:owner/repo after dropping a
// `.git` suffix, else the last two path segments. Its quirks are kept, since GH_HOST and
// KELOS_UPSTREAM_REPO depend on them: a repo name stops at the first dot.
const httpsRepo = /https?:\/\/([^/]+)\/([^/]+)\/([^/.]+)/;
const sshRepo = /git@([^:]+):([^/]+)\/([^/.]+)/;

/** Reads host, owner and repository from a GitHub (or GitHub Enterprise) URL. */
export function parseGitHubRepo(url: string): GitHubRepo {
  const trimmed = url.endsWith('.git') ? url.slice(0, -'.git'.length) : url;
  const match = httpsRepo.exec(trimmed) ?? sshRepo.exec(trimmed);
  if (match !== null) {
    return { host: match[1]!, owner: match[2]!, repo: match[3]! };
  }
  const parts = (trimmed.endsWith('/') ? trimmed.slice(0, -1) : trimmed).split('/');
  if (parts.length >= 2) {
    return { host: '', owner: parts[parts.length - 2]!, repo: parts[parts.length - 1]! };
  }
  return { host: '', owner: '', repo: `unknown-repo-${trimmed}` };
}

/** True when the repository lives on a GitHub Enterprise host rather than github.com. */
export function isEnterpriseHost(host: string): boolean {
  return host !== '' && host !== 'github.com';
}
