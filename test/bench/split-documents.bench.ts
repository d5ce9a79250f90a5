// The line-exact reader against `yaml.parseAllDocuments` (which finds the same boundaries by
// parsing everything) and against the naive split on "---\n" (fast, and wrong on `rw-rw----`),
// on a manifest of more than 50 MB built from the reference CRDs and rendered chart.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { splitDocuments } from '../../render/index.js';
import type { Benchmark } from './harness.js';

const minBytes = 50e6;

/** The reference manifests repeated, as one multi-document stream of at least `minBytes`. */
function largeManifest(): string {
  const reference = new URL('../../../shared/reference/kelos/', import.meta.url).pathname;
  const rendered = join(reference, 'chart-rendered');
  const sources = [
    readFileSync(join(reference, 'install-crd.yaml'), 'utf8'),
    ...readdirSync(rendered)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => readFileSync(join(rendered, f), 'utf8')),
  ];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < minBytes; i++) {
    const part = sources[i % sources.length]!;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('---\n');
}

export async function benchmarks(): Promise<Benchmark[]> {
  const manifest = largeManifest();
  const bytes = Buffer.byteLength(manifest);
  const documents = splitDocuments(manifest).documents.length;
  return [
    {
      name: 'split-documents',
      description: `splitting a ${(bytes / 1e6).toFixed(1)} MB manifest into ${documents} documents`,
      bytes,
      runs: 15,
      warmup: 1,
      reference: 'yaml.parseAllDocuments',
      contenders: [
        { name: 'splitDocuments', run: () => splitDocuments(manifest) },
        { name: 'naive split("---\\n")', run: () => manifest.split('---\n') },
        { name: 'yaml.parseAllDocuments', run: () => parseAllDocuments(manifest), runs: 3 },
      ],
      targets: [
        { kind: 'throughput', contender: 'splitDocuments', minMBps: 500 },
        { kind: 'speedup', contender: 'splitDocuments', over: 'yaml.parseAllDocuments', min: 50 },
      ],
    },
  ];
}
