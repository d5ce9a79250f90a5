import type { Problems } from './problems.js';

/**
 * Records a problem for every value at `patterns` that is present but not a string. A pattern is
 * a dotted path where `[]` visits each item of a list and `{}` each value of a map, such as
 * `spec.files[].content`. The CRD's schema would refuse these, but YAML read by the CLI has not
 * met it, and YAML 1.1 reads `y` or `on` as a boolean, which must never reach a script.
 */
export function checkStringFields(
  object: unknown,
  patterns: readonly string[],
  label: string,
  problems: Problems,
): void {
  for (const pattern of patterns) {
    visit(object, pattern.split('.'), '', (value, path) => {
      if (value !== undefined && typeof value !== 'string') {
        problems.add(label, path, 'job-input-type', `must be a string, not ${describe(value)}`);
      }
    });
  }
}

function visit(
  value: unknown,
  segments: readonly string[],
  path: string,
  found: (value: unknown, path: string) => void,
): void {
  const [head, ...rest] = segments;
  if (head === undefined) {
    found(value, path);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const key = head.replace(/(\[\]|\{\})$/, '');
  const child = (value as Record<string, unknown>)[key];
  const at = path === '' ? key : `${path}.${key}`;
  if (head.endsWith('[]')) {
    if (Array.isArray(child)) child.forEach((item, i) => visit(item, rest, `${at}[${i}]`, found));
  } else if (head.endsWith('{}')) {
    if (child !== null && typeof child === 'object' && !Array.isArray(child)) {
      for (const [k, v] of Object.entries(child)) visit(v, rest, `${at}[${k}]`, found);
    }
  } else {
    visit(child, rest, at, found);
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}

/** The string fields of a Task that the builder reads. */
export const taskStringFields = [
  'metadata.name',
  'metadata.namespace',
  'metadata.labels{}',
  'spec.type',
  'spec.prompt',
  'spec.model',
  'spec.image',
  'spec.branch',
  'spec.upstreamRepo',
  'spec.credentials.type',
  'spec.credentials.secretRef.name',
  'spec.workspaceRef.name',
  'spec.agentConfigRef.name',
  'spec.agentConfigRefs[].name',
  'spec.podOverrides.labels{}',
  'spec.podOverrides.nodeSelector{}',
  'spec.podOverrides.serviceAccountName',
  'spec.podOverrides.volumes[].name',
  'spec.podOverrides.volumeMounts[].name',
  'spec.podOverrides.volumeMounts[].mountPath',
  'spec.podOverrides.env[].name',
] as const;

/** The string fields of a Workspace that the builder reads. */
export const workspaceStringFields = [
  'metadata.name',
  'spec.repo',
  'spec.ref',
  'spec.secretRef.name',
  'spec.remotes[].name',
  'spec.remotes[].url',
  'spec.files[].path',
  'spec.files[].content',
] as const;

/** The string fields of an AgentConfig that the builder reads. */
export const agentConfigStringFields = [
  'metadata.name',
  'spec.agentsMD',
  'spec.plugins[].name',
  'spec.plugins[].skills[].name',
  'spec.plugins[].skills[].content',
  'spec.plugins[].agents[].name',
  'spec.plugins[].agents[].content',
  'spec.skills[].source',
  'spec.skills[].skill',
  'spec.mcpServers[].name',
  'spec.mcpServers[].type',
  'spec.mcpServers[].command',
  'spec.mcpServers[].args[]',
  'spec.mcpServers[].url',
  'spec.mcpServers[].headers{}',
  'spec.mcpServers[].env{}',
  'spec.mcpServers[].headersFrom.secretRef.name',
  'spec.mcpServers[].envFrom.secretRef.name',
] as const;
