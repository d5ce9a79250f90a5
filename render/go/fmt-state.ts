// The raw formatter behind Go's printf: flags, width and precision, and the padding and number
// formatting of one operand (Go's fmt/format.go semantics). Widths count runes, not UTF-16 units.
import { formatFloat, type FloatFormat } from './format-float.js';
import { canBackquote, isPrint, quote, quoteRune, runesOf } from './quote.js';
import { utf8Bytes } from './strings.js';

/** The flags, width and precision of one verb. */
export interface Flags {
  widPresent: boolean;
  precPresent: boolean;
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  /** `%+v`: print struct field names. */
  plusV: boolean;
  /** `%#v`: print Go syntax. */
  sharpV: boolean;
  wid: number;
  prec: number;
}

/** Flags with nothing set. */
export function noFlags(): Flags {
  return {
    widPresent: false,
    precPresent: false,
    minus: false,
    plus: false,
    sharp: false,
    space: false,
    zero: false,
    plusV: false,
    sharpV: false,
    wid: 0,
    prec: 0,
  };
}

const maxRune = 0x10ffff;

/** An output buffer plus the current verb's flags, with Go's primitive formatters. */
export class FmtState {
  out = '';
  f: Flags = noFlags();

  /** Appends `n` pad characters: zeros when the zero flag is set, spaces otherwise. */
  writePadding(n: number): void {
    if (n > 0) this.out += (this.f.zero ? '0' : ' ').repeat(n);
  }

  /** Appends `s`, padded on the left (or on the right with `-`) to the width in runes. */
  pad(s: string): void {
    const { f } = this;
    if (!f.widPresent || f.wid === 0) {
      this.out += s;
      return;
    }
    const width = f.wid - runeCount(s);
    if (f.minus) {
      this.out += s;
      this.writePadding(width);
    } else {
      this.writePadding(width);
      this.out += s;
    }
  }

  /** `true` / `false`. */
  fmtBoolean(v: boolean): void {
    this.pad(v ? 'true' : 'false');
  }

  /** A string truncated to the precision (in runes), then padded. */
  fmtS(s: string): void {
    this.pad(this.truncate(s));
  }

  /** A string (or bytes) as a quoted Go literal: backquoted with `#` when possible, ASCII-only with `+`. */
  fmtQ(s: string | Uint8Array): void {
    let runes = runesOf(s);
    if (this.f.precPresent && this.f.prec < runes.length) runes = runes.slice(0, this.f.prec);
    if (this.f.sharp && canBackquote(runes)) {
      this.pad('`' + String.fromCodePoint(...runes) + '`');
    } else {
      this.pad(quote(runes, this.f.plus));
    }
  }

  /** Hex of the bytes of a string or byte slice, with Go's `#` (0x) and space (separated) forms. */
  fmtSbx(bytes: Uint8Array, upper: boolean): void {
    const { f } = this;
    const x = upper ? 'X' : 'x';
    let length = bytes.length;
    if (f.precPresent && f.prec < length) length = f.prec;
    let width = 2 * length;
    if (width <= 0) {
      if (f.widPresent) this.writePadding(f.wid);
      return;
    }
    if (f.space) {
      if (f.sharp) width *= 2;
      width += length - 1;
    } else if (f.sharp) {
      width += 2;
    }
    if (f.widPresent && f.wid > width && !f.minus) this.writePadding(f.wid - width);
    let s = f.sharp ? '0' + x : '';
    for (let i = 0; i < length; i++) {
      if (f.space && i > 0) s += f.sharp ? ' 0' + x : ' ';
      const h = (bytes[i] ?? 0).toString(16).padStart(2, '0');
      s += upper ? h.toUpperCase() : h;
    }
    this.out += s;
    if (f.widPresent && f.wid > width && f.minus) this.writePadding(f.wid - width);
  }

  /** Hex of a string's bytes. */
  fmtSx(s: string, upper: boolean): void {
    this.fmtSbx(utf8Bytes(s), upper);
  }

  /** An integer in base 2, 8, 10 or 16; `u` is the two's-complement uint64 when `signed`. */
  fmtInteger(u: bigint, base: 2 | 8 | 10 | 16, signed: boolean, verb: string, upper = false): void {
    const { f } = this;
    const negative = signed && u >= 1n << 63n;
    if (negative) u = (1n << 64n) - u;
    let prec = 0;
    if (f.precPresent) {
      prec = f.prec;
      // Precision 0 and value 0 print nothing but the padding.
      if (prec === 0 && u === 0n) {
        const zero = f.zero;
        f.zero = false;
        this.writePadding(f.wid);
        f.zero = zero;
        return;
      }
    } else if (f.zero && !f.minus && f.widPresent) {
      prec = f.wid;
      if (negative || f.plus || f.space) prec--;
    }
    let s = u.toString(base);
    if (upper) s = s.toUpperCase();
    if (s.length < prec) s = s.padStart(prec, '0');
    if (f.sharp) {
      if (base === 2) s = '0b' + s;
      else if (base === 8 && !s.startsWith('0')) s = '0' + s;
      else if (base === 16) s = (upper ? '0X' : '0x') + s;
    }
    if (verb === 'O') s = '0o' + s;
    if (negative) s = '-' + s;
    else if (f.plus) s = '+' + s;
    else if (f.space) s = ' ' + s;
    // Zero padding was done above as precision; what is left is spaces.
    const zero = f.zero;
    f.zero = false;
    this.pad(s);
    f.zero = zero;
  }

  /** `%U`: U+0078, or U+0078 'x' with `#` when printable. */
  fmtUnicode(u: bigint): void {
    const { f } = this;
    let prec = 4;
    if (f.precPresent && f.prec > 4) prec = f.prec;
    let s = 'U+' + u.toString(16).toUpperCase().padStart(prec, '0');
    if (f.sharp && u <= BigInt(maxRune) && isPrint(Number(u))) {
      s += ` '${String.fromCodePoint(Number(u))}'`;
    }
    const zero = f.zero;
    f.zero = false;
    this.pad(s);
    f.zero = zero;
  }

  /** `%c`: the rune, or U+FFFD when out of range. */
  fmtC(u: bigint): void {
    const r = Number(u > BigInt(maxRune) ? 0xfffdn : u);
    this.pad(r >= 0xd800 && r <= 0xdfff ? '\ufffd' : String.fromCodePoint(r));
  }

  /** `%q` of an integer: a quoted rune literal. */
  fmtQc(u: bigint): void {
    const r = Number(u > BigInt(maxRune) ? 0xfffdn : u);
    this.pad(quoteRune(r, this.f.plus));
  }

  /** A float in strconv format `verb` with default precision `prec`, applying sign, `#` and zero flags. */
  fmtFloat(v: number, verb: FloatFormat, prec: number): void {
    const { f } = this;
    if (f.precPresent) prec = f.prec;
    let num = formatFloat(v, verb, prec);
    num = num[0] === '-' || num[0] === '+' ? num : '+' + num;
    if (f.space && num[0] === '+' && !f.plus) num = ' ' + num.slice(1);
    // Infinities and NaN are not numbers to pad with zeros; NaN loses its sign unless asked.
    if (num[1] === 'I' || num[1] === 'N') {
      const zero = f.zero;
      f.zero = false;
      if (num[1] === 'N' && !f.space && !f.plus) num = num.slice(1);
      this.pad(num);
      f.zero = zero;
      return;
    }
    if (f.sharp && verb !== 'b') num = keepPoint(num, verb, prec);
    if (f.plus || num[0] !== '+') {
      // The sign goes before zero padding.
      if (f.zero && !f.minus && f.widPresent && f.wid > num.length) {
        this.out += num[0];
        this.writePadding(f.wid - num.length);
        this.out += num.slice(1);
        return;
      }
      this.pad(num);
      return;
    }
    this.pad(num.slice(1));
  }

  private truncate(s: string): string {
    if (!this.f.precPresent) return s;
    let n = this.f.prec;
    let i = 0;
    for (const ch of s) {
      if (n-- <= 0) return s.slice(0, i);
      i += ch.length;
    }
    return s;
  }
}

// The `#` flag forces a decimal point and, for %g/%v/%x, keeps trailing zeros up to the precision.
function keepPoint(num: string, verb: FloatFormat, prec: number): string {
  let digits = 0;
  if (verb === 'g' || verb === 'G' || verb === 'x') digits = prec === -1 ? 6 : prec;
  let tail = '';
  let hasPoint = false;
  let sawNonzero = false;
  let body = num;
  for (let i = 1; i < body.length; i++) {
    const c = body[i];
    const exponent =
      c === 'p' || c === 'P' || ((c === 'e' || c === 'E') && verb !== 'x' && verb !== 'X');
    if (c === '.') {
      hasPoint = true;
    } else if (exponent) {
      tail = body.slice(i);
      body = body.slice(0, i);
    } else {
      if (c !== '0') sawNonzero = true;
      if (sawNonzero) digits--;
    }
  }
  if (!hasPoint) {
    if (body.length === 2 && body[1] === '0') digits--;
    body += '.';
  }
  if (digits > 0) body += '0'.repeat(digits);
  return body + tail;
}

/** The number of runes (code points) in a string, which is what Go's widths count. */
export function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) n++;
    else {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      n++;
    }
  }
  return n;
}
