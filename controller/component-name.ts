/**
 * Why a plugin, skill, agent or MCP server name cannot name a folder or file, or undefined when
 * it can: not empty, no path separators, not `.` or `..` (the reference's sanitizeComponentName).
 */
export function componentNameProblem(name: string): string | undefined {
  if (name === '') return 'must not be empty';
  if (name.includes('/') || name.includes('\\'))
    return `"${name}" must not contain path separators`;
  if (name === '.' || name === '..') return `"${name}" is a path traversal`;
  return undefined;
}
