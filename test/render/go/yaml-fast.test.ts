// The fast YAML reading against the full decoding: whenever fastDecodeYaml answers, the full
// decoding must succeed with the same value (types, key order, -0 included). Checked on every
// values.yaml and Chart.yaml in the repository, on hand-written edge cases, and on many generated
// and mutated documents; the common shapes must take the fast path.
import { expect } from 'chai';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fastDecodeYaml } from '../../../render/go/yaml-fast.js';
import { decodeYamlFully } from '../../../render/go/yaml-values.js';
import type { GoValue } from '../../../render/go/index.js';
import { random } from '../../support/random.js';

const repo = new URL('../../../', import.meta.url).pathname;

// A comparable form of a decoded value: maps keep their order, numbers their sign of zero.
function canon(v: GoValue | undefined): unknown {
  if (v instanceof Map) return ['map', [...v].map(([k, x]) => [k, canon(x)])];
  if (Array.isArray(v)) return ['seq', v.map(canon)];
  if (typeof v === 'number') return ['num', Object.is(v, -0) ? '-0' : String(v)];
  if (v === undefined || v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  return ['other', String(v)];
}

function full(text: string): unknown {
  try {
    return canon(decodeYamlFully(text));
  } catch {
    return 'error';
  }
}

// Checks one text; returns whether the fast path answered.
function check(text: string): boolean {
  const fast = fastDecodeYaml(text);
  if (fast === undefined) return false;
  expect(canon(fast), `fast path differs on:\n${text}`).to.deep.equal(full(text));
  return true;
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === '.git' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlFiles(path, out);
    else if (name === 'values.yaml' || name === 'Chart.yaml') out.push(path);
  }
  return out;
}

const keys = ['a', 'name', 'image', 'tag', 'b_c', 'x.y', 'k8s/app', 'yes', 'on', '1', '0x1f'];
const keys2 = [
  '1.5',
  'null',
  '~',
  '-k',
  'a b',
  '"q"',
  "'s'",
  '<<',
  'y',
  'Kind',
  'a-b',
  'n',
  '"a:b"',
  "'it''s'",
  '"x y"',
  '""',
];
const scalars = [
  'v1',
  'latest',
  '""',
  "''",
  '"a b"',
  "'it''s'",
  '"a\\"b"',
  '"x" # c',
  '"t\\tn\\n"',
  '"back\\\\slash"',
  '5',
  '-5',
  '0',
  '-0',
  '-0.0',
  '1e3',
  '1_000',
  '0755',
  '0x1F',
  '9007199254740993',
  '18446744073709551615',
  '.5',
  '.inf',
  '-.Inf',
  '.nan',
  'true',
  'yes',
  'Off',
  '~',
  'null',
  'a # comment',
  'a#b',
  'a: b',
  'a:',
  ':x',
  '- a',
  '-',
  '? x',
  '{}',
  '[]',
  '{ }',
  '[a]',
  '{a: 1}',
  '|',
  '|-',
  '|+',
  '>',
  '&anchor x',
  '*alias',
  '!!str 5',
  '%x',
  '@x',
  '`x`',
  ',x',
  'x,y',
  'http://example.com/a?b=c#frag',
  '2024-01-01',
  '12:30',
  'é ü \u00a0 x',
  'a\tb',
];

function generate(rnd: () => number, depth: number, indent: number, lines: string[]): void {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const pad = ' '.repeat(indent);
  const n = 1 + Math.floor(rnd() * 4);
  for (let i = 0; i < n; i++) {
    if (rnd() < 0.1) lines.push(rnd() < 0.5 ? '' : `${pad}# note`);
    const key = rnd() < 0.9 ? pick(keys) : pick(keys2);
    const r = rnd();
    if (r < 0.05) {
      // A flow value on the line below its key.
      lines.push(
        `${pad}${key}:`,
        `${' '.repeat(indent + 2)}${pick(['{}', '[]', '[a, "b"]', '{k: v}'])}`,
      );
    } else if (depth > 0 && r < 0.25) {
      lines.push(`${pad}${key}:`);
      generate(rnd, depth - 1, indent + (rnd() < 0.9 ? 2 : 4), lines);
    } else if (depth > 0 && r < 0.45) {
      lines.push(`${pad}${key}:${rnd() < 0.2 ? ' # list' : ''}`);
      const dashIndent = rnd() < 0.5 ? indent : indent + 2;
      const m = 1 + Math.floor(rnd() * 3);
      for (let j = 0; j < m; j++) {
        const dpad = ' '.repeat(dashIndent);
        const s = rnd();
        if (s < 0.4) lines.push(`${dpad}- ${pick(scalars)}`);
        else if (s < 0.7) {
          lines.push(`${dpad}- ${pick(keys)}: ${pick(scalars)}`);
          if (rnd() < 0.5) lines.push(`${dpad}  ${pick(keys)}: ${pick(scalars)}`);
        } else if (s < 0.85) {
          lines.push(`${dpad}-`);
          generate(rnd, depth - 1, dashIndent + 2, lines);
        } else
          lines.push(`${dpad}- |${rnd() < 0.5 ? '-' : ''}\n${dpad}  line one\n\n${dpad}  line two`);
      }
    } else if (r < 0.55) {
      const body = ['text', '  indented more', '', '# not a comment', 'last: line'];
      lines.push(`${pad}${key}: ${pick(['|', '|-', '|+', '>'])}`);
      const bpad = ' '.repeat(indent + 2);
      const m = 1 + Math.floor(rnd() * 4);
      for (let j = 0; j < m; j++) {
        const b = pick(body);
        lines.push(b === '' ? (rnd() < 0.8 ? '' : bpad) : bpad + b);
      }
    } else if (r < 0.62) {
      // A plain scalar folded over more lines, some of them shaped to end it or break it.
      lines.push(`${pad}${key}: ${pick(scalars)}`);
      const m = 1 + Math.floor(rnd() * 3);
      for (let j = 0; j < m; j++) {
        const more = rnd() < 0.8 ? 1 + Math.floor(rnd() * 3) : 0;
        lines.push(rnd() < 0.1 ? '' : ' '.repeat(indent + more) + pick(scalars));
      }
    } else {
      lines.push(`${pad}${key}: ${pick(scalars)}${rnd() < 0.1 ? ' # trailing' : ''}`);
    }
  }
}

function mutate(text: string, rnd: () => number): string {
  const i = Math.floor(rnd() * (text.length + 1));
  const r = rnd();
  if (r < 0.3) return text.slice(0, i) + text.slice(i + 1);
  if (r < 0.6) return text.slice(0, i) + ' ' + text.slice(i);
  const inserts = ['-', ':', '#', '"', "'", '\n', '  ', '\n- ', ': ', '|', '{', '['];
  return text.slice(0, i) + inserts[Math.floor(rnd() * inserts.length)]! + text.slice(i);
}

describe('the fast YAML reading', function () {
  this.timeout(120_000);

  it('agrees with the full decoding on every values.yaml and Chart.yaml in the repository', () => {
    const files = yamlFiles(repo);
    expect(files.length).to.be.greaterThan(100);
    let fast = 0;
    for (const f of files) if (check(readFileSync(f, 'utf8'))) fast++;
    // Most charts' files are plain enough for the fast path.
    expect(fast / files.length).to.be.greaterThan(0.8);
  });

  it("takes the fast path for the Kelos chart's values and Chart.yaml", () => {
    for (const f of ['chart/kelos/values.yaml', 'chart/kelos/Chart.yaml']) {
      expect(check(readFileSync(join(repo, f), 'utf8')), f).to.equal(true);
    }
  });

  const cases: [string, string, boolean][] = [
    ['empty', '', true],
    ['comments only', '# a\n\n# b\n', true],
    ['nested maps', 'a:\n  b:\n    c: 1\n  d: x\ne: true\n', true],
    ['sequence at key indentation', 'a:\n- 1\n- two\nb: 3\n', true],
    ['compact mappings in a sequence', 'a:\n  - name: x\n    value: "1"\n  - name: y\n', true],
    ['empty dash with a nested map', 'a:\n  -\n    b: 1\n', true],
    ['empty values', 'a:\nb: ~\nc: null\nd: ""\n', true],
    ['flow empties', 'a: {}\nb: []\nc: {} # c\n', true],
    ['literal blocks', 'a: |\n  x\n\n  y\n\nb: |-\n  z\n', true],
    ['literal with leading blank', 'a: |\n\n  x\n', true],
    ['repeated key keeps the last value', 'a: 1\nb: 2\na: 3\n', true],
    ['numbers become float64', 'a: 1000000\nb: 0755\nc: 1e3\nd: -0\ne: -0.0\n', true],
    ['comment after a quoted value', 'a: "x" # y\nb: \'z\'\n', true],
    ['anchors', 'a: &x 1\nb: *x\n', false],
    ['merge key', 'a: &x {b: 1}\nc:\n  <<: *x\n', false],
    ['tag', 'a: !!str 5\n', false],
    ['folded block', 'a: >\n  x\n  y\n', false],
    ['keep chomping', 'a: |+\n  x\n\n', false],
    ['common escapes in double quotes', 'a: "x\\ny\\t\\"q\\" \\\\ z"\nb: ["\\"", c]\n', true],
    ['other escapes in double quotes', 'a: "x\\x41"\n', false],
    ['an unclosed escaped quote', 'a: "x\\"\n', false],
    ['multi-line plain', 'a: x\n  y\n', true],
    [
      'a Chart.yaml description',
      'description: WordPress is the\n  most popular\n  blogging tool\nhome: https://x\n',
      true,
    ],
    ['multi-line plain in a sequence', 'a:\n- x\n  y\n- z\n', true],
    ['multi-line plain under a compact mapping', 'a:\n  - k: x\n      y\n    l: 1\n', true],
    ['multi-line plain resolving as a string', 'a: 1\n  2\nb: true\n  x\n', true],
    ['multi-line plain ended by a comment line', 'a: x\n  y\n  # c\nb: 1\n', true],
    ['multi-line plain ended by blank lines', 'a: x\n  y\n\n\nb: 1\n', true],
    ['multi-line plain with a blank line inside', 'a: x\n\n  y\n', false],
    ['multi-line plain with a comment after its first line', 'a: x # c\n  y\n', false],
    ['multi-line plain with a colon', 'a: x\n  y: z\n', false],
    ['multi-line plain with a dash', 'a: x\n  - y\n', false],
    [
      'quoted keys',
      'annotations:\n  "artifacthub.io/license": Apache-2.0\n  \'a b\': |\n    x\n  "1": 2\n',
      true,
    ],
    ['a quoted key with an escape', '"a\\tb": 1\n', true],
    ['a quoted key with another escape', '"a\\u0041": 1\n', false],
    ['a quoted key without a space after its colon', '"a":b\n', false],
    ['a quoted key with a nested map', '"a":\n  b: 1\n', true],
    ['tab', 'a:\tb\n', false],
    ['CRLF', 'a: b\r\n', false],
    ['a document start marker first', '# c\n---\na: 1\n', true],
    ['a second document', 'a: 1\n---\nb: 2\n', false],
    ['a document start marker with content', '--- a: 1\n', false],
    ['flow empties below their keys', 'a:\n  {}\nb:\n    []\nc: 1\n', true],
    ['content after a flow value below its key', 'a:\n  {}\n  b: 1\n', false],
    ['top-level sequence', '- a\n', false],
    ['top-level scalar', 'x\n', false],
    ['bool and int keys', 'on: 1\nn: 2\n0x1f: a\n7: b\n', true],
    ['float key', '1.5: a\n', false],
    ['null key', 'null: a\n', false],
    ['uint64 key', '18446744073709551615: a\n', false],
    ['non-finite', 'a: .inf\n', false],
    ['flow collections', 'a: [1, "x", \'y\']\nb: {k: v, l: [x, {m: 1}]}\n', true],
    ['flow document', '{a: 1, b: [2]}\n', true],
    ['colon in a flow scalar', 'a: [a:b]\n', false],
    ['flow key without a space', 'a: {k:v}\n', false],
    ['unclosed flow', 'a: [1, 2\n', false],
    ['empty flow item', 'a: [1,, 2]\n', false],
    ['bad indentation', 'a:\n  b: 1\n c: 2\n', false],
    ['astral character', 'a: \u{1F600}\n', false],
  ];
  for (const [name, text, fast] of cases) {
    it(`${fast ? 'reads' : 'leaves to the full parser'}: ${name}`, () => {
      expect(check(text)).to.equal(fast);
    });
  }

  it('agrees with the full decoding on generated and mutated documents', () => {
    const rnd = random(20261125);
    let answered = 0;
    let total = 0;
    for (let n = 0; n < 3000; n++) {
      const lines: string[] = [];
      generate(rnd, 3, 0, lines);
      let text = (rnd() < 0.1 ? '---\n' : '') + lines.join('\n') + (rnd() < 0.9 ? '\n' : '');
      total++;
      if (check(text)) answered++;
      for (let m = 0; m < 3; m++) {
        text = mutate(text, rnd);
        total++;
        if (check(text)) answered++;
      }
    }
    // Most generated documents hold something outside the subset somewhere; enough stay inside
    // for the agreement to be tested broadly.
    expect(answered).to.be.greaterThan(300);
  });
});
