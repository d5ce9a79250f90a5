// Values files as Helm reads them: sigs.k8s.io/yaml decodes the first YAML document with go-yaml v2
// (YAML 1.1 scalars, yaml-resolve.ts), turns map keys into strings, writes JSON and reads it back
// into interface{}. So every number becomes a float64 (`1000000` prints `1e+06`, `0755` is 493),
// keys such as `1`, `yes` and `1e7` become "1", "true" and "1e+07", .inf and .nan are errors,
// a later `<<` merge overwrites keys set before it (go-yaml v2 order), a repeated key keeps its
// last value, and a document that is not a mapping is an error. Parsing is the `yaml` package's;
// every error names the file, line and column. Most files take the fast path of yaml-fast.ts.
// Pinned by test/render/go/yaml-values.test.ts (cases recorded from Helm's fromYaml and values.yaml).
import {
  LineCounter,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Document,
  type Node,
} from 'yaml';
import { DiagnosticError, type Diagnostic } from '../../diagnostics/index.js';
import { formatFloat } from './format-float.js';
import { sprintf } from './fmt.js';
import { GoInt, type GoMap, type GoValue } from './values.js';
import { goString } from './strings.js';
import { fastDecodeYaml } from './yaml-fast.js';
import { checkGoYaml } from './goyaml-check.js';
import {
  ResolveError,
  jsonScalar,
  resolveScalar,
  shortTag,
  type Resolved,
} from './yaml-resolve.js';

/** Options for `readValues` and `decodeYaml`. */
export interface ReadValuesOptions {
  /** The name used in diagnostics. Default `values.yaml`. */
  readonly file?: string;
}

/** Helm's chartutil.ReadValues: a values file as `map[string]interface {}` (empty for an empty file). */
export function readValues(text: string, options: ReadValuesOptions = {}): GoMap {
  const fast = fastDecodeYaml(text);
  if (fast !== undefined) return fast ?? new Map();
  const reader: Reader = readFully(text, options.file ?? 'values.yaml');
  const value = reader.document();
  if (value === null) return new Map();
  if (!(value instanceof Map)) {
    const what = Array.isArray(value)
      ? 'array'
      : typeof value === 'boolean'
        ? 'bool'
        : typeof value;
    reader.fail(
      'yaml-values-not-a-map',
      `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${what} into Go value of type map[string]interface {}`,
      0,
    );
  }
  return value;
}

/** The first YAML document of `text` as Helm's YAML reading yields it (any kind at the top). */
export function decodeYaml(text: string, options: ReadValuesOptions = {}): GoValue {
  const fast = fastDecodeYaml(text);
  if (fast !== undefined) return fast;
  return readFully(text, options.file ?? '<yaml>').document();
}

/** decodeYaml without the fast path: always the full decoding (for tests that hold the two equal). */
export function decodeYamlFully(text: string, options: ReadValuesOptions = {}): GoValue {
  return readFully(text, options.file ?? '<yaml>').document();
}

// The full decoding: go-yaml's syntax check decides validity and words the error (line included,
// so the diagnostic has no position of its own), then the `yaml` package builds the first
// document. That package also reads what follows the first document, which go-yaml never does,
// so when it stumbles there (`{a: 1}}`) the first document is read alone.
function readFully(text: string, file: string): Reader {
  const check = checkGoYaml(text);
  if (check.error !== undefined) {
    const message = `error converting YAML to JSON: ${check.error}`;
    const at = check.at ?? { line: 1, column: 1 };
    const sourceLine = text.split(/\r?\n/)[at.line - 1] ?? '';
    throw new DiagnosticError([{ code: 'yaml-syntax', message, file, position: at, sourceLine }]);
  }
  try {
    return new Reader(text, file);
  } catch (e) {
    if (!(e instanceof DiagnosticError) || check.end >= text.length) throw e;
    return new Reader(text.slice(0, check.end), file);
  }
}

/**
 * The text Helm prints for a failed decoding: go-yaml's syntax errors as they are (they name
 * their own line), the others with the line put in after `yaml: `, as go-yaml words them.
 */
export function yamlErrorText(d: Diagnostic): string {
  const line = d.position?.line;
  if (d.code === 'yaml-syntax' || line === undefined) return d.message;
  return d.message.replace('yaml: ', `yaml: line ${line}: `);
}

type Raw = GoValue | Resolved;

// One decoding: the document, and where its nodes are, for diagnostics.
class Reader {
  private readonly lines = new LineCounter();
  private readonly doc: Document | undefined;
  private readonly expanding = new Set<Node>();

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    const docs = parseAllDocuments(text, {
      version: '1.1',
      schema: 'failsafe', // scalars are resolved by yaml-resolve.ts, as go-yaml v2 does
      uniqueKeys: false,
      merge: false,
      prettyErrors: false,
      lineCounter: this.lines,
    });
    // go-yaml reads only the first document; later ones are never parsed, errors and all.
    this.doc = Array.isArray(docs) ? docs[0] : undefined;
    const error = this.doc?.errors[0];
    if (error !== undefined) {
      this.fail('yaml-parse', `yaml: ${error.message}`, error.pos[0]);
    }
  }

  document(): GoValue {
    const contents = this.doc?.contents;
    return contents === null || contents === undefined ? null : this.value(contents);
  }

  fail(code: string, message: string, offset: number): never {
    // sigs.k8s.io/yaml's wording: everything but the final JSON decoding is "converting".
    if (code !== 'yaml-values-not-a-map') message = `error converting YAML to JSON: ${message}`;
    const { line, col } = this.lines.linePos(offset);
    const sourceLine = this.text.split(/\r?\n/)[line - 1] ?? '';
    throw new DiagnosticError([
      { code, message, file: this.file, position: { line, column: col }, sourceLine },
    ]);
  }

  private value(node: Node): GoValue {
    return this.json(this.raw(node), node);
  }

  // A node decoded as go-yaml does, scalars still as Resolved (the JSON step comes after).
  private raw(node: Node): Raw {
    if (isAlias(node)) return this.raw(this.target(node));
    if (isScalar(node)) return this.scalar(node);
    if (isSeq(node))
      return this.within(node, () => node.items.map((item) => this.value(item as Node)));
    if (isMap(node)) return this.mapping(node);
    return null;
  }

  // Decodes a collection, refusing one that an alias leads back into.
  private within<T>(node: Node, decode: () => T): T {
    if (this.expanding.has(node)) {
      this.fail('yaml-alias-cycle', 'yaml: anchor value contains itself', start(node));
    }
    this.expanding.add(node);
    try {
      return decode();
    } finally {
      this.expanding.delete(node);
    }
  }

  private scalar(node: Node & { value: unknown; type?: string; tag?: string }): Resolved {
    const text = String(node.value ?? '');
    try {
      const r = resolveScalar(text, node.type === 'PLAIN', shortTag(node.tag ?? ''));
      return r.kind === 'binary' ? { kind: 'str', value: this.binary(r.value, node) } : r;
    } catch (e) {
      if (e instanceof ResolveError) this.fail('yaml-bad-tag', `yaml: ${e.message}`, start(node));
      throw e;
    }
  }

  private mapping(node: Node & { items: { key: unknown; value: unknown }[] }): GoMap {
    return this.within(node, () => this.pairs(node));
  }

  private pairs(node: Node & { items: { key: unknown; value: unknown }[] }): GoMap {
    const out: GoMap = new Map();
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      const at = key === null ? start(node) : start(key);
      // go-yaml has no implicit empty key: a line starting with `: ` is a syntax error there.
      if (key !== null && isScalar(key) && key.value === '' && this.text[start(key)] === ':') {
        this.fail('yaml-parse', 'yaml: did not find expected key', at);
      }
      if (key !== null && isMergeKey(key)) {
        this.merge(value, out, at);
        continue;
      }
      const k = this.key(key, value, at);
      out.set(k, value === null ? null : this.value(value));
    }
    return out;
  }

  // `<<: map` or `<<: [map, …]`: go-yaml v2 copies the merged keys over what is already set, the
  // first map of a list winning.
  private merge(value: Node | null, out: GoMap, at: number): void {
    const target = value !== null && isAlias(value) ? this.target(value) : value;
    const maps = target !== null && isSeq(target) ? [...target.items].reverse() : [target];
    for (const item of maps) {
      const m = item !== null && isAlias(item) ? this.target(item) : item;
      if (m === null || !isMap(m)) {
        this.fail(
          'yaml-bad-merge',
          'yaml: map merge requires map or sequence of maps as the value',
          at,
        );
      }
      for (const [k, v] of this.mapping(m)) out.set(k, v);
    }
  }

  // sigs.k8s.io/yaml's key conversion: strings stay, ints print in decimal, floats print as
  // float32 in %g form, bools as true/false; null and uint64 keys are errors.
  private key(key: Node | null, value: Node | null, at: number): string {
    const raw: Raw = key === null ? { kind: 'null' } : this.raw(key);
    if (raw instanceof Map || Array.isArray(raw)) {
      // go-yaml holds a nested mapping as map[interface {}]interface {}.
      const shown = sprintf('%#v', [raw]).replace(/^map\[string\]/, 'map[interface {}]');
      this.fail('yaml-bad-key', `yaml: invalid map key: ${shown}`, at);
    }
    if (raw === null || typeof raw !== 'object' || !('kind' in raw)) return String(raw);
    switch (raw.kind) {
      case 'str':
        return raw.value;
      case 'bool':
        return String(raw.value);
      case 'int':
        return raw.value.toString();
      case 'float':
        return float32Key(raw.value);
      case 'uint':
      case 'null': {
        const shown = value === null ? '<nil>' : sprintf('%+#v', [this.preJson(this.raw(value))]);
        const type = raw.kind === 'null' ? '%!s(<nil>)' : 'uint64';
        const k = raw.kind === 'null' ? '<nil>' : `0x${raw.value.toString(16)}`;
        this.fail(
          'yaml-bad-key',
          `unsupported map key of type: ${type}, key: ${k}, value: ${shown}`,
          at,
        );
      }
    }
    return '';
  }

  // The JSON round trip: numbers become float64, and JSON has no NaN or infinities.
  private json(raw: Raw, node: Node): GoValue {
    if (raw === null || typeof raw !== 'object' || !('kind' in raw) || raw instanceof GoInt) {
      return raw as GoValue;
    }
    const v = jsonScalar(raw);
    if (v === undefined) {
      const shown = formatFloat((raw as { value: number }).value, 'g', -1);
      this.fail('yaml-unsupported-value', `json: unsupported value: ${shown}`, start(node));
    }
    return v;
  }

  // A value as go-yaml holds it before JSON, for messages that print it with %#v.
  private preJson(raw: Raw): GoValue {
    if (raw === null || typeof raw !== 'object' || !('kind' in raw) || raw instanceof GoInt) {
      return raw as GoValue;
    }
    switch (raw.kind) {
      case 'null':
        return null;
      case 'int':
        return new GoInt(raw.value, 'int');
      case 'uint':
        return new GoInt(raw.value, 'uint64');
      default:
        return raw.value;
    }
  }

  private target(alias: Node & { source: string }): Node {
    const node = (alias as unknown as { resolve(doc: Document): Node | undefined }).resolve(
      this.doc!,
    );
    if (node === undefined) {
      this.fail(
        'yaml-unknown-anchor',
        `yaml: unknown anchor '${alias.source}' referenced`,
        start(alias),
      );
    }
    return node;
  }

  private binary(text: string, node: Node): string {
    const b64 = text.replace(/[\r\n]/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) {
      this.fail(
        'yaml-bad-binary',
        'yaml: !!binary value contains invalid base64 data',
        start(node),
      );
    }
    return goString(Buffer.from(b64, 'base64'));
  }
}

function isMergeKey(key: Node): boolean {
  if (!isScalar(key) || key.value !== '<<') return false;
  return (key.type === 'PLAIN' && key.tag === undefined) || shortTag(key.tag ?? '') === '!!merge';
}

function start(node: Node): number {
  return node.range?.[0] ?? 0;
}

// strconv.FormatFloat(f, 'g', -1, 32), with go-yaml's spellings of the infinities and NaN.
function float32Key(f: number): string {
  if (Number.isNaN(f)) return '.nan';
  if (!Number.isFinite(f)) return f > 0 ? '.inf' : '-.inf';
  const x = Math.fround(f);
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  for (let p = 1; p < 10; p++) {
    const shortest = Number(x.toPrecision(p));
    if (Math.fround(shortest) === x) return formatFloat(shortest, 'g', -1);
  }
  return formatFloat(x, 'g', -1);
}
