/**
 * Reports as text or JSON. Text reads like kubectl: an invalid object is
 * `The Task "fix-bug" is invalid: <error>`, or with several errors the same head followed by one
 * `* <error>` line each (kubectl's MultilineError); warnings read `Warning: unknown field "…"`.
 * Every line starts with `file:line:`. JSON is the list of reports, for machines.
 */
import type { DocumentReport } from './validate-inputs.js';

function where(file: string, line: number | undefined, fallback: number): string {
  return `${file}:${line ?? fallback}`;
}

function objectText(r: DocumentReport): string {
  const loc = where(r.file, r.line, 1);
  if (r.message !== undefined) {
    const head = r.status === 'skipped' ? 'skipped: ' : r.column !== undefined ? '' : 'error: ';
    const at = r.column === undefined ? loc : `${loc}:${r.column}`;
    return `${at}: ${head}${r.message}`;
  }
  if (r.status === 'valid') return `${loc}: ${r.kind ?? ''} "${r.name ?? ''}" is valid`;
  const head = `${loc}: The ${r.kind ?? ''} "${r.name ?? ''}" is invalid: `;
  const [only] = r.errors;
  if (r.errors.length === 1 && only !== undefined) return `${head}${only.message}`;
  return [head, ...r.errors.map((e) => `* ${e.message}`)].join('\n');
}

/** The text report: warnings and the verdict of each document, then a count. */
export function formatText(reports: readonly DocumentReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const w of r.warnings)
      lines.push(`${where(r.file, w.line, r.line)}: Warning: ${w.message}`);
    lines.push(objectText(r));
  }
  const count = (s: DocumentReport['status']) => reports.filter((r) => r.status === s).length;
  const n = reports.length;
  lines.push(
    `${n} document${n === 1 ? '' : 's'}: ${count('valid')} valid, ${count('invalid')} invalid, ${count('skipped')} skipped`,
  );
  return `${lines.join('\n')}\n`;
}

/** The JSON report: `{ "valid": bool, "documents": [...] }`, indented. */
export function formatJson(reports: readonly DocumentReport[]): string {
  const valid = reports.every((r) => r.status !== 'invalid');
  return `${JSON.stringify({ valid, documents: reports }, null, 2)}\n`;
}
