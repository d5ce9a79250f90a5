import { posix } from 'node:path';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { WorkspaceFile } from '../api/index.js';
import { gitImage, repoPath } from './constants.js';
import { shellQuote, strictScript, writeFileCommand } from './shell.js';
import { workspaceMount } from './workspace.js';

/**
 * A workspace file's path made safe to join under the repository: forward slashes only, not
 * absolute, not escaping with `..`, cleaned as Go's path.Clean does (the reference's
 * sanitizeWorkspaceFilePath). Returns the clean path, or why it is refused.
 */
export function sanitizeFilePath(path: string): { path: string } | { error: string } {
  if (path.trim() === '') return { error: 'path is empty' };
  if (path.includes('\\')) return { error: 'path must use forward slashes' };
  const clean = cleanPath(path);
  if (clean === '.') return { error: 'path resolves to the repository root' };
  if (clean.startsWith('/')) return { error: 'absolute paths are not allowed' };
  if (clean === '..' || clean.startsWith('../')) return { error: 'path escapes the repository' };
  return { path: clean };
}

/** Go's path.Clean: the shortest path naming the same file, by purely lexical processing. */
export function cleanPath(path: string): string {
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') {
      out.push(part);
    } else if (out.length > 0 && out[out.length - 1] !== '..') {
      out.pop();
    } else if (!rooted) {
      out.push('..');
    }
  }
  const joined = out.join('/');
  return rooted ? `/${joined}` : joined === '' ? '.' : joined;
}

/**
 * workspace-files: writes each file under the repository. Folder and target are quoted shell words
 * and the content travels as base64, so none of them can run anything. Paths must already be sanitized.
 */
export function workspaceFilesContainer(
  files: readonly WorkspaceFile[],
  cleanPaths: readonly string[],
): IContainer {
  // The reference ran `mkdir -p "$(dirname "$target")"`, and command substitution drops trailing
  // newlines, so a folder whose name ends in one was never made and the write failed. The folder
  // is computed here instead and quoted like the target (test/controller/shell-quoting.test.ts).
  const lines = files.flatMap((file, i) => {
    const target = `${repoPath}/${cleanPaths[i]!}`;
    return [
      `mkdir -p ${shellQuote(posix.dirname(target))}`,
      writeFileCommand(file.content, shellQuote(target)),
    ];
  });
  return {
    name: 'workspace-files',
    image: gitImage,
    command: ['sh', '-c', strictScript(lines)],
    volumeMounts: [workspaceMount()],
  };
}
