// The values a user gives `helm template` (pkg/cli/values Options.MergeValues): each -f file in
// order, merged deeply, then every --set-json, --set, --set-string, --set-file and --set-literal
// in that fixed order (the flag kind decides, not the position on the command line).
import { readFileSync } from 'node:fs';
import { DiagnosticError } from '../../diagnostics/index.js';
import { readValues, type GoMap } from '../go/index.js';
import { valuesErrorText } from './load.js';
import { mergeMaps } from './coalesce.js';
import { ChartError } from './errors.js';
import { StrvalsError, parseInto, parseLiteralInto } from './strvals.js';
import { JsonValueError } from './json-value.js';

/** The value flags of a render; each list defaults to empty. */
export interface ValueOptions {
  readonly valueFiles?: readonly string[];
  readonly values?: readonly string[];
  readonly stringValues?: readonly string[];
  readonly jsonValues?: readonly string[];
  readonly fileValues?: readonly string[];
  readonly literalValues?: readonly string[];
  /** 3 (default) or 4: which Helm's behaviour (and wording) to reproduce. */
  readonly helmMajor?: 3 | 4;
}

/** Reads a file a flag names (`-` is standard input), failing with Go's `open` error. */
export function readUserFile(path: string): string {
  try {
    return readFileSync(path.trim() === '-' ? 0 : path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file or directory'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String(code);
    if (code === 'EISDIR') throw new ChartError(`read ${path}: ${why}`);
    throw new ChartError(`open ${path}: ${why}`);
  }
}

/** The user's values, merged as Helm merges them before coalescing with the chart's. */
export function mergeUserValues(opts: ValueOptions, readFile = readUserFile): GoMap {
  let base: GoMap = new Map();
  for (const path of opts.valueFiles ?? []) {
    const text = readFile(path);
    let current: GoMap;
    try {
      current = readValues(text, { file: path });
    } catch (e) {
      if (!(e instanceof DiagnosticError)) throw e;
      throw new ChartError(`failed to parse ${path}: ${valuesErrorText(e, opts.helmMajor ?? 3)}`);
    }
    base = mergeMaps(base, current);
  }
  for (const v of opts.jsonValues ?? []) {
    try {
      parseInto(v, base, { kind: 'json' });
    } catch (e) {
      if (e instanceof StrvalsError || e instanceof JsonValueError)
        throw new ChartError(`failed parsing --set-json data ${v}`);
      throw e;
    }
  }
  const steps: [readonly string[] | undefined, string, (v: string) => void][] = [
    [opts.values, '--set', (v) => parseInto(v, base, { kind: 'typed' })],
    [opts.stringValues, '--set-string', (v) => parseInto(v, base, { kind: 'string' })],
    [opts.fileValues, '--set-file', (v) => parseInto(v, base, { kind: 'file', read: readFile })],
    [opts.literalValues, '--set-literal', (v) => parseLiteralInto(v, base)],
  ];
  for (const [list, flag, parse] of steps) {
    for (const v of list ?? []) {
      try {
        parse(v);
      } catch (e) {
        if (e instanceof StrvalsError || e instanceof ChartError)
          throw new ChartError(`failed parsing ${flag} data: ${e.message}`);
        throw e;
      }
    }
  }
  return base;
}
