// The fast head reading against the full decoding: whenever fastHead answers, the full decoding
// must succeed with the same kind and annotations. Checked on every document the Kelos chart and
// the test charts render, on hand-written edge cases, and on many generated and mutated documents.
import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fastHead } from '../../../render/chart/fast-head.js';
import { fullHead, splitManifests } from '../../../render/chart/manifests.js';
import { renderRelease, type TemplateOptions } from '../../../render/chart/template.js';
import { random } from '../../support/random.js';

const repo = new URL('../../../', import.meta.url).pathname;
const charts = new URL('./testdata/charts/', import.meta.url).pathname;
const kelosCases = join(repo, '../shared/reference/kelos/chart-cases');

type Outcome = { kind: string; annotations: [string, string][] | undefined } | 'error';

function full(doc: string): Outcome {
  try {
    const h = fullHead(doc, 4);
    return { kind: h.kind, annotations: h.annotations && [...h.annotations] };
  } catch {
    return 'error';
  }
}

// Checks one document; returns whether the fast path answered.
function check(doc: string): boolean {
  const fast = fastHead(doc);
  if (fast === undefined) return false;
  const got = { kind: fast.kind, annotations: fast.annotations && [...fast.annotations] };
  expect(got, `fast path differs on:\n${doc}`).to.deep.equal(full(doc));
  return true;
}

function documentsOf(options: TemplateOptions): string[] {
  let rendered: Map<string, string>;
  try {
    rendered = renderRelease(options).rendered;
  } catch {
    return [];
  }
  return [...rendered.values()].flatMap((t) => splitManifests(t));
}

function realDocuments(): string[] {
  const docs: string[] = [];
  let cases: string[] = [];
  try {
    cases = readdirSync(kelosCases).filter((f) => f.endsWith('.yaml'));
  } catch {
    cases = [];
  }
  const kelos = { chart: join(repo, 'chart/kelos'), releaseName: 'kelos' };
  docs.push(...documentsOf(kelos));
  for (const c of cases) docs.push(...documentsOf({ ...kelos, valueFiles: [join(kelosCases, c)] }));
  for (const chart of readdirSync(charts))
    docs.push(...documentsOf({ chart: join(charts, chart) }));
  return docs;
}

const keys = [
  'apiVersion',
  'kind',
  'metadata',
  'name',
  'annotations',
  'helm.sh/hook',
  'helm.sh/hook-weight',
  'labels',
  'spec',
  'data',
  'a',
  'b b',
  'yes',
  'y',
  'on',
  '1',
  '0x1f',
  '1.5',
  '.inf',
  'null',
  'Null',
  'NULL',
  'nullx',
  '~',
  '<<',
  '"q"',
  "'s'",
  '? k',
  '-k',
  '.dot',
  'a#b',
  'a #b',
  'k:x',
  'Kind',
  '',
];
const values = [
  '',
  'v1',
  'ConfigMap',
  'Pod',
  'x',
  'pre-install',
  'post-install,pre-upgrade',
  'test',
  'bogus',
  '"5"',
  '5',
  '-5',
  '1e3',
  'true',
  'yes',
  'No',
  'null',
  '~',
  '.inf',
  '-.Inf',
  '.NaN',
  '.5',
  '0o17',
  '99999999999999999999',
  "'a''b'",
  "'a' x",
  "'open",
  '"a\\"b"',
  '"\\x41"',
  '"\\u00e9"',
  '"\\ud800"',
  '"\\q"',
  '"open',
  '"a" # c',
  'a # c',
  'a#c',
  'a: b',
  'a:',
  'a:b',
  '[a]',
  '[]',
  '{}',
  '{a: 1}',
  '&x v',
  '*x',
  '!!str v',
  '!!int 3',
  '|',
  '|-',
  '>',
  '>+',
  '|2',
  '| # c',
  '- x',
  '-x',
  '--x',
  '#c',
  '%x',
  '@x',
  '`x',
  ',x',
  '?x',
  ':x',
  'a, b',
  'a]',
  'é',
  '\u00a0x',
  'a  ',
  '\t',
  'a\tb',
  '\r',
];
const indents = [0, 0, 0, 1, 2, 2, 2, 3, 4, 4, 6];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function line(r: () => number): string {
  const pad = ' '.repeat(pick(r, indents));
  const x = r();
  if (x < 0.5) return `${pad}${pick(r, keys)}:${r() < 0.9 ? ' ' : ''}${pick(r, values)}`;
  if (x < 0.7) return `${pad}-${r() < 0.9 ? ' ' : ''}${pick(r, values)}`;
  if (x < 0.78) return `${pad}- ${pick(r, keys)}: ${pick(r, values)}`;
  if (x < 0.84)
    return `${pad}${pick(r, ['# c', 'text', 'more text', 'k: v # c', "t'", 'a "b', "'", 'x:', 'a\\'])}`;
  if (x < 0.9) return pick(r, ['', '  ', '---', '...', '--- x', '%YAML 1.1']);
  return `${pad}${pick(r, keys)}:`;
}

// A plausible manifest head, so that generated documents often get through the fast path.
function skeleton(r: () => number): string[] {
  const some = (): string =>
    r() < 0.7 ? pick(r, ['Pod', 'x', '"Job"', "'a b'"]) : pick(r, values);
  const out = [`apiVersion: ${pick(r, ['v1', 'apps/v1'])}`, `kind: ${some()}`, 'metadata:'];
  out.push(`  name: ${some()}`);
  if (r() < 0.7) {
    out.push('  annotations:');
    for (let i = 0; i < 1 + r() * 3; i++) {
      const key =
        r() < 0.7 ? pick(r, ['helm.sh/hook', '"helm.sh/hook-weight"', 'k']) : pick(r, keys);
      out.push(`    ${key}: ${some()}`);
    }
  }
  return out;
}

const safeValues = [
  "'open",
  '"open',
  'v1',
  'x',
  'a b',
  '"q"',
  "'s'",
  '[a, "b"]',
  '{}',
  '1',
  'true',
  '-x',
  '--x',
  'a:b',
];

// A well-indented tree of mappings, sequences, scalars and block scalars, values mostly plain.
function tree(r: () => number, indent: number, depth: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  const seq = r() < 0.3;
  for (let i = 0; i < 1 + r() * 4; i++) {
    const value = r() < 0.8 ? pick(r, safeValues) : pick(r, values);
    const head = seq
      ? `${pad}-`
      : `${pad}${r() < 0.9 ? pick(r, ['a', 'b', 'name', 'c.d/e']) : pick(r, keys)}:`;
    const y = r();
    if (depth > 0 && y < 0.35) {
      out.push(head);
      tree(r, indent + pick(r, [0, 1, 2, 2, 4]), depth - 1, out);
    } else if (y < 0.45) {
      out.push(`${head} ${pick(r, ['|', '|-', '>'])}`);
      for (let j = 0; j < r() * 3; j++)
        out.push(
          `${' '.repeat(indent + pick(r, [0, 1, 2, 2, 3]))}${pick(r, ['t', 'k: v', '# c', '', '- x'])}`,
        );
    } else {
      out.push(`${head} ${value}`);
      // Sometimes lines that go on with the value (a plain or quoted scalar's next lines).
      if (r() < 0.15) {
        const more = indent + pick(r, [0, 1, 2, 4]);
        for (let j = 0; j < 1 + r() * 2; j++)
          out.push(
            `${' '.repeat(more)}${pick(r, ['more words', "it''s", "end'", 'q"', 'k: v', '', '- x'])}`,
          );
      }
    }
  }
}

function mutate(r: () => number, lines: string[]): string[] {
  const out = [...lines];
  const n = 1 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(r() * (out.length + 1));
    const y = r();
    if (y < 0.4) out.splice(at, 0, line(r));
    else if (y < 0.6) out.splice(at, 1);
    else if (y < 0.8 && out[at] !== undefined) out[at] = ` ${out[at]!}`;
    else if (out[at] !== undefined) out.splice(at, 0, out[at]!);
  }
  return out;
}

const edgeCases = [
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n',
  'kind: Pod\nkind: Job',
  'kind: Pod\nmetadata:\n  annotations:\n    helm.sh/hook: pre-install\n    helm.sh/hook: post-install',
  'kind: Pod\nmetadata:\n  annotations:\n    # c\n    helm.sh/hook: test',
  'kind: Pod\nmetadata:\n  annotations: {}\n',
  'kind: Pod\nmetadata:\n  annotations:\n    helm.sh/hook-weight: 5\n',
  'kind: Pod\nmetadata:\n  annotations:\n    helm.sh/hook-weight: "5"\n',
  'kind: Pod\nspec:\n  a: |\n    x: [\n  b: 1\n',
  'kind: Pod\nspec:\n  a: |\n\n    x\n   y\n',
  'kind: Pod\nspec:\n  a: |\n  b: 1\n',
  'kind: Pod\nspec:\n- a\n- b\nmetadata:\n  name: n',
  'kind: Pod\nspec:\n  - a: 1\n    b:\n    - c\n    d: 2\n  - e\n',
  'kind: Pod\nspec:\n  - a: 1\n   b: 2\n',
  'kind: Pod\nspec:\n  x: .inf\n',
  'kind: Pod\nspec:\n  null: 1\n',
  'kind: Pod\nspec:\n  18446744073709551616: 1\n',
  'kind: Pod\nspec:\n  x: a\n    b\n',
  '# c\nkind: Pod\n',
  'kind: Pod\n...\nkind: Job',
  'kind: "Po\\u0064"',
  "kind: 'it''s'",
  'kind: Pod # c',
  'kind: Pod\nspec:\n  a: "x\\"y\\"z"\n',
  'kind: Pod\nspec:\n  a: "x\\\\"\n',
  'kind: Pod\nspec:\n  a: "\\"" b\n',
  'kind: Pod\nspec:\n  a: "\\x4"\n',
  'kind: Pod\nspec:\n  a: "\\u00e9\\n\\t" \n',
  "kind: 'a''''b'",
  "kind: 'a'''",
  // An empty flow collection alone on the line below its key.
  'kind: Pod\nmetadata:\n  annotations:\n    {}\n',
  'kind: Pod\nmetadata:\n  annotations:\n    []\n',
  'kind: Pod\nmetadata:\n  {}\n',
  'kind: Pod\nmetadata:\n  []\n',
  'kind: Pod\nspec:\n  x:\n    []\n  y: 1\n',
  'kind: Pod\nspec:\n  x:\n    {}\n    z: 1\n',
  'kind: Pod\nspec:\n  x:\n  {}\n',
  'kind:\n  {}\n',
  '{}\n',
  // A no-break space is part of a plain scalar, not space to trim; after a quoted one, an error.
  'kind: Pod\u00a0\n',
  'kind: Pod\nmetadata:\n  annotations:\n    a: x\u00a0 \n',
  'kind: "Pod"\u00a0\n',
];

// Documents the fast path must read itself (and, as everywhere, as the full decoding does).
const readFast = [
  // Metadata or annotations left empty: null, which SimpleHead takes as none.
  'kind: Pod\nmetadata:\n  name: x\n  annotations:\nspec:\n  a: 1\n',
  'kind: Pod\nmetadata:\n  annotations:\n    \n  labels:\n    a: b\n',
  'kind: Pod\nmetadata:\n',
  'kind: Pod\nmetadata:\n  annotations:',
  // Plain scalars going on over more indented lines, as CRD descriptions do.
  'kind: Pod\nspec:\n  description: spec defines the\n    specification of it.\n  b: 1\n',
  'kind: Pod\nspec:\n- a long\n  item\n- b\n',
  'kind: Pod\nspec:\n  d: x\n\n    y\n      z [a] {b}\n  e: 1\n',
  'kind: Pod\nspec:\n  a: x\n    - y\n',
  'kind: Pod\nspec:\n  a: b\n  c: d\n    e f\n  g: h\n',
  // Quoted scalars going on over more indented lines.
  "kind: Pod\nspec:\n  d: 'Container name: required\n    for it''s volumes.'\n  e: 1\n",
  'kind: Pod\nspec:\n  d: "a \\"b\\"\n    c\\n d"\n',
  "kind: Pod\nspec:\n  - 'a\n\n    b'\n  - c\n",
];

// Continuations the fast path must leave to the full parser (or read as it does).
const continuations = [
  'kind: Pod\nspec:\n  d: x\n    y: z\n',
  'kind: Pod\nspec:\n  d: x\n    # c\n    y\n',
  'kind: Pod\nspec:\n  d: x\n    y #c\n',
  'kind: Pod\nspec:\n  d: x\n    y:\n',
  "kind: Pod\nspec:\n  d: 'x\n  y'\n",
  "kind: Pod\nspec:\n  d: 'x\n",
  "kind: Pod\nspec:\n  d: 'x\n    y' z\n",
  "kind: Pod\nspec:\n  d: 'x\n    y' # c\n",
  'kind: Pod\nspec:\n  d: "x\\\n    y"\n',
  'kind: Pod\nspec:\n  d: "x\n    \\q"\n',
  'kind:\nmetadata:\n  name: x\n',
  'kind: Pod\nmetadata:\n  name:\n',
  'kind: Pod\nmetadata:\n  name: a\n    b\n',
  'kind: Pod\nmetadata:\n  annotations:\n    a: b\n      c\n',
  "kind: Pod\nmetadata:\n  annotations:\n    a: 'b\n      c'\n",
  'kind: Pod\nspec:\n  d: "x\n---\n"\n',
];

describe('render/chart fast head reading', function () {
  this.timeout(120_000);

  it('agrees with the full decoding on hand-written edge cases', function () {
    for (const doc of [...edgeCases, ...continuations]) check(doc);
    expect(check(edgeCases[0]!)).to.equal(true);
  });

  it('reads null metadata and annotations, and multi-line scalars outside the head', function () {
    for (const doc of readFast) expect(check(doc), doc).to.equal(true);
  });

  it('reads every document the Kelos chart and the test charts render, as the full decoding', function () {
    const docs = realDocuments();
    expect(docs.length).to.be.greaterThan(20);
    let fast = 0;
    for (const doc of docs) if (check(doc)) fast++;
    // The fast path is the point: nearly every real document must go through it.
    expect(fast / docs.length, `${fast} of ${docs.length} read fast`).to.be.greaterThan(0.9);
  });

  it('agrees with the full decoding on generated and mutated documents', function () {
    const r = random(7);
    const real = realDocuments().map((d) => d.split('\n'));
    let fast = 0;
    const runs = 40_000;
    for (let i = 0; i < runs; i++) {
      let lines: string[];
      const x = r();
      const body = (): string[] => {
        const out: string[] = [];
        tree(r, 0, 3, out);
        return out;
      };
      if (x < 0.15) lines = [...skeleton(r), ...Array.from({ length: r() * 8 }, () => line(r))];
      else if (x < 0.3) lines = mutate(r, skeleton(r));
      else if (x < 0.45) lines = [...skeleton(r), ...body()];
      else if (x < 0.6) lines = mutate(r, [...skeleton(r), ...body()]);
      else if (x < 0.75) lines = Array.from({ length: 1 + r() * 10 }, () => line(r));
      else lines = mutate(r, pick(r, real));
      if (check(lines.join('\n'))) fast++;
    }
    // The generator must exercise both answers.
    expect(fast).to.be.greaterThan(runs / 20);
    expect(fast).to.be.lessThan(runs);
  });
});
