// BurntSushi/toml's Encoder as Helm's toToml drives it: a map becomes a table whose plain keys come
// first, then sub-tables (`[a.b]`, indented two spaces per level) and arrays of tables (`[[a]]`),
// each group sorted; nested maps inside arrays are inline (`{a = 1, b = 2}`); nil values are
// skipped, a nil inside an array is an error. Floats differ by release: Helm 3 links v1.4.0
// (FormatFloat 'f', so 1e21 is written out), Helm 4 links v1.6.0 ('g', so `1e+21`); both add `.0`
// to a float without a point or exponent. Pinned by test/render/funcs/toml.test.ts.
import {
  GoFunc,
  GoInt,
  GoStruct,
  compareGoStrings,
  formatFloat,
  goNil,
  type GoValue,
} from '../go/index.js';
import { fail } from './func.js';
import { formatDuration } from './duration.js';
import { durationType } from './time-units.js';
import { formatCivil } from './time-layout.js';
import { civil, timeIn } from './time-value.js';
import { versionIn, versionString } from './semver-version.js';

/** An encoding failure; `message` is BurntSushi's error text, which toToml returns as its output. */
export class TomlEncodeError extends Error {}

type TomlType = 'bool' | 'int' | 'float' | 'string' | 'datetime' | 'array' | 'arrayHash' | 'hash';

const isNil = (v: GoValue): boolean =>
  v === null ||
  ((Array.isArray(v) || v instanceof Map) && (v as { [goNil]?: true })[goNil] === true);

function structFields(v: GoStruct): Map<string, GoValue> {
  return new Map(v.fields);
}

// tomlTypeOfGo; undefined for nil.
function tomlType(v: GoValue): TomlType | undefined {
  if (isNil(v)) return undefined;
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'float';
  if (v instanceof GoInt) return 'int';
  if (v instanceof Uint8Array) return 'array';
  if (v instanceof GoFunc) throw new TomlEncodeError('unsupported type: func');
  if (v instanceof GoStruct) {
    if (timeIn(v) !== undefined) return 'datetime';
    return versionIn(v) !== undefined ? 'string' : 'hash';
  }
  if (v instanceof Map) return 'hash';
  return isTableArray(v as GoValue[]) ? 'arrayHash' : 'array';
}

function isTableArray(items: readonly GoValue[]): boolean {
  if (items.length === 0) return false;
  let all = true;
  for (const item of items) {
    const type = tomlType(item);
    if (type === undefined) throw new TomlEncodeError('toml: cannot encode array with nil element');
    all &&= type === 'hash';
  }
  return all;
}

const isTable = (t: TomlType | undefined): boolean => t === 'hash' || t === 'arrayHash';

/** A TOML basic string's escape of a quote, a backslash or a control character. */
export function tomlEscape(c: string): string {
  return namedEscapes[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

const namedEscapes: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r',
};

const quoted = (s: string): string => `"${s.replace(/["\\\x00-\x1f\x7f]/g, tomlEscape)}"`;

const bare = (k: string): boolean => /^[A-Za-z0-9_-]+$/.test(k);
const keyPart = (k: string): string => (k === '' ? '""' : bare(k) ? k : quoted(k));

class Encoder {
  out = '';
  private written = false;
  constructor(private readonly helm: 3 | 4) {}

  private write(s: string): void {
    this.out += s;
    this.written = true;
  }

  private newline(): void {
    if (this.written) this.write('\n');
  }

  private indent(key: readonly string[]): string {
    return '  '.repeat(Math.max(key.length - 1, 0));
  }

  encode(key: readonly string[], v: GoValue): void {
    if (v === null || isNil(v)) return;
    const type = tomlType(v);
    if (type === 'hash') return this.table(key, v);
    if (type === 'arrayHash') return this.arrayOfTables(key, v as GoValue[]);
    this.keyValue(key, v, false);
  }

  private table(key: readonly string[], v: GoValue): void {
    if (key.length === 1) this.newline();
    if (key.length > 0) {
      this.write(`${this.indent(key)}[${key.map(keyPart).join('.')}]`);
      this.newline();
    }
    this.map(key, v, false);
  }

  private arrayOfTables(key: readonly string[], items: readonly GoValue[]): void {
    if (key.length === 0)
      throw new TomlEncodeError('toml: top-level values must be Go maps or structs');
    for (const item of items) {
      if (isNil(item)) continue;
      this.newline();
      this.write(`${this.indent(key)}[[${key.map(keyPart).join('.')}]]`);
      this.newline();
      this.map(key, item, false);
    }
  }

  private map(key: readonly string[], v: GoValue, inline: boolean): void {
    const entries = v instanceof GoStruct ? structFields(v) : (v as Map<string, GoValue>);
    const direct: [string, GoValue][] = [];
    const sub: [string, GoValue][] = [];
    for (const entry of entries) (isTable(tomlType(entry[1])) ? sub : direct).push(entry);
    const writeKeys = (list: [string, GoValue][], trailComma: boolean): void => {
      list.sort(([a], [b]) => compareGoStrings(a, b));
      list.forEach(([k, val], i) => {
        if (isNil(val)) return;
        if (!inline) return this.encode([...key, k], val);
        this.keyValue([k], val, true);
        if (trailComma || i !== list.length - 1) this.write(', ');
      });
    };
    if (inline) this.write('{');
    writeKeys(direct, sub.length > 0);
    writeKeys(sub, false);
    if (inline) this.write('}');
  }

  private keyValue(key: readonly string[], v: GoValue, inline: boolean): void {
    if (key.length === 0) return this.element(v);
    this.write(`${this.indent(key)}${keyPart(key[key.length - 1]!)} = `);
    this.element(v);
    if (!inline) this.newline();
  }

  private element(v: GoValue): void {
    const tm = timeIn(v);
    const version = versionIn(v);
    if (tm !== undefined)
      return this.write(formatCivil('2006-01-02T15:04:05.999999999Z07:00', civil(tm)));
    if (version !== undefined) return this.write(quoted(versionString(version)));
    if (typeof v === 'string') return this.write(quoted(v));
    if (typeof v === 'boolean') return this.write(String(v));
    // BurntSushi/toml writes a time.Duration as its String, quoted.
    if (v instanceof GoInt && v.named === durationType)
      return this.write(quoted(formatDuration(v.value)));
    if (v instanceof GoInt) return this.write(v.value.toString());
    if (typeof v === 'number') return this.write(this.float(v));
    if (Array.isArray(v) || v instanceof Uint8Array) {
      const items = Array.from(v as ArrayLike<GoValue>).map((x) =>
        typeof x === 'number' && v instanceof Uint8Array ? new GoInt(BigInt(x), 'uint8') : x,
      );
      this.write('[');
      items.forEach((x, i) => {
        this.element(x);
        if (i !== items.length - 1) this.write(', ');
      });
      return this.write(']');
    }
    if (v instanceof Map || v instanceof GoStruct) return this.map([], v, true);
    throw new TomlEncodeError(`unexpected type: ${v === null ? '<nil>' : 'func'}`);
  }

  private float(f: number): string {
    if (Number.isNaN(f)) return 'nan';
    if (!Number.isFinite(f)) return f < 0 ? '-inf' : 'inf';
    const s = formatFloat(f, this.helm === 3 ? 'f' : 'g', -1);
    return s.includes('.') || s.includes('e') ? s : `${s}.0`;
  }
}

/** Helm's toToml: the document, or the encoder's error text in its place. */
export function toToml(v: GoValue, helm: 3 | 4): string {
  // eindirect asks a nil's reflect.Value for its type: a reflect panic, not an encoder error.
  if (v === null) fail('reflect: call of reflect.Value.Type on zero Value');
  const enc = new Encoder(helm);
  try {
    if (v instanceof GoFunc) throw new TomlEncodeError("unsupported type for key '': func");
    enc.encode([], v);
  } catch (e) {
    if (e instanceof TomlEncodeError) return e.message;
    throw e;
  }
  return enc.out;
}
