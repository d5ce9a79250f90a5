import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticError } from '../../diagnostics/index.js';
import {
  CrdSet,
  defaultCrdFiles,
  diagnosticReport,
  formatJson,
  formatText,
  readObjects,
  validateInputs,
  type DocumentReport,
  type InputObject,
} from '../../validate/index.js';
import { UsageError, type Command } from '../command.js';
import { parseFlags } from '../flags.js';

/** `kelosctl validate`: check custom resources offline, as the API server would on apply. */
export const validateCommand: Command = {
  async run(args, io) {
    const { values, positionals } = parseFlags('validate', args, {
      options: {
        crds: { type: 'string', multiple: true },
        old: { type: 'string', multiple: true },
        strict: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
      },
      positionals: { min: 1, max: Infinity },
    });
    const output = values.output ?? 'text';
    if (output !== 'text' && output !== 'json') {
      throw new UsageError(`--output must be text or json, got "${output}"`, 'validate');
    }
    if (positionals.filter((p) => p === '-').length > 1) {
      throw new UsageError('stdin (-) can be read only once', 'validate');
    }
    const crds = loadCrds(values.crds ?? []);
    const reports: DocumentReport[] = [];
    const old = (values.old ?? []).flatMap((f) => readInput(f, reports));
    const objects = positionals.flatMap((f) => readInput(f, reports));
    reports.push(...validateInputs(objects, crds, { strict: values.strict === true, old }));
    io.stdout(
      output === 'json' ? formatJson(sortReports(reports)) : formatText(sortReports(reports)),
    );
    return reports.some((r) => r.status === 'invalid') ? 1 : 0;
  },
};

// Unreadable documents are found first; reports read best in file order.
function sortReports(reports: DocumentReport[]): DocumentReport[] {
  return reports
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.file === b.r.file ? a.r.line - b.r.line : a.i - b.i))
    .map(({ r }) => r);
}

function readText(path: string): string {
  try {
    return path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(e);
    throw new DiagnosticError([
      { code: 'read-file', message: `cannot read: ${reason}`, file: path },
    ]);
  }
}

function readInput(path: string, reports: DocumentReport[]): InputObject[] {
  const { objects, diagnostics } = readObjects(readText(path), path);
  reports.push(...diagnostics.map(diagnosticReport));
  return objects;
}

/** The CRDs from `--crds` files and folders, or the Kelos CRDs when none are given. */
function loadCrds(paths: readonly string[]): CrdSet {
  const set = new CrdSet();
  const files =
    paths.length === 0
      ? defaultCrdFiles()
      : paths.flatMap((p) => crdFiles(p)).map((file) => ({ file, text: readText(file) }));
  for (const { file, text } of files) set.addYaml(text, file);
  if (set.size === 0) {
    throw new UsageError(`no CustomResourceDefinition found in ${paths.join(', ')}`, 'validate');
  }
  return set;
}

function crdFiles(path: string): string[] {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    return [path];
  }
  if (!isDir) return [path];
  return readdirSync(path)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => join(path, f));
}
