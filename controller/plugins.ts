import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IVolume } from 'kubernetes-models/v1/Volume';
import type { IVolumeMount } from 'kubernetes-models/v1/VolumeMount';
import type { Plugin, SkillsPackage } from '../api/index.js';
import {
  agentUserId,
  gitImage,
  nodeImage,
  nodeImageWithGit,
  pluginMountPath,
  pluginVolumeName,
  skillsShPluginName,
} from './constants.js';
import { shellQuote, strictScript, writeFileCommand } from './shell.js';

/** The plugin volume: an emptyDir shared by plugin-setup, skills-install and the agent. */
export function pluginVolume(): IVolume {
  return { name: pluginVolumeName, emptyDir: {} };
}

/** The plugin volume's mount at /kelos/plugin. */
export function pluginMount(): IVolumeMount {
  return { name: pluginVolumeName, mountPath: pluginMountPath };
}

/**
 * plugin-setup: writes each plugin's skills to <plugin>/skills/<skill>/SKILL.md and its agents to
 * <plugin>/agents/<agent>.md, the layout agent entrypoints read. Names must already be checked;
 * paths are quoted and contents travel as base64.
 */
export function pluginSetupContainer(plugins: readonly Plugin[]): IContainer {
  const lines: string[] = [];
  for (const plugin of plugins) {
    const root = `${pluginMountPath}/${plugin.name}`;
    for (const skill of plugin.skills ?? []) {
      const dir = `${root}/skills/${skill.name}`;
      lines.push(
        `mkdir -p ${shellQuote(dir)}`,
        writeFileCommand(skill.content, shellQuote(`${dir}/SKILL.md`)),
      );
    }
    for (const agent of plugin.agents ?? []) {
      const dir = `${root}/agents`;
      lines.push(
        `mkdir -p ${shellQuote(dir)}`,
        writeFileCommand(agent.content, shellQuote(`${dir}/${agent.name}.md`)),
      );
    }
  }
  return {
    name: 'plugin-setup',
    image: gitImage,
    command: ['sh', '-c', strictScript(lines)],
    volumeMounts: [pluginMount()],
  };
}

/**
 * skills-install: `npx skills add` for each package with the `universal` target, which writes
 * $HOME/.agents/skills for every agent type, then moves the result into the skills-sh plugin
 * (the reference's fix for skills that never reached the agent). The reference runs it as root
 * in Node's Alpine image, installing git with apk and handing the files to the agent's UID.
 * Restricted pods cannot run as root, so there it runs as the agent's UID in Node's Debian image,
 * which already has git: nothing to install, nothing to chown.
 */
export function skillsInstallContainer(
  skills: readonly SkillsPackage[],
  restricted: boolean,
): IContainer {
  const installed = `${pluginMountPath}/.agents/skills`;
  const target = `${pluginMountPath}/${skillsShPluginName}/skills`;
  const lines = restricted ? [] : ['apk add --no-cache git >/dev/null 2>&1'];
  for (const skill of skills) {
    const only = skill.skill ? ` -s ${shellQuote(skill.skill)}` : '';
    lines.push(`npx -y skills add ${shellQuote(skill.source)} -a universal -y -g${only}`);
  }
  lines.push(
    `[ -d ${shellQuote(installed)} ] || { echo 'No skills.sh skills were installed' >&2; exit 1; }`,
    `mkdir -p ${shellQuote(target)}`,
    `mv ${shellQuote(installed)}/* ${shellQuote(target)}/`,
    `rm -rf ${shellQuote(`${pluginMountPath}/.agents`)} ${shellQuote(`${pluginMountPath}/.npm`)}`,
  );
  if (!restricted) {
    lines.push(`chown -R ${agentUserId}:${agentUserId} ${shellQuote(pluginMountPath)}`);
  }
  return {
    name: 'skills-install',
    image: restricted ? nodeImageWithGit : nodeImage,
    command: ['sh', '-c', strictScript(lines)],
    env: [{ name: 'HOME', value: pluginMountPath }],
    volumeMounts: [pluginMount()],
  };
}
