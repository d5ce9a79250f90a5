// Documents validated per second: a realistic Task (test/validate/testdata/task-valid) checked
// the way `kelosctl validate` checks it, in one process, with the Kelos CRDs loaded once. One run
// validates 1000 Tasks, so documents per second = 1,000,000 / median ms. Contenders: the whole
// path from YAML text (read, decode, every check), the checks alone on an already parsed object,
// and YAML parsing alone (the `yaml` package), for scale.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import {
  CrdSet,
  defaultCrdFiles,
  readObjects,
  validateInputs,
  validateObject,
} from '../../validate/index.js';
import type { Benchmark } from './harness.js';

const COUNT = 1000;

export async function benchmarks(): Promise<Benchmark[]> {
  const crds = new CrdSet();
  for (const { file, text } of defaultCrdFiles()) crds.addYaml(text, file);
  const source = readFileSync(
    new URL('../validate/testdata/task-valid/input.yaml', import.meta.url),
    'utf8',
  );
  const task = source.split(/^---$/m)[0] ?? '';
  const stream = Array.from({ length: COUNT }, () => task).join('---\n');
  const [one] = readObjects(task, 'task.yaml').objects;
  const crd = crds.find('kelos.dev/v1alpha1', 'Task');
  if (one === undefined || crd === undefined) throw new Error('validate bench: no Task');
  const run = () => {
    const reports = validateInputs(readObjects(stream, 'tasks.yaml').objects, crds);
    if (reports.length !== COUNT || reports.some((r) => r.status !== 'valid')) {
      throw new Error('validate bench: every Task should be valid');
    }
  };
  run();
  return [
    {
      name: 'validate',
      description: `${COUNT} realistic Tasks per run (documents/s = 1e6 / median ms)`,
      runs: 15,
      warmup: 2,
      reference: 'yaml.parseAllDocuments',
      contenders: [
        { name: 'kelosctl validate path', run },
        {
          name: 'checks only (parsed)',
          run: () => {
            for (let i = 0; i < COUNT; i++) validateObject(one.object, crd);
          },
        },
        { name: 'yaml.parseAllDocuments', run: () => parseAllDocuments(stream) },
      ],
      // YAML parsing dominates the whole path; the checks themselves should cost less than it.
      targets: [
        {
          kind: 'ratio',
          contender: 'kelosctl validate path',
          over: 'yaml.parseAllDocuments',
          max: 2,
        },
        { kind: 'time', contender: 'checks only (parsed)', maxMs: 500 },
      ],
    },
  ];
}
