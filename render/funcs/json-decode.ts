// Go's encoding/json Unmarshal into interface{} as Helm's fromJson and Sprig's mustFromJson use
// it: the whole text is checked first, failing with Go's scanner texts ("invalid character 'x'
// looking for beginning of value", "unexpected end of JSON input"); then numbers become float64,
// objects map[string]interface {} (a repeated key keeps the last value), arrays []interface {}.
// Pinned by test/render/funcs/json.test.ts and the data-formats golden chart.
import { quote, type GoMap, type GoValue, utf8Bytes } from '../go/index.js';

/** A syntax error with Go's text. */
export class JsonSyntaxError extends Error {}

/** json.Unmarshal into interface{}; throws JsonSyntaxError with Go's message. */
export function unmarshalJson(text: string): GoValue {
  const p = new Parser(text);
  p.ws();
  const v = p.value('looking for beginning of value');
  p.ws();
  if (p.i < text.length) p.fail('after top-level value');
  return v;
}

// Go's quoteChar: the offending byte (a character's first UTF-8 byte, read as a rune) in single
// quotes, with strconv.Quote's escapes.
function quoteChar(c: string): string {
  if (c === "'") return "'\\''";
  if (c === '"') return `'"'`;
  const q = quote(String.fromCharCode(utf8Bytes(c)[0]!));
  return `'${q.slice(1, -1)}'`;
}

class Parser {
  i = 0;
  constructor(readonly s: string) {}

  // At the end Go's scanner is fed a space: where a space is invalid (inside a literal, number or
  // escape) the error names ' ', elsewhere the input just ended.
  fail(context: string, spaceInvalid = false): never {
    if (this.i >= this.s.length && !spaceInvalid)
      throw new JsonSyntaxError('unexpected end of JSON input');
    const c = this.i >= this.s.length ? ' ' : String.fromCodePoint(this.s.codePointAt(this.i)!);
    throw new JsonSyntaxError(`invalid character ${quoteChar(c)} ${context}`);
  }

  ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i]!)) this.i++;
  }

  value(context: string): GoValue {
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (c === word[0]) {
        this.i++;
        for (const expect of word.slice(1)) {
          if (this.s[this.i] !== expect)
            this.fail(`in literal ${word} (expecting '${expect}')`, true);
          this.i++;
        }
        return v;
      }
    }
    return this.fail(context);
  }

  object(): GoMap {
    const m: GoMap = new Map();
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return m;
    }
    for (;;) {
      if (this.s[this.i] !== '"') this.fail('looking for beginning of object key string');
      const k = this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail('after object key');
      this.i++;
      this.ws();
      m.set(k, this.value('looking for beginning of value'));
      this.ws();
      if (this.s[this.i] === ',') {
        this.i++;
        this.ws();
        continue;
      }
      if (this.s[this.i] === '}') {
        this.i++;
        return m;
      }
      this.fail('after object key:value pair');
    }
  }

  array(): GoValue[] {
    const a: GoValue[] = [];
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return a;
    }
    for (;;) {
      a.push(this.value('looking for beginning of value'));
      this.ws();
      if (this.s[this.i] === ',') {
        this.i++;
        this.ws();
        continue;
      }
      if (this.s[this.i] === ']') {
        this.i++;
        return a;
      }
      this.fail('after array element');
    }
  }

  string(): string {
    const start = this.i;
    this.i++;
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) this.fail('');
      if (c === '"') break;
      if (c < ' ') this.fail('in string literal');
      if (c === '\\') {
        this.i++;
        const e = this.s[this.i];
        if (e === 'u') {
          for (let k = 1; k <= 4; k++) {
            this.i++;
            if (!/[0-9a-fA-F]/.test(this.s[this.i] ?? ''))
              this.fail('in \\u hexadecimal character escape', true);
          }
        } else if (e === undefined || !'"\\/bfnrt'.includes(e)) {
          this.fail('in string escape code', true);
        }
      }
      this.i++;
    }
    this.i++;
    // Go replaces invalid surrogate escapes with U+FFFD; JSON.parse keeps them, so fix those up.
    return (JSON.parse(this.s.slice(start, this.i)) as string).replace(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      '\ufffd',
    );
  }

  number(): number {
    const start = this.i;
    const digits = (): boolean => {
      const from = this.i;
      while (/[0-9]/.test(this.s[this.i] ?? '')) this.i++;
      return this.i > from;
    };
    if (this.s[this.i] === '-') {
      this.i++;
      if (!/[0-9]/.test(this.s[this.i] ?? '')) this.fail('in numeric literal', true);
    }
    if (this.s[this.i] === '0') this.i++;
    else digits();
    if (this.s[this.i] === '.') {
      this.i++;
      if (!digits()) this.fail('after decimal point in numeric literal', true);
    }
    if (this.s[this.i] === 'e' || this.s[this.i] === 'E') {
      this.i++;
      if (this.s[this.i] === '+' || this.s[this.i] === '-') this.i++;
      if (!digits()) this.fail('in exponent of numeric literal', true);
    }
    return Number(this.s.slice(start, this.i));
  }
}
