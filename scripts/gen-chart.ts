// `npm run gen:chart`: writes the generated files of chart/kelos/ (CRD templates from api/, and
// values.yaml, values.schema.json and README.md from chart/values.ts). CI fails when the committed
// files differ from what this writes (test/chart/generated.test.ts).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chartDir, generateChartFiles } from '../chart/index.js';

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const chart = join(root, chartDir);
const files = await generateChartFiles(root);

// CRD templates of kinds the API no longer has must go, so the folder is rewritten whole.
const crdDir = join(chart, 'templates', 'crds');
for (const name of readdirSync(crdDir, { withFileTypes: true })) {
  rmSync(join(crdDir, name.name), { recursive: true });
}
for (const file of files) {
  mkdirSync(dirname(join(chart, file.path)), { recursive: true });
  writeFileSync(join(chart, file.path), file.text);
}
console.log(`wrote ${files.length} files under ${chartDir}/`);
