// Golden cases of the CRD generator: each folder of testdata/ holds an `api.ts` and either
// `expected.yaml` (the CRDs, as `kelosctl crds --stdout` prints them) or `expected-errors.txt`
// (the diagnostics, as kelosctl prints them). `options.json` may set `maxDescLen`.
import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import { DiagnosticError, formatDiagnostics } from '../../diagnostics/index.js';
import {
  crdToYaml,
  generateCrds,
  generatedHeader,
  type GenerateOptions,
} from '../../generator/index.js';
import { parseAllDocuments } from 'yaml';
import { checkSchemaRules } from '../../generator/cel/index.js';
import type { CustomResourceDefinition } from '../../generator/index.js';
import { checkStructural } from '../../generator/schema/structural.js';
import { expectGolden } from '../support/golden.js';

const testdata = new URL('testdata/', import.meta.url).pathname;
const cases = readdirSync(testdata, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

async function generate(
  dir: string,
): Promise<{ yaml?: string; warnings?: string; errors?: string }> {
  const optionsFile = join(dir, 'options.json');
  const options = existsSync(optionsFile)
    ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Partial<GenerateOptions>)
    : {};
  try {
    const { crds, warnings } = await generateCrds({
      ...options,
      entry: join(dir, 'api.ts'),
      root: dir,
    });
    return {
      yaml: `${generatedHeader}\n${crds.map((crd) => `---\n${crdToYaml(crd)}`).join('')}`,
      warnings: warnings.length === 0 ? '' : `${formatDiagnostics(warnings, { caret: false })}\n`,
    };
  } catch (error) {
    if (error instanceof DiagnosticError) {
      return { errors: `${formatDiagnostics(error.diagnostics, { caret: false })}\n` };
    }
    throw error;
  }
}

// Every golden CRD, read back from its YAML, passes the structural and CEL checks on its own.
function expectStructural(yaml: string): void {
  for (const doc of parseAllDocuments(yaml)) {
    const crd = doc.toJS() as CustomResourceDefinition;
    for (const version of crd.spec.versions) {
      const schema = version.schema.openAPIV3Schema;
      expect(checkStructural(schema, new WeakMap(), crd.spec.names.kind)).to.deep.equal([]);
      expect(checkSchemaRules(schema).filter((i) => i.severity === 'error')).to.deep.equal([]);
    }
  }
}

describe('CRD generator golden cases', function () {
  this.timeout(120_000);
  expect(cases.length).to.be.greaterThan(0);
  for (const name of cases) {
    it(name, async () => {
      const dir = join(testdata, name);
      const wantsErrors = existsSync(join(dir, 'expected-errors.txt'));
      const result = await generate(dir);
      if (wantsErrors) {
        expect(result.yaml, 'generation should have failed').to.equal(undefined);
        expectGolden(join(dir, 'expected-errors.txt'), result.errors!);
        return;
      }
      expect(result.errors, 'generation should have succeeded').to.equal(undefined);
      expectGolden(join(dir, 'expected.yaml'), result.yaml!);
      const warningsFile = join(dir, 'expected-warnings.txt');
      if (result.warnings !== '' || existsSync(warningsFile)) {
        expectGolden(warningsFile, result.warnings!);
      }
      expect((await generate(dir)).yaml, 'a second run gives the same bytes').to.equal(result.yaml);
      expect(
        await format(result.yaml!, { parser: 'yaml' }),
        'prettier leaves it as it is',
      ).to.equal(result.yaml);
      expectStructural(result.yaml!);
    });
  }
});
