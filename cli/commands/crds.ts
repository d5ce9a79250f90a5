import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crdFile, crdFileName, generateCrds, generatedHeader } from '../../generator/index.js';
import { formatDiagnostics, withSourceLines } from '../../diagnostics/index.js';
import { UsageError, type Command } from '../command.js';
import { parseFlags } from '../flags.js';
import { reportSizes } from './crd-sizes.js';

/** `kelosctl crds`: generate CRDs from API types, into a folder or onto stdout. */
export const crdsCommand: Command = {
  async run(args, io) {
    const { values } = parseFlags('crds', args, {
      options: {
        api: { type: 'string' },
        out: { type: 'string' },
        stdout: { type: 'boolean' },
        'max-desc-len': { type: 'string' },
        'no-cache': { type: 'boolean' },
      },
    });
    if (values.out !== undefined && values.stdout === true) {
      throw new UsageError('--out and --stdout cannot be used together', 'crds');
    }
    const maxDescLen = parseCount(values['max-desc-len']);
    const { crds, yaml, sizes, warnings } = await generateCrds({
      entry: values.api ?? 'api/index.ts',
      root: process.cwd(),
      cache: values['no-cache'] !== true,
      ...(maxDescLen === undefined ? {} : { maxDescLen }),
    });
    if (warnings.length > 0) {
      io.stderr(`${formatDiagnostics(withSourceLines(warnings))}\n`);
    }
    reportSizes(crds, sizes, io);
    if (values.stdout === true) {
      io.stdout(`${generatedHeader}\n${yaml.map((text) => `---\n${text}`).join('')}`);
      return 0;
    }
    const out = values.out ?? 'crds';
    const files = crds.map((crd, i) => ({
      path: join(out, crdFileName(crd)),
      text: crdFile(yaml[i]!),
    }));
    mkdirSync(out, { recursive: true });
    for (const file of files) {
      writeFileSync(file.path, file.text);
    }
    return 0;
  },
};

function parseCount(text: string | undefined): number | undefined {
  if (text === undefined) {
    return undefined;
  }
  if (!/^\d+$/.test(text)) {
    throw new UsageError(`--max-desc-len needs a non-negative integer, got "${text}"`, 'crds');
  }
  return Number(text);
}
