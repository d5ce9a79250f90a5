import { readFileSync } from 'node:fs';
import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { AgentConfig, Task, Workspace } from '../../api/index.js';
import { buildJob, checkJobPodSecurity, jobToYaml, type PssLevel } from '../../controller/index.js';
import { DiagnosticError, type Diagnostic } from '../../diagnostics/index.js';
import { UsageError, type Command } from '../command.js';
import { parseFlags } from '../flags.js';

/** One input file, parsed, with what is needed to point diagnostics into it. */
interface Source {
  readonly file: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  readonly value: unknown;
}

/** `kelosctl job`: the Job a Task runs as, printed as YAML; `--pss` checks its pod first. */
export const jobCommand: Command = {
  async run(args, io) {
    const { values, positionals } = parseFlags('job', args, {
      options: {
        workspace: { type: 'string' },
        'agent-config': { type: 'string', multiple: true },
        pss: { type: 'string' },
      },
      positionals: { min: 1, max: 1 },
    });
    const level = pssLevel(values.pss);
    const task = readSource(positionals[0]!);
    const workspace = values.workspace === undefined ? undefined : readSource(values.workspace);
    const agentConfigs = (values['agent-config'] ?? []).map(readSource);
    const sources = [task, ...(workspace ? [workspace] : []), ...agentConfigs];
    let job;
    try {
      job = buildJob({
        task: task.value as Task,
        ...(workspace ? { workspace: workspace.value as Workspace } : {}),
        agentConfigs: agentConfigs.map((s) => s.value as AgentConfig),
      });
    } catch (error) {
      if (error instanceof DiagnosticError) throw locate(error, sources);
      throw error;
    }
    if (level !== undefined) {
      const violations = checkJobPodSecurity(job, { level });
      if (violations.length > 0) {
        throw new DiagnosticError(
          violations.map((v) => ({
            code: `pss-${v.check}`,
            path: v.path,
            message: `${v.message} (Pod Security Standards ${v.level}: ${v.check})`,
          })),
        );
      }
    }
    io.stdout(jobToYaml(job));
    return 0;
  },
};

function pssLevel(value: string | undefined): PssLevel | undefined {
  if (value === undefined || value === 'restricted' || value === 'baseline') return value;
  throw new UsageError(`--pss must be restricted or baseline, not "${value}"`, 'job');
}

// One object per file, as kubectl reads a manifest; YAML 1.1, as Kubernetes' reader is.
function readSource(file: string): Source {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DiagnosticError([
      { code: 'job-read', file, message: `cannot read: ${(error as Error).message}` },
    ]);
  }
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { version: '1.1', lineCounter: lines });
  const list = Array.isArray(docs) ? docs.filter((d) => d.contents !== null) : [];
  const errors = list.flatMap((d) => d.errors);
  if (errors.length > 0) {
    throw new DiagnosticError(
      errors.map((e) => ({
        code: 'job-yaml',
        file,
        message: e.message.split('\n')[0]!,
        position: { line: e.linePos?.[0].line ?? 1, column: e.linePos?.[0].col ?? 1 },
      })),
    );
  }
  const doc = list[0];
  if (list.length !== 1 || doc === undefined) {
    throw new DiagnosticError([
      { code: 'job-yaml', file, message: `must hold exactly one object, not ${list.length}` },
    ]);
  }
  const value: unknown = doc.toJS();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new DiagnosticError([{ code: 'job-yaml', file, message: 'must hold a mapping' }]);
  }
  return { file, doc, lines, value };
}

// The builder names objects as Kind/name; here they become files, and each field path becomes
// the line and column of that field (or of its nearest parent present in the file).
function locate(error: DiagnosticError, sources: readonly Source[]): DiagnosticError {
  return new DiagnosticError(
    error.diagnostics.map((d): Diagnostic => {
      const source = sources.find((s) => d.file === label(s.value));
      if (source === undefined) return d;
      const position = d.path === undefined ? undefined : fieldPosition(source, d.path);
      return { ...d, file: source.file, ...(position ? { position } : {}) };
    }),
  );
}

function label(value: unknown): string {
  const object = value as { kind?: string; metadata?: { name?: string } };
  return `${object.kind ?? ''}/${object.metadata?.name ?? '<unnamed>'}`;
}

function fieldPosition(source: Source, path: string): Diagnostic['position'] {
  const segments = [...path.matchAll(/([^.[\]]+)|\[([^\]]*)\]/g)].map(([, key, index]) =>
    index !== undefined && /^\d+$/.test(index) ? Number(index) : (key ?? index ?? ''),
  );
  for (let n = segments.length; n > 0; n--) {
    const node = source.doc.getIn(segments.slice(0, n), true) as { range?: [number] } | undefined;
    if (node?.range !== undefined) {
      const { line, col } = source.lines.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return undefined;
}
