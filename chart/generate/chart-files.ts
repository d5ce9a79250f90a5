// Every generated file of chart/kelos/, in memory: `npm run gen:chart` writes them and the chart
// tests compare them with the committed files. Text that prettier checks is formatted with the
// project's prettier settings, so that writing and checking agree.
import { format, resolveConfig } from 'prettier';
import { generateCrds } from '../../generator/index.js';
import { crdTemplate, type ChartFile } from './crd-templates.js';
import { chartReadme } from './readme.js';
import { valuesSchema } from './values-schema.js';
import { valuesYaml } from './values-yaml.js';

/** The chart folder, relative to the project root. */
export const chartDir = 'chart/kelos';

/** Every generated file of the chart, by path inside the chart folder, sorted by path. */
export async function generateChartFiles(root: string): Promise<ChartFile[]> {
  const [{ crds, yaml }, schema] = await Promise.all([
    generateCrds({ entry: `${root}/api/index.ts`, root, cache: true }),
    valuesSchema(root),
  ]);
  const files: ChartFile[] = [
    ...crds.map((crd, i) => crdTemplate(crd, yaml[i]!)),
    await formatted(root, 'values.yaml', valuesYaml(schema)),
    await formatted(root, 'values.schema.json', `${JSON.stringify(schema, null, 2)}\n`),
    await formatted(root, 'README.md', chartReadme(schema)),
  ];
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

async function formatted(root: string, path: string, text: string): Promise<ChartFile> {
  const file = `${root}/${chartDir}/${path}`;
  const options = (await resolveConfig(file)) ?? {};
  return { path, text: await format(text, { ...options, filepath: file }) };
}
