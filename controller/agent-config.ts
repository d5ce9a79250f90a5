import type {
  AgentConfig,
  AgentConfigReference,
  AgentConfigSpec,
  McpServer,
  TaskSpec,
} from '../api/index.js';
import { skillsShPluginName } from './constants.js';
import { componentNameProblem } from './component-name.js';
import type { BuildJobInput } from './inputs.js';
import { objectLabel, type Problems } from './problems.js';
import { agentConfigStringFields, checkStringFields } from './string-fields.js';

/** The AgentConfigs a Task names, checked and merged into one spec; undefined when it names none. */
export function resolveAgentConfig(
  spec: TaskSpec,
  taskLabel: string,
  input: BuildJobInput,
  problems: Problems,
): AgentConfigSpec | undefined {
  const refs = referencedConfigs(spec);
  const given = input.agentConfigs ?? [];
  const specs: AgentConfigSpec[] = [];
  refs.forEach(({ ref, path }) => {
    const config = given.find((c) => c.metadata?.name === ref.name);
    if (config === undefined) {
      problems.add(
        taskLabel,
        path,
        'job-agent-config-missing',
        `AgentConfig "${ref.name}" was not given`,
      );
      return;
    }
    specs.push(checkConfig(config, input.secrets ?? {}, problems));
  });
  for (const config of given) {
    if (!refs.some(({ ref }) => ref.name === config.metadata?.name)) {
      problems.add(
        objectLabel('AgentConfig', config.metadata?.name),
        'metadata.name',
        'job-agent-config-unused',
        'is not named by the Task (spec.agentConfigRef or spec.agentConfigRefs)',
      );
    }
  }
  const merged = mergeAgentConfigs(specs);
  if (merged !== undefined && (merged.skills ?? []).length > 0) {
    checkSkillsShName(
      refs.map(({ ref }) => given.find((c) => c.metadata?.name === ref.name)),
      problems,
    );
  }
  return merged;
}

function referencedConfigs(spec: TaskSpec): { ref: AgentConfigReference; path: string }[] {
  if (spec.agentConfigRef !== undefined) {
    return [{ ref: spec.agentConfigRef, path: 'spec.agentConfigRef.name' }];
  }
  return (spec.agentConfigRefs ?? []).map((ref, i) => ({
    ref,
    path: `spec.agentConfigRefs[${i}].name`,
  }));
}

/**
 * Several AgentConfigs as one, as the reference's MergeAgentConfigs does: agentsMD texts joined by
 * a blank line, plugins and skills appended, MCP servers appended with a later server replacing an
 * earlier one of the same name in its place. One config is used as it is.
 */
export function mergeAgentConfigs(specs: readonly AgentConfigSpec[]): AgentConfigSpec | undefined {
  if (specs.length <= 1) return specs[0];
  const agentsMD = specs
    .map((s) => s.agentsMD ?? '')
    .filter((md) => md !== '')
    .join('\n\n');
  const servers: McpServer[] = [];
  const index = new Map<string, number>();
  for (const server of specs.flatMap((s) => s.mcpServers ?? [])) {
    const at = index.get(server.name);
    if (at === undefined) {
      index.set(server.name, servers.length);
      servers.push(server);
    } else {
      servers[at] = server;
    }
  }
  return {
    agentsMD,
    plugins: specs.flatMap((s) => s.plugins ?? []),
    skills: specs.flatMap((s) => s.skills ?? []),
    mcpServers: servers,
  };
}

// Names become folder and file names, MCP names become JSON keys; the reference refuses the
// same names when it builds the scripts and the JSON. Secrets are resolved here, per config, so
// each problem can name the field of the AgentConfig it is in.
function checkConfig(
  config: AgentConfig,
  secrets: NonNullable<BuildJobInput['secrets']>,
  problems: Problems,
): AgentConfigSpec {
  const label = objectLabel('AgentConfig', config.metadata?.name);
  const bad = (path: string, message: string) =>
    problems.add(label, path, 'job-agent-config', message);
  checkStringFields(config, agentConfigStringFields, label, problems);
  const spec = config.spec ?? {};
  (spec.plugins ?? []).forEach((plugin, p) => {
    nameCheck(plugin.name, `spec.plugins[${p}].name`, bad);
    (plugin.skills ?? []).forEach((s, i) =>
      nameCheck(s.name, `spec.plugins[${p}].skills[${i}].name`, bad),
    );
    (plugin.agents ?? []).forEach((a, i) =>
      nameCheck(a.name, `spec.plugins[${p}].agents[${i}].name`, bad),
    );
  });
  (spec.skills ?? []).forEach((s, i) => {
    if (!s.source) bad(`spec.skills[${i}].source`, 'skills.sh source is empty');
  });
  const seen = new Set<string>();
  const mcpServers = (spec.mcpServers ?? []).map((server, i) => {
    nameCheck(server.name, `spec.mcpServers[${i}].name`, bad);
    if (seen.has(server.name))
      bad(`spec.mcpServers[${i}].name`, `duplicate MCP server name "${server.name}"`);
    seen.add(server.name);
    return resolveSecrets(server, `spec.mcpServers[${i}]`, secrets, bad);
  });
  return spec.mcpServers === undefined ? spec : { ...spec, mcpServers };
}

function nameCheck(name: string, path: string, bad: (path: string, message: string) => void): void {
  const problem = componentNameProblem(name ?? '');
  if (problem !== undefined) bad(path, problem);
}

// The reference's resolveMCPServerSecrets: a Secret's keys and values are laid over the inline
// headers (or env), winning on the same key.
function resolveSecrets(
  server: McpServer,
  path: string,
  secrets: NonNullable<BuildJobInput['secrets']>,
  bad: (path: string, message: string) => void,
): McpServer {
  const { headersFrom, envFrom, ...rest } = server;
  const resolved: McpServer = { ...rest };
  const lookup = (field: 'headersFrom' | 'envFrom', name: string) => {
    const data = secrets[name];
    if (data === undefined)
      bad(`${path}.${field}.secretRef.name`, `Secret "${name}" was not given`);
    return data ?? {};
  };
  if (headersFrom !== undefined) {
    resolved.headers = { ...server.headers, ...lookup('headersFrom', headersFrom.secretRef.name) };
  }
  if (envFrom !== undefined) {
    resolved.env = { ...server.env, ...lookup('envFrom', envFrom.secretRef.name) };
  }
  return resolved;
}

// skills.sh packages are installed as the plugin `skills-sh`; a plugin of that name would be
// overwritten (the reference refuses it since its fix for skills that never reached the agent).
function checkSkillsShName(
  configs: readonly (AgentConfig | undefined)[],
  problems: Problems,
): void {
  for (const config of configs) {
    (config?.spec?.plugins ?? []).forEach((plugin, p) => {
      if (plugin.name === skillsShPluginName) {
        problems.add(
          objectLabel('AgentConfig', config?.metadata?.name),
          `spec.plugins[${p}].name`,
          'job-agent-config',
          `"${skillsShPluginName}" is reserved for skills.sh packages when skills are set`,
        );
      }
    });
  }
}
