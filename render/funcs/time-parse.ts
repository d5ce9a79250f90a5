// Go's time.ParseInLocation for toDate / mustToDate: the value read element by element against
// the layout's chunks, with Go's leniencies (one- or two-digit fields, fractional seconds after
// seconds even when the layout has none, a zone abbreviation matched against the location) and
// its error texts. Pinned by test/render/funcs/dates.test.ts.
import { timeQuote } from './duration.js';
import { chunks, months, weekdays, type Std } from './time-layout.js';
import { dateIn, daysFromCivil, type Time } from './time-value.js';
import { fixedZone, utc, type Location } from './time-zone.js';

/** A parse failure; `message` is Go's ParseError text. */
export class TimeParseError extends Error {}

const isDigit = (s: string, i: number): boolean => i < s.length && s[i]! >= '0' && s[i]! <= '9';

class Bad extends Error {}
class OutOfRange extends Error {}

// getnum: one or two digits (exactly two when fixed).
function num(v: string, fixed: boolean): [number, string] {
  if (!isDigit(v, 0)) throw new Bad();
  if (!isDigit(v, 1)) {
    if (fixed) throw new Bad();
    return [Number(v[0]), v.slice(1)];
  }
  return [Number(v.slice(0, 2)), v.slice(2)];
}

function num3(v: string, fixed: boolean): [number, string] {
  let n = 0;
  let i = 0;
  for (; i < 3 && isDigit(v, i); i++) n = n * 10 + Number(v[i]);
  if (i === 0 || (fixed && i !== 3)) throw new Bad();
  return [n, v.slice(i)];
}

function lookupName(names: readonly string[], v: string): [number, string] {
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    if (v.length >= n.length && v.slice(0, n.length).toLowerCase() === n.toLowerCase())
      return [i, v.slice(n.length)];
  }
  throw new Bad();
}

function nanos(v: string, n: number): number {
  if (v[0] !== '.' && v[0] !== ',') throw new Bad();
  if (n > 10) n = 10;
  const digits = v.slice(1, n);
  if (!/^[0-9]*$/.test(digits)) throw new Bad();
  return Number(digits.padEnd(9, '0').slice(0, 9));
}

// parseTimeZone: how long a zone abbreviation at the start of v is, or 0.
function zoneLength(v: string): number {
  if (v.length < 3) return 0;
  if (v.startsWith('ChST') || v.startsWith('MeST')) return 4;
  if (v.startsWith('GMT')) {
    const m = /^[+-]\d+/.exec(v.slice(3));
    return (
      3 +
      (m !== null && Number(m[0]) >= -23 && Number(m[0]) <= 23 && m[0] !== '+0' && m[0] !== '-0'
        ? m[0].length
        : 0)
    );
  }
  if (v[0] === '+' || v[0] === '-') return /^[+-]\d\d?/.exec(v)?.[0].length ?? 0;
  let upper = 0;
  while (upper < 6 && upper < v.length && v[upper]! >= 'A' && v[upper]! <= 'Z') upper++;
  if (upper === 5) return v[4] === 'T' ? 5 : 0;
  if (upper === 4) return v[3] === 'T' || v.startsWith('WITA') ? 4 : 0;
  return upper === 3 ? 3 : 0;
}

interface Fields {
  year: number;
  month: number;
  day: number;
  yday: number;
  hour: number;
  min: number;
  sec: number;
  nsec: number;
  pm?: boolean;
  am?: boolean;
  zoneOffset?: number;
  zoneName?: string;
  z?: Location;
}

// One element: updates the fields and returns the rest of the value.
function element(std: Std, v: string, f: Fields, nextStd: Std | undefined): string {
  const range = (x: number, lo: number, hi: number, what: string): void => {
    if (x < lo || x > hi) throw new OutOfRange(what);
  };
  switch (std.kind) {
    case '2006': {
      if (v.length < 4 || !/^[0-9]{4}/.test(v)) throw new Bad();
      f.year = Number(v.slice(0, 4));
      return v.slice(4);
    }
    case '06': {
      const [y, rest] = num(v, true);
      f.year = y >= 69 ? 1900 + y : 2000 + y;
      return rest;
    }
    case 'January':
    case 'Jan': {
      const [i, rest] = lookupName(
        std.kind === 'Jan' ? months.map((n) => n.slice(0, 3)) : months,
        v,
      );
      f.month = i + 1;
      return rest;
    }
    case 'Monday':
    case 'Mon':
      return lookupName(std.kind === 'Mon' ? weekdays.map((n) => n.slice(0, 3)) : weekdays, v)[1];
    case '1':
    case '01': {
      const [m, rest] = num(v, std.kind === '01');
      range(m, 1, 12, 'month');
      f.month = m;
      return rest;
    }
    case '2':
    case '_2':
    case '02': {
      const [d, rest] = num(std.kind === '_2' && v[0] === ' ' ? v.slice(1) : v, std.kind === '02');
      f.day = d;
      return rest;
    }
    case '__2':
    case '002': {
      const [d, rest] = num3(std.kind === '__2' ? v.replace(/^ {1,2}/, '') : v, std.kind === '002');
      range(d, 1, 366, 'day-of-year');
      f.yday = d;
      return rest;
    }
    case '15':
    case '3':
    case '03': {
      const [h, rest] = num(v, std.kind === '03');
      range(h, 0, std.kind === '15' ? 23 : 12, 'hour');
      f.hour = h;
      return rest;
    }
    case '4':
    case '04': {
      const [m, rest] = num(v, std.kind === '04');
      range(m, 0, 59, 'minute');
      f.min = m;
      return rest;
    }
    case '5':
    case '05': {
      const [s, rest] = num(v, std.kind === '05');
      range(s, 0, 59, 'second');
      f.sec = s;
      // A fraction after the seconds is read even when the layout has none.
      if (rest.length >= 2 && (rest[0] === '.' || rest[0] === ',') && isDigit(rest, 1)) {
        if (nextStd?.kind === 'frac0' || nextStd?.kind === 'frac9') return rest;
        let n = 2;
        while (isDigit(rest, n)) n++;
        f.nsec = nanos(rest, n);
        return rest.slice(n);
      }
      return rest;
    }
    case 'PM':
    case 'pm': {
      const p = v.slice(0, 2);
      const [pm, am] = std.kind === 'PM' ? ['PM', 'AM'] : ['pm', 'am'];
      if (p === pm) f.pm = true;
      else if (p === am) f.am = true;
      else throw new Bad();
      return v.slice(2);
    }
    case 'frac0': {
      const n = 1 + std.digits;
      if (v.length < n) throw new Bad();
      f.nsec = nanos(v, n);
      return v.slice(n);
    }
    case 'frac9': {
      if (v.length < 2 || (v[0] !== '.' && v[0] !== ',') || !isDigit(v, 1)) return v;
      // Any number of digits, as Go takes them; past nine they are dropped.
      let i = 0;
      while (isDigit(v, i + 1)) i++;
      f.nsec = nanos(v, 1 + i);
      return v.slice(1 + i);
    }
    case 'MST': {
      if (v.startsWith('UTC')) {
        f.z = utc;
        return v.slice(3);
      }
      const n = zoneLength(v);
      if (n === 0) throw new Bad();
      f.zoneName = v.slice(0, n);
      return v.slice(n);
    }
    default:
      return zone(std.kind, v, f);
  }
}

function zone(kind: string, v: string, f: Fields): string {
  if (kind.startsWith('Z') && v[0] === 'Z') {
    f.z = utc;
    return v.slice(1);
  }
  const colon = kind.includes(':');
  const short = kind.endsWith('07');
  const secs = kind.endsWith('0000') || kind.endsWith(':00:00');
  const len = short ? 3 : 5 + (colon ? 1 : 0) + (secs ? 2 + (colon ? 1 : 0) : 0);
  if (v.length < len) throw new Bad();
  if (colon && (v[3] !== ':' || (secs && v[6] !== ':'))) throw new Bad();
  const hh = v.slice(1, 3);
  const mm = short ? '00' : colon ? v.slice(4, 6) : v.slice(3, 5);
  const ss = !secs ? '00' : colon ? v.slice(7, 9) : v.slice(5, 7);
  const [h] = num(hh, true);
  const [m] = num(mm, true);
  const [s] = num(ss, true);
  if (h > 24) throw new OutOfRange('time zone offset hour');
  if (m > 60) throw new OutOfRange('time zone offset minute');
  if (s > 60) throw new OutOfRange('time zone offset second');
  const offset = (h * 60 + m) * 60 + s;
  if (v[0] === '+') f.zoneOffset = offset;
  else if (v[0] === '-') f.zoneOffset = -offset;
  else throw new Bad();
  return v.slice(len);
}

const daysIn = (m: number, y: number): number =>
  daysFromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - daysFromCivil(y, m, 1);

/** time.ParseInLocation; throws TimeParseError with Go's text. */
export function parseTime(layout: string, value: string, loc: Location): Time {
  const err = (tail: string): never => {
    throw new TimeParseError(`parsing time ${timeQuote(value)}${tail}`);
  };
  const cannot = (rest: string, elem: string): never =>
    err(` as ${timeQuote(layout)}: cannot parse ${timeQuote(rest)} as ${timeQuote(elem)}`);
  const f: Fields = { year: 0, month: -1, day: -1, yday: -1, hour: 0, min: 0, sec: 0, nsec: 0 };
  const parts = chunks(layout);
  let v = value;
  for (let i = 0; i < parts.length; i++) {
    const { prefix, std, text } = parts[i]!;
    if (!v.startsWith(prefix)) cannot(v, prefix);
    v = v.slice(prefix.length);
    if (std === undefined) break;
    try {
      v = element(std, v, f, parts[i + 1]?.std);
    } catch (e) {
      if (e instanceof OutOfRange) err(`: ${e.message} out of range`);
      if (e instanceof Bad) cannot(v, text);
      throw e;
    }
  }
  if (v !== '') err(`: extra text: ${timeQuote(v)}`);
  if (f.pm === true && f.hour < 12) f.hour += 12;
  else if (f.am === true && f.hour === 12) f.hour = 0;
  if (f.yday >= 0) {
    const leap = daysIn(2, f.year) === 29;
    if (f.yday > (leap ? 366 : 365)) err(': day-of-year out of range');
    let m = 1;
    let d = f.yday;
    while (d > daysIn(m, f.year)) d -= daysIn(m++, f.year);
    if ((f.month >= 0 && f.month !== m) || (f.day >= 0 && f.day !== d))
      err(': day-of-year does not match month');
    [f.month, f.day] = [m, d];
  } else {
    if (f.month < 0) f.month = 1;
    if (f.day < 0) f.day = 1;
  }
  if (f.day < 1 || f.day > daysIn(f.month, f.year)) err(': day out of range');
  const at = (l: Location): Time => dateIn(f.year, f.month, f.day, f.hour, f.min, f.sec, f.nsec, l);
  if (f.z !== undefined) return at(f.z);
  if (f.zoneOffset !== undefined) {
    const t = at(utc);
    const sec = t.sec - f.zoneOffset;
    const z = loc.lookup(sec);
    const same = z.offset === f.zoneOffset && (f.zoneName === undefined || z.name === f.zoneName);
    return { sec, nsec: t.nsec, loc: same ? loc : fixedZone(f.zoneName ?? '', f.zoneOffset) };
  }
  if (f.zoneName !== undefined) {
    const t = at(utc);
    // Go's lookupName: a zone of the location with that abbreviation, tried at this time.
    for (const guess of [t.sec, t.sec - 3600 * 12, t.sec + 3600 * 12]) {
      const z = loc.lookup(guess);
      if (z.name === f.zoneName) {
        const fixed = loc.lookup(t.sec - z.offset);
        if (fixed.name === f.zoneName) return { sec: t.sec - z.offset, nsec: t.nsec, loc };
      }
    }
    const gmt = /^GMT([+-]\d+)$/.exec(f.zoneName);
    return { ...t, loc: fixedZone(f.zoneName, gmt !== null ? Number(gmt[1]) * 3600 : 0) };
  }
  return at(loc);
}
