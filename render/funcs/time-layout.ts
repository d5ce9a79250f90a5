// Go's time layouts: the reference time `Mon Jan 2 15:04:05 MST 2006` split into literal text and
// the elements Go recognises (time.nextStdChunk, including its quirks: `_2006` is `_` then the
// year, `.000` is fractional seconds only when no digit follows), and Time.Format over them.
// Pinned by test/render/funcs/dates.test.ts.

/** A layout element: its kind, and for fractional seconds the digit count and separator. */
export type Std =
  | { readonly kind: StdKind }
  | { readonly kind: 'frac0' | 'frac9'; readonly digits: number; readonly sep: string };

/** The named layout elements. */
export type StdKind =
  | 'January'
  | 'Jan'
  | '1'
  | '01'
  | 'Monday'
  | 'Mon'
  | '2'
  | '_2'
  | '02'
  | '__2'
  | '002'
  | '15'
  | '3'
  | '03'
  | '4'
  | '04'
  | '5'
  | '05'
  | '2006'
  | '06'
  | 'PM'
  | 'pm'
  | 'MST'
  | 'Z0700'
  | 'Z070000'
  | 'Z07'
  | 'Z07:00'
  | 'Z07:00:00'
  | '-0700'
  | '-070000'
  | '-07'
  | '-07:00'
  | '-07:00:00';

/** One step of a layout: literal text before an element, the element, and its layout text. */
export interface Chunk {
  readonly prefix: string;
  readonly std?: Std;
  readonly text: string;
}

const zeroX: readonly StdKind[] = ['01', '02', '03', '04', '05', '06'];
const tzForms = ['070000', '07:00:00', '0700', '07:00', '07'] as const;
const isDigit = (s: string, i: number): boolean => i < s.length && s[i]! >= '0' && s[i]! <= '9';

// The element starting at i, and its length, or undefined when the text there is literal.
function stdAt(l: string, i: number): [Std, number] | undefined {
  const has = (s: string): boolean => l.startsWith(s, i);
  const k = (kind: StdKind, n: number): [Std, number] => [{ kind }, n];
  switch (l[i]) {
    case 'J':
      if (has('January')) return k('January', 7);
      return has('Jan') ? k('Jan', 3) : undefined;
    case 'M':
      if (has('Monday')) return k('Monday', 6);
      if (has('Mon')) return k('Mon', 3);
      return has('MST') ? k('MST', 3) : undefined;
    case '0':
      if (l[i + 1] !== undefined && l[i + 1]! >= '1' && l[i + 1]! <= '6')
        return k(zeroX[Number(l[i + 1]) - 1]!, 2);
      return has('002') ? k('002', 3) : undefined;
    case '1':
      return has('15') ? k('15', 2) : k('1', 1);
    case '2':
      return has('2006') ? k('2006', 4) : k('2', 1);
    case '_':
      if (has('_2') && !has('_2006')) return k('_2', 2);
      return has('__2') ? k('__2', 3) : undefined;
    case '3':
    case '4':
    case '5':
      return k(l[i] as StdKind, 1);
    case 'P':
      return has('PM') ? k('PM', 2) : undefined;
    case 'p':
      return has('pm') ? k('pm', 2) : undefined;
    case '-':
    case 'Z':
      for (const form of tzForms)
        if (has(l[i] + form)) return k(`${l[i]}${form}` as StdKind, form.length + 1);
      return undefined;
    case '.':
    case ',': {
      const ch = l[i + 1];
      if (ch !== '0' && ch !== '9') return undefined;
      let j = i + 1;
      while (l[j] === ch) j++;
      if (isDigit(l, j)) return undefined;
      return [{ kind: ch === '0' ? 'frac0' : 'frac9', digits: j - i - 1, sep: l[i]! }, j - i];
    }
    default:
      return undefined;
  }
}

/** The layout as chunks; the last one may have only a prefix. */
export function chunks(layout: string): Chunk[] {
  const out: Chunk[] = [];
  let start = 0;
  for (let i = 0; i < layout.length; i++) {
    // `_2006` is a literal underscore followed by the year.
    if (layout.startsWith('_2006', i)) continue;
    const found = stdAt(layout, i);
    if (found === undefined) continue;
    out.push({
      prefix: layout.slice(start, i),
      std: found[0],
      text: layout.slice(i, i + found[1]),
    });
    start = i + found[1];
    i = start - 1;
  }
  out.push({ prefix: layout.slice(start), text: '' });
  return out;
}

/** The fields of a time in its zone that Format needs. */
export interface Civil {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly yday: number;
  readonly weekday: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly nsec: number;
  readonly offset: number;
  readonly zone: string;
}

/** Go's month names, January first. */
export const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** Go's weekday names, Sunday first. */
export const weekdays = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

const pad = (n: number, w: number): string => {
  const s = String(Math.abs(n)).padStart(w, '0');
  return n < 0 ? `-${s}` : s;
};

/** The fraction of a second as Go's formatNano writes it (`.999` trims zeros, `.000` keeps them). */
export function formatFrac(nsec: number, digits: number, sep: string, trim: boolean): string {
  if (trim && (digits === 0 || nsec === 0)) return '';
  let s = String(nsec).padStart(9, '0').slice(0, digits);
  if (trim) s = s.replace(/0+$/, '');
  return s === '' && trim ? '' : sep + s;
}

function formatZone(kind: string, offset: number): string {
  if (offset === 0 && kind.startsWith('Z')) return 'Z';
  const abs = Math.abs(offset);
  const zone = Math.trunc(abs / 60);
  let s = (offset < 0 ? '-' : '+') + pad(Math.trunc(zone / 60), 2);
  const colon = kind.includes(':');
  if (kind !== 'Z07' && kind !== '-07') s += (colon ? ':' : '') + pad(zone % 60, 2);
  if (kind.endsWith('0000') || kind.endsWith(':00:00')) s += (colon ? ':' : '') + pad(abs % 60, 2);
  return s;
}

function formatStd(std: Std, c: Civil): string {
  switch (std.kind) {
    case 'frac0':
    case 'frac9':
      return formatFrac(c.nsec, std.digits, std.sep, std.kind === 'frac9');
    case 'January':
      return months[c.month - 1]!;
    case 'Jan':
      return months[c.month - 1]!.slice(0, 3);
    case '1':
      return String(c.month);
    case '01':
      return pad(c.month, 2);
    case 'Monday':
      return weekdays[c.weekday]!;
    case 'Mon':
      return weekdays[c.weekday]!.slice(0, 3);
    case '2':
      return String(c.day);
    case '_2':
      return c.day < 10 ? ` ${c.day}` : String(c.day);
    case '02':
      return pad(c.day, 2);
    case '__2':
      return String(c.yday).padStart(3, ' ');
    case '002':
      return pad(c.yday, 3);
    case '15':
      return pad(c.hour, 2);
    case '3':
      return String(c.hour % 12 === 0 ? 12 : c.hour % 12);
    case '03':
      return pad(c.hour % 12 === 0 ? 12 : c.hour % 12, 2);
    case '4':
      return String(c.minute);
    case '04':
      return pad(c.minute, 2);
    case '5':
      return String(c.second);
    case '05':
      return pad(c.second, 2);
    case '2006':
      return pad(c.year, 4);
    case '06':
      return pad(c.year % 100, 2);
    case 'PM':
      return c.hour >= 12 ? 'PM' : 'AM';
    case 'pm':
      return c.hour >= 12 ? 'pm' : 'am';
    // With no abbreviation Go writes the offset as -0700.
    case 'MST':
      return c.zone !== '' ? c.zone : formatZone('-0700', c.offset);
    default:
      return formatZone(std.kind, c.offset);
  }
}

/** Time.Format of the civil fields with a Go layout. */
export function formatCivil(layout: string, c: Civil): string {
  return chunks(layout)
    .map((ch) => ch.prefix + (ch.std === undefined ? '' : formatStd(ch.std, c)))
    .join('');
}
