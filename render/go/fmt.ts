// Go's fmt.Sprint, Sprintln and Sprintf, which text/template's print, println and printf are, and
// which print action results. The format string is scanned as Go scans it: flags `#0+- `, a width
// or `*`, a precision or `.*`, argument indexes `[n]`, then one verb; every malformed directive
// prints Go's error form in place (%!d(string=x), %!d(MISSING), %!d(BADINDEX), %!(BADWIDTH),
// %!(BADPREC), %!(NOVERB), %!(EXTRA …)). Pinned by test/render/go/fmt.test.ts against Helm.
import { Printer } from './fmt-print.js';
import { GoInt, typeName, type GoValue } from './values.js';

/** Go's fmt.Sprint: operands in their default format, a space between two operands when neither is a string. */
export function sprint(args: readonly GoValue[]): string {
  const p = new Printer();
  let prevString = false;
  args.forEach((arg, i) => {
    const isString = typeof arg === 'string';
    if (i > 0 && !isString && !prevString) p.out += ' ';
    p.printArg(arg, 'v');
    prevString = isString;
  });
  return p.out;
}

/** Go's fmt.Sprintln: operands in their default format, always space-separated, then a newline. */
export function sprintln(args: readonly GoValue[]): string {
  const p = new Printer();
  args.forEach((arg, i) => {
    if (i > 0) p.out += ' ';
    p.printArg(arg, 'v');
  });
  return p.out + '\n';
}

/** Go's fmt.Sprintf. */
export function sprintf(format: string, args: readonly GoValue[]): string {
  return new Printf(format, args).run();
}

const maxWidth = 1e6;

// One Sprintf call: the scanning state of Go's doPrintf.
class Printf extends Printer {
  private i = 0;
  private argNum = 0;
  private reordered = false;
  private goodArgNum = true;

  constructor(
    private readonly format: string,
    private readonly args: readonly GoValue[],
  ) {
    super();
  }

  run(): string {
    const { format } = this;
    const end = format.length;
    while (this.i < end) {
      this.goodArgNum = true;
      const start = this.i;
      while (this.i < end && format[this.i] !== '%') this.i++;
      this.out += format.slice(start, this.i);
      if (this.i >= end) break;
      this.i++;
      if (!this.directive()) break;
    }
    if (!this.reordered && this.argNum < this.args.length) this.extra();
    return this.out;
  }

  // One directive after its `%`; false when the format ended before the verb.
  private directive(): boolean {
    const { format } = this;
    const end = format.length;
    this.f = { ...this.f, ...clearedFlags };
    for (; this.i < end; this.i++) {
      const c = format[this.i];
      if (c === '#') this.f.sharp = true;
      // Go pads with zeros only on the left: `-` turns zero padding off, before or after `0`.
      else if (c === '0') this.f.zero = !this.f.minus;
      else if (c === '+') this.f.plus = true;
      else if (c === '-') {
        this.f.minus = true;
        this.f.zero = false;
      } else if (c === ' ') this.f.space = true;
      else break;
    }
    let afterIndex = this.argNumber();
    if (this.i < end && format[this.i] === '*') {
      this.i++;
      const [wid, ok] = this.intFromArg();
      this.f.wid = wid;
      this.f.widPresent = ok;
      if (!ok) this.out += '%!(BADWIDTH)';
      // A negative width means left-justify, never with zeros on the right.
      if (this.f.wid < 0) {
        this.f.wid = -this.f.wid;
        this.f.minus = true;
        this.f.zero = false;
      }
      afterIndex = false;
    } else {
      [this.f.wid, this.f.widPresent] = this.parseNum();
      if (afterIndex && this.f.widPresent) this.goodArgNum = false; // "%[3]2d"
    }
    if (this.i + 1 < end && format[this.i] === '.') {
      this.i++;
      if (afterIndex) this.goodArgNum = false; // "%[3].2d"
      afterIndex = this.argNumber();
      if (this.i < end && format[this.i] === '*') {
        this.i++;
        const [prec, ok] = this.intFromArg();
        this.f.prec = prec < 0 ? 0 : prec;
        this.f.precPresent = ok && prec >= 0;
        if (!this.f.precPresent) this.out += '%!(BADPREC)';
        afterIndex = false;
      } else {
        [this.f.prec, this.f.precPresent] = this.parseNum();
        if (!this.f.precPresent) {
          this.f.prec = 0;
          this.f.precPresent = true;
        }
      }
    }
    if (!afterIndex) this.argNumber();
    if (this.i >= end) {
      this.out += '%!(NOVERB)';
      return false;
    }
    const verb = String.fromCodePoint(format.codePointAt(this.i) ?? 0xfffd);
    this.i += verb.length;
    this.verb(verb);
    return true;
  }

  private verb(verb: string): void {
    if (verb === '%') {
      this.out += '%'; // takes no operand and ignores width and precision
    } else if (!this.goodArgNum) {
      this.out += `%!${verb}(BADINDEX)`;
    } else if (this.argNum >= this.args.length) {
      this.out += `%!${verb}(MISSING)`;
    } else {
      if (verb === 'v') {
        this.f.sharpV = this.f.sharp;
        this.f.sharp = false;
        this.f.plusV = this.f.plus;
        this.f.plus = false;
      }
      this.printArg(this.args[this.argNum] ?? null, verb);
      this.argNum++;
    }
  }

  // Reads `[n]` at the cursor, if any; returns whether one was read (Go's afterIndex).
  private argNumber(): boolean {
    const { format } = this;
    if (this.i >= format.length || format[this.i] !== '[') return false;
    this.reordered = true;
    const close = format.length - this.i < 3 ? -1 : format.indexOf(']', this.i + 1);
    if (close < 0) {
      this.goodArgNum = false;
      this.i += 1;
      return false;
    }
    this.i++;
    const [n, ok] = this.parseNum();
    const valid = ok && this.i === close;
    this.i = close + 1;
    if (valid && n - 1 >= 0 && n - 1 < this.args.length) {
      this.argNum = n - 1;
      return true;
    }
    this.goodArgNum = false;
    return valid;
  }

  // Decimal digits at the cursor; Go gives up on absurdly large numbers.
  private parseNum(): [number, boolean] {
    const { format } = this;
    let num = 0;
    let isNum = false;
    while (this.i < format.length && format[this.i]! >= '0' && format[this.i]! <= '9') {
      if (num > maxWidth || num < -maxWidth) {
        this.i = format.length;
        return [0, false];
      }
      num = num * 10 + (format.charCodeAt(this.i) - 48);
      isNum = true;
      this.i++;
    }
    return [num, isNum];
  }

  // A `*` width or precision: the next operand, which must be an integer that fits an int.
  private intFromArg(): [number, boolean] {
    if (this.argNum >= this.args.length) return [0, false];
    const arg = this.args[this.argNum];
    this.argNum++;
    if (!(arg instanceof GoInt)) return [0, false];
    const v = arg.value;
    if (v > BigInt(maxWidth) || v < -BigInt(maxWidth)) return [0, false];
    return [Number(v), true];
  }

  private extra(): void {
    this.f = { ...this.f, ...clearedFlags };
    this.out += '%!(EXTRA ';
    this.args.slice(this.argNum).forEach((arg, i) => {
      if (i > 0) this.out += ', ';
      if (arg === null) {
        this.out += '<nil>';
      } else {
        this.out += typeName(arg) + '=';
        this.printArg(arg, 'v');
      }
    });
    this.out += ')';
  }
}

const clearedFlags = {
  widPresent: false,
  precPresent: false,
  minus: false,
  plus: false,
  sharp: false,
  space: false,
  zero: false,
  plusV: false,
  sharpV: false,
} as const;
