// Table tests for the function families, with Helm as the judge of every expected value: the
// rows of one table become one chart (each row a line `rN: {{ printf "%v" (EXPR) | printf "%q" }}`
// inside a block scalar), which real Helm 4 and Helm 3 render once in a `before` hook; each row's
// expected text must be what Helm printed, and what we print. Rows whose output is random or
// Helm-major specific say so (`shape`, `majors`).
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unquote } from '../../../../render/template/strconv.js';
import { runHelm, type HelmMajor } from '../../../support/helm.js';
import { loadChart, renderChart } from './render-chart.js';

/** One row: a template expression and what Helm prints for it with %v. */
export interface Row {
  readonly name: string;
  /** A pipeline, as written between `{{` and `}}`. */
  readonly expr: string;
  /** The %v text Helm prints; for `shape` rows, a pattern the text must match. */
  readonly expected: string | RegExp;
  /** The Helm majors the row holds for. Default both. */
  readonly majors?: readonly HelmMajor[];
}

/** Values for a table's chart (.Values), as YAML text. */
export interface TableOptions {
  readonly values?: string;
  /** Template text before the manifest, such as `{{- $d := toDate … }}` for the rows to share. */
  readonly prelude?: string;
}

const line = (i: number, r: Row): string => `  r${i}: {{ printf "%v" (${r.expr}) | printf "%q" }}`;

function chart(
  dir: string,
  rows: readonly Row[],
  major: HelmMajor,
  values: string,
  prelude: string,
): void {
  mkdirSync(join(dir, 'templates'), { recursive: true });
  writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: table\nversion: 0.1.0\n');
  writeFileSync(join(dir, 'values.yaml'), values);
  const body = rows.map((r, i) => (r.majors?.includes(major) === false ? '' : line(i, r)));
  const text = `${prelude}apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: t\ndata:\n${body.filter((l) => l !== '').join('\n')}\n`;
  writeFileSync(join(dir, 'templates', 'cm.yaml'), text);
}

// The rows' texts from a rendered manifest.
function results(out: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of out.matchAll(/^ {2}(r\d+): (".*")$/gm)) found.set(m[1]!, unquote(m[2]!) ?? m[2]!);
  return found;
}

function check(r: Row, got: string | undefined, who: string): void {
  if (typeof r.expected === 'string') expect(got, `${who}: ${r.expr}`).to.equal(r.expected);
  else expect(got, `${who}: ${r.expr}`).to.match(r.expected);
}

/** Declares a mocha suite for the table: rows checked against Helm 4 and 3, and against us. */
export function describeTable(
  title: string,
  rows: readonly Row[],
  options: TableOptions = {},
): void {
  describe(title, function () {
    const helm = new Map<HelmMajor, Map<string, string>>();
    const ours = new Map<HelmMajor, Map<string, string>>();
    before(async function () {
      this.timeout(120_000);
      for (const major of [4, 3] as const) {
        const dir = mkdtempSync(join(tmpdir(), 'kelos-table-'));
        try {
          chart(dir, rows, major, options.values ?? '{}\n', options.prelude ?? '');
          const r = await runHelm(['template', 'test', dir], { major });
          if (r.status !== 0) throw new Error(`Helm ${major} failed: ${r.stderr}`);
          helm.set(major, results(r.stdout));
          ours.set(major, results(renderChart(loadChart(dir), major)));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    });
    rows.forEach((r, i) => {
      it(`${r.name}: ${r.expr}`, function () {
        for (const major of r.majors ?? ([4, 3] as const)) {
          check(r, helm.get(major)!.get(`r${i}`), `Helm ${major}`);
          check(r, ours.get(major)!.get(`r${i}`), `ours (as Helm ${major})`);
        }
      });
    });
  });
}
