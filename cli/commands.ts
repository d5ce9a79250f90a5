import type { CommandSpec } from './command.js';

/** Every command kelosctl has, in the order `--help` lists them. */
export const commands: readonly CommandSpec[] = [
  {
    name: 'crds',
    summary: 'Generate CustomResourceDefinitions from TypeScript API types',
    usage: 'kelosctl crds [--api ENTRY.ts] [--out DIR | --stdout] [--max-desc-len N] [--no-cache]',
    load: async () => (await import('./commands/crds.js')).crdsCommand,
    requiresPackages: true,
  },
  {
    name: 'job',
    summary: 'Print the Job that runs a Task',
    usage:
      'kelosctl job TASK.yaml [--workspace WORKSPACE.yaml] [--agent-config AGENTCONFIG.yaml]... [--pss restricted|baseline]',
    load: async () => (await import('./commands/job.js')).jobCommand,
  },
  {
    name: 'template',
    summary: 'Render a Helm chart as helm template does, without Helm',
    usage:
      'kelosctl template [NAME] CHART [-f VALUES]... [--set K=V]... [-n NS] [--helm-major 3|4] [--include-crds] [--show-only PATH]... [--output-dir DIR] [--install-manifest]',
    load: async () => (await import('./commands/template.js')).templateCommand,
  },
  {
    name: 'validate',
    summary: 'Validate custom resources offline, as the Kubernetes API server would',
    usage: 'kelosctl validate FILE... [--crds PATH] [--old FILE] [--strict] [-o text|json]',
    load: async () => (await import('./commands/validate.js')).validateCommand,
  },
  {
    name: 'version',
    summary: 'Print the version of kelosctl',
    usage: 'kelosctl version [--short]',
    load: async () => (await import('./commands/version.js')).versionCommand,
  },
];

/** The command with this name, if there is one. */
export function findCommand(name: string): CommandSpec | undefined {
  return commands.find((c) => c.name === name);
}
