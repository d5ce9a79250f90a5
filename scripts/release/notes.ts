import { execFileSync } from 'node:child_process';

/**
 * Release notes from the commit history since the previous version tag (`vX.Y.Z`), grouped by the
 * area a subject names before its colon (`generator: …` goes under generator); subjects without one
 * go under "Other".
 */
export function releaseNotes(root: string, version: string): string {
  const previous = previousTag(root);
  const range = previous === undefined ? ['HEAD'] : [`${previous}..HEAD`];
  const subjects = git(root, ['log', '--format=%s', '--reverse', ...range])
    .split('\n')
    .filter((s) => s !== '');
  const groups = new Map<string, string[]>();
  for (const subject of subjects) {
    const match = /^([\w./-]+(?:, [\w./-]+)*): (.+)$/.exec(subject);
    const area = match?.[1] ?? 'Other';
    groups.set(area, [...(groups.get(area) ?? []), match?.[2] ?? subject]);
  }
  const areas = [...groups.keys()].sort((a, b) =>
    a === 'Other' ? 1 : b === 'Other' ? -1 : a.localeCompare(b),
  );
  const lines = [
    `# kelos-toolchain v${version}`,
    '',
    previous === undefined ? 'The first release.' : `Changes since ${previous}.`,
  ];
  for (const area of areas) {
    lines.push('', `## ${area}`, '', ...groups.get(area)!.map((s) => `- ${s}`));
  }
  return `${lines.join('\n')}\n`;
}

function previousTag(root: string): string | undefined {
  const tags = git(root, [
    'tag',
    '--list',
    'v[0-9]*',
    '--merged',
    'HEAD',
    '--sort=-v:refname',
  ]).split('\n');
  return tags.find((t) => t !== '');
}

function git(root: string, args: readonly string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' });
}
