// The generated files of chart/kelos/ are what npm run gen:chart writes now, and Helm prints the
// generated CRDs byte for byte: every `{{` in them is escaped, and no line splits a document.
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { crdTemplatePath, generateChartFiles, type ChartFile } from '../../chart/index.js';
import { generateCrds } from '../../generator/index.js';
import { contentDocuments, splitDocuments } from '../../render/index.js';
import { chartPath, helmTemplate, majors, root } from './chart-helm.js';

describe('chart/kelos generated files (npm run gen:chart)', function () {
  this.timeout(60_000);
  let files: ChartFile[] = [];
  before(async () => {
    files = await generateChartFiles(root.replace(/\/$/, ''));
  });

  it('are up to date', () => {
    for (const file of files) {
      expect(
        readFileSync(`${root}${chartPath}/${file.path}`, 'utf8'),
        `${chartPath}/${file.path} is stale: run npm run gen:chart`,
      ).to.equal(file.text);
    }
  });

  it('templates/crds holds exactly the generated CRD templates', () => {
    const generated = files.filter((f) => f.path.startsWith('templates/crds/')).map((f) => f.path);
    expect(generated).to.have.length(4);
    expect(
      readdirSync(`${root}${chartPath}/templates/crds`).map((f) => `templates/crds/${f}`),
    ).to.have.members(generated);
  });

  for (const major of majors) {
    it(`Helm prints each CRD exactly as generated, {{ included (Helm ${major})`, async () => {
      const { crds, yaml } = await generateCrds({
        entry: `${root}api/index.ts`,
        root,
        cache: true,
      });
      const result = await helmTemplate([], major);
      expect(result.status, result.stderr).to.equal(0);
      const documents = contentDocuments(splitDocuments(result.stdout, { file: 'helm template' }));
      // One document per template output: a `---` inside a CRD would add documents.
      expect(documents).to.have.length(result.stdout.split('\n# Source: ').length - 1);
      crds.forEach((crd, i) => {
        const source = `# Source: kelos/${crdTemplatePath(crd)}\n`;
        const found = documents.filter((d) => d.text.startsWith(source));
        expect(found, source).to.have.length(1);
        const printed = found[0]!.text.slice(source.length);
        const expected = yaml[i]!.replace(
          /^metadata:\n/m,
          'metadata:\n  annotations:\n    helm.sh/resource-policy: keep\n',
        );
        expect(printed).to.equal(expected);
      });
      expect(result.stdout).to.contain('kelos-task-{{.Number}}');
    });
  }
});
