// Helm as the oracle for Go's value printing. A case is a template pipeline; Helm renders every case
// of a group in one `helm template` run, each on its own comment line as base64 (so that Helm's
// removal of `<no value>`, YAML post-processing and odd bytes cannot alter it), and the decoded
// outputs are recorded in testdata/<group>.yaml. `goExpr` spells a Go value as a template
// expression that builds exactly that value, so a case's TS input and its template agree.
import { expect } from 'chai';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { goString as bytesAsGoString } from '../../../render/go/strings.js';
import { GoInt, GoStruct, goType, type GoValue } from '../../../render/go/values.js';
import { runHelm, type HelmMajor } from '../../support/helm.js';

/** One recorded case: what Helm rendered for a template pipeline. */
export interface Golden {
  readonly name: string;
  readonly template: string;
  readonly output: string;
}

/** A case before recording: a unique name and the pipeline whose printed result is compared. */
export interface OracleCase {
  readonly name: string;
  readonly template: string;
}

const testdata = new URL('./testdata/', import.meta.url).pathname;

/** Whether goldens are being rewritten (`UPDATE_GOLDEN=1`). */
export const updating = process.env.UPDATE_GOLDEN === '1';

/** The recorded goldens of a group, by name; empty when the file does not exist yet. */
export function readGoldens(group: string): Map<string, Golden> {
  const path = join(testdata, `${group}.yaml`);
  const list = existsSync(path) ? (parse(readFileSync(path, 'utf8')) as Golden[]) : [];
  return new Map(list.map((g) => [g.name, g]));
}

/** Writes a group's goldens. */
export function writeGoldens(group: string, goldens: readonly Golden[]): void {
  mkdirSync(testdata, { recursive: true });
  const header = `# Recorded from Helm by test/render/go/${group}.test.ts; UPDATE_GOLDEN=1 rewrites it.\n`;
  writeFileSync(join(testdata, `${group}.yaml`), header + stringify(goldens, { lineWidth: 0 }));
}

/** A file every chart carries, holding the bytes 0..255, so that templates can build []byte and uint8. */
const bytesFile = 'bytes.bin';

/** The chart around the cases: its values.yaml and extra files (such as templates/_helpers.tpl). */
export interface ChartOptions {
  readonly values?: string;
  readonly files?: Readonly<Record<string, string>>;
}

/** Renders every case with Helm in one run and returns each case's output (or throws on Helm errors). */
export async function renderCases(
  cases: readonly OracleCase[],
  options: ChartOptions & { readonly major?: HelmMajor } = {},
): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kelos-go-oracle-'));
  try {
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: x\nversion: 0.1.0\n');
    writeFileSync(join(dir, 'values.yaml'), options.values ?? '');
    writeFileSync(
      join(dir, bytesFile),
      Uint8Array.from({ length: 256 }, (_, i) => i),
    );
    for (const [name, text] of Object.entries(options.files ?? {})) {
      writeFileSync(join(dir, name), text);
    }
    const lines = cases.map((c, i) => `#${i}:{{ ${c.template} | b64enc }}`);
    writeFileSync(join(dir, 'templates', 'cases.yaml'), lines.join('\n') + '\n');
    const result = await runHelm(['template', 'x', dir], { major: options.major ?? 4 });
    if (result.status !== 0) {
      throw new Error(`helm template failed (${result.status}): ${result.stderr}`);
    }
    const outputs: string[] = [];
    for (const m of result.stdout.matchAll(/^#(\d+):(.*)$/gm)) {
      // The bytes as a Go string: bytes outside valid UTF-8 are kept (render/go/strings.ts).
      outputs[Number(m[1])] = bytesAsGoString(Buffer.from(m[2] ?? '', 'base64'));
    }
    cases.forEach((c, i) => {
      if (outputs[i] === undefined) throw new Error(`no output from Helm for case ${c.name}`);
    });
    return outputs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The oracle test of a group: renders the cases with Helm 4 and compares with the goldens (or, with
 * UPDATE_GOLDEN=1, records them), then checks that Helm 3 prints the same.
 */
export function describeOracle(
  group: string,
  cases: () => readonly OracleCase[],
  chart: ChartOptions = {},
) {
  describe(`${group} goldens against real Helm`, () => {
    it(`Helm 4 renders every case as recorded in testdata/${group}.yaml`, async () => {
      const list = cases();
      const outputs = await renderCases(list, chart);
      const fresh = list.map((c, i) => ({
        name: c.name,
        template: c.template,
        output: outputs[i]!,
      }));
      if (updating) {
        writeGoldens(group, fresh);
        return;
      }
      const goldens = readGoldens(group);
      expect(fresh.map((g) => goldens.get(g.name) ?? g.name)).to.deep.equal(fresh);
    });

    it('Helm 3 prints the same', async () => {
      const list = cases();
      const outputs = await renderCases(list, { ...chart, major: 3 });
      const goldens = readGoldens(group);
      expect(list.map((c, i) => [c.name, outputs[i]])).to.deep.equal(
        list.map((c) => [c.name, goldens.get(c.name)?.output]),
      );
    });
  });
}

/** Checks our implementation against every golden of a group, in one assertion listing all mismatches. */
export function expectGoldens(
  group: string,
  cases: readonly OracleCase[],
  ours: (index: number) => string,
): void {
  const goldens = readGoldens(group);
  const stale = cases
    .filter((c) => goldens.get(c.name)?.template !== c.template)
    .map((c) => c.name);
  expect(stale, `goldens out of date; run UPDATE_GOLDEN=1 npm test`).to.deep.equal([]);
  const mismatches = cases.flatMap((c, i) => {
    const want = goldens.get(c.name)?.output;
    const got = ours(i);
    return got === want ? [] : [{ name: c.name, template: c.template, want, got }];
  });
  expect(mismatches).to.deep.equal([]);
}

/** A Go template string literal for `s`: raw when possible, otherwise interpreted with minimal escapes. */
export function goString(s: string): string {
  if (!s.includes('`') && !s.includes('\r')) return '`' + s + '`';
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + '"';
}

/** A template expression that evaluates to exactly the Go value `v` in Helm (Sprig functions included). */
export function goExpr(v: GoValue): string {
  if (v === null) return 'nil';
  switch (typeof v) {
    case 'boolean':
      return String(v);
    case 'string':
      return goString(v);
    case 'number':
      return floatExpr(v);
  }
  if (v instanceof GoInt) return intExpr(v);
  if (v instanceof Uint8Array) {
    const start = v[0] ?? 0;
    if (!v.every((b, i) => b === start + i)) throw new Error('only runs of consecutive bytes');
    return `(slice (.Files.GetBytes "${bytesFile}") ${start} ${start + v.length})`;
  }
  if (Array.isArray(v)) {
    const list = `(list${v.map((x) => ' ' + goExpr(x)).join('')})`;
    const t = v[goType];
    if (t === undefined) return list;
    if (t.kind === 'slice' && t.elem.kind === 'string') return `(${list.slice(1, -1)} | toStrings)`;
    throw new Error(`no template expression for ${JSON.stringify(t)}`);
  }
  if (v instanceof Map) {
    if (v[goType] !== undefined) throw new Error('no template expression for typed maps');
    return `(dict${[...v].map(([k, x]) => ` ${goString(k)} ${goExpr(x)}`).join('')})`;
  }
  if (v instanceof GoStruct && v.pointer && v.type.name === 'semver.Version') {
    return `(semver ${goString(String(v.fields.get('original')))})`;
  }
  throw new Error('no template expression for this value');
}

function floatExpr(v: number): string {
  if (Number.isNaN(v)) return '(float64 "NaN")';
  if (!Number.isFinite(v)) return v > 0 ? '(float64 "+Inf")' : '(float64 "-Inf")';
  if (Object.is(v, -0)) return '-0.0';
  const s = String(v);
  return /[.e]/.test(s) ? s : s + '.0';
}

function intExpr(v: GoInt): string {
  switch (v.type) {
    case 'int':
      return v.value.toString();
    case 'int64':
      return `(int64 ${v.value})`;
    case 'uint8':
      return `(index (.Files.GetBytes "${bytesFile}") ${v.value})`;
    case 'uint64':
      return `(semver "${v.value}.0.0").Major`;
    default:
      throw new Error(`no template expression for ${v.type}`);
  }
}
