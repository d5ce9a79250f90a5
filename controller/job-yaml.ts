import { Document } from 'yaml';
import type { IJob } from 'kubernetes-models/batch/v1/Job';

const leadingKeys = ['apiVersion', 'kind', 'metadata', 'spec'];

/**
 * A Job as YAML: apiVersion, kind, metadata, spec first (the conventional order), every other
 * key where the builder put it, two-space indents, no line folding, multi-line strings (scripts,
 * prompts) as block scalars, and strings a YAML 1.1 reader (kubectl's) would misread quoted.
 * The same Job always gives the same text.
 */
export function jobToYaml(job: IJob): string {
  const record = job as unknown as Record<string, unknown>;
  const ordered = Object.fromEntries([
    ...leadingKeys.filter((k) => k in record).map((k) => [k, record[k]]),
    ...Object.keys(record)
      .filter((k) => !leadingKeys.includes(k))
      .map((k) => [k, record[k]]),
  ]);
  return new Document(ordered, { version: '1.1', aliasDuplicateObjects: false }).toString({
    lineWidth: 0,
    indent: 2,
    indentSeq: true,
  });
}
