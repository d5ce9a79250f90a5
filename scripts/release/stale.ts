import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartDir, generateChartFiles } from '../../chart/index.js';
import { crdFile, crdFileName, generateCrds } from '../../generator/index.js';
import { renderDocs } from '../docs/render-docs.js';

/**
 * The committed generated files that differ from what their generators produce now (CRDs, chart
 * files, docs), as paths relative to the root. A release refuses to go on while any is stale.
 */
export async function staleGeneratedFiles(root: string): Promise<string[]> {
  const expected = new Map<string, string>();
  const { crds, yaml } = await generateCrds({ entry: join(root, 'api/index.ts'), root });
  crds.forEach((crd, i) => expected.set(`config/crd/${crdFileName(crd)}`, crdFile(yaml[i]!)));
  for (const file of await generateChartFiles(root)) {
    expected.set(`${chartDir}/${file.path}`, file.text);
  }
  for (const [name, text] of renderDocs(root)) {
    expected.set(`docs/${name}`, text);
  }
  return [...expected]
    .filter(
      ([path, text]) =>
        !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== text,
    )
    .map(([path]) => path)
    .sort();
}
