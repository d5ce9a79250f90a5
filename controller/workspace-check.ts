import type { Problems } from './problems.js';
import type { CheckedWorkspace } from './pod-parts.js';
import type { WorkspaceSpec } from '../api/index.js';
import { sanitizeFilePath } from './workspace-files.js';

/**
 * Checks a Workspace's files and remotes and returns it with each file's clean path (empty for
 * a refused path); every problem is recorded. File paths are sanitized as the reference
 * does; remote names are held to the CRD's rules, which YAML read by the CLI has not been through.
 */
export function checkWorkspace(
  workspace: { readonly spec: WorkspaceSpec; readonly label: string },
  problems: Problems,
): CheckedWorkspace {
  const { spec, label } = workspace;
  const filePaths = (spec.files ?? []).map((file, i) => {
    const result = sanitizeFilePath(file.path ?? '');
    if ('error' in result) {
      problems.add(
        label,
        `spec.files[${i}].path`,
        'job-workspace-file',
        `invalid workspace file path "${file.path ?? ''}": ${result.error}`,
      );
      return '';
    }
    return result.path;
  });
  const names = new Set<string>();
  (spec.remotes ?? []).forEach((remote, i) => {
    const path = `spec.remotes[${i}].name`;
    if (!remote.name) problems.add(label, path, 'job-workspace-remote', 'is required');
    else if (remote.name === 'origin')
      problems.add(
        label,
        path,
        'job-workspace-remote',
        "remote name 'origin' is reserved for the clone source",
      );
    else if (names.has(remote.name))
      problems.add(label, path, 'job-workspace-remote', `duplicate remote name "${remote.name}"`);
    names.add(remote.name);
  });
  // Returned even with problems, so that later checks (mount paths) still see the workspace.
  return { spec, filePaths };
}
