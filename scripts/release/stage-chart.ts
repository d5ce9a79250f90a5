import { readChartDir } from '../../render/chart/index.js';
import type { ArchiveEntry } from './tar.js';

/**
 * The chart as a release ships it: the files Helm would package (after .helmignore), with the
 * release's version as the chart version, and `v<version>` as appVersion and as the default image
 * tag. Each stamp must find exactly what it replaces, so a changed chart cannot be stamped wrongly.
 */
export function stageChart(chartPath: string, name: string, version: string): ArchiveEntry[] {
  return readChartDir(chartPath).map((file) => {
    const text = () => Buffer.from(file.data).toString('utf8');
    if (file.name === 'Chart.yaml') {
      const stamped = replaceOnce(
        replaceOnce(text(), /^version: .*$/m, `version: ${version}`),
        /^appVersion: .*$/m,
        `appVersion: v${version}`,
      );
      return { name: `${name}/${file.name}`, data: Buffer.from(stamped) };
    }
    if (file.name === 'values.yaml') {
      const stamped = replaceOnce(
        text(),
        /^(image:\n(?:[ ]{2}#.*\n)*[ ]{2}tag: ).*$/m,
        `$1v${version}`,
      );
      return { name: `${name}/${file.name}`, data: Buffer.from(stamped) };
    }
    return { name: `${name}/${file.name}`, data: file.data };
  });
}

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  const count = [...text.matchAll(global)].length;
  if (count !== 1) {
    throw new Error(`expected exactly one match of ${pattern} in the chart, found ${count}`);
  }
  return text.replace(pattern, replacement);
}
