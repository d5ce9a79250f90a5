// Go's time.Time as a template value: an instant (Unix seconds and nanoseconds), its Location and,
// for `now`'s results only, a monotonic clock reading, which String prints as ` m=+0.001234567`
// (Go drops it on In/UTC/Local/Round/Truncate, keeps it through Add). The GoStruct carries the
// methods templates call (`now.Year`, `(toDate …).Format …`, `.Month`, `.Sub`, `.Add`), with
// time.Month, time.Weekday and time.Duration as the named integer types of time-units.ts.
// Methods with more than one result (Date, Clock, ISOWeek, Zone, ZoneBounds) are listed only so
// that calling them fails as in Go; In (a *Location) and the encoders other than MarshalJSON are
// left out. Pinned by dates.test.ts and time-units.test.ts.
import {
  GoInt,
  GoStruct,
  type GoMethod,
  type GoType,
  type GoValue,
  type NamedType,
} from '../go/index.js';
import { fail, t } from './func.js';
import { formatCivil, type Civil } from './time-layout.js';
import { duration, durationType, month, monthType, weekday, weekdayType } from './time-units.js';
import { local, utc, type Location } from './time-zone.js';

/** A Go time.Time. */
export interface Time {
  /** Seconds since the Unix epoch. */
  readonly sec: number;
  /** Nanoseconds within the second, 0 ≤ nsec < 1e9. */
  readonly nsec: number;
  readonly loc: Location;
  /** Monotonic reading in nanoseconds since the process started, when the time came from now. */
  readonly mono?: bigint;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (month 1-12). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** The civil fields of a time in its own location. */
export function civil(tm: Time): Civil {
  const zone = tm.loc.lookup(tm.sec);
  const local = tm.sec + zone.offset;
  const days = Math.floor(local / 86400);
  const secs = local - days * 86400;
  const [year, month, day] = civilFromDays(days);
  return {
    year,
    month,
    day,
    yday: days - daysFromCivil(year, 1, 1) + 1,
    weekday: (((days + 4) % 7) + 7) % 7,
    hour: Math.floor(secs / 3600),
    minute: Math.floor((secs % 3600) / 60),
    second: secs % 60,
    nsec: tm.nsec,
    offset: zone.offset,
    zone: zone.name,
  };
}

/** time.Date: civil fields in a location to an instant, normalising overflowing fields as Go does. */
export function dateIn(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ns: number,
  loc: Location,
): Time {
  const m0 = mo - 1;
  const year = y + Math.floor(m0 / 12);
  const month = (((m0 % 12) + 12) % 12) + 1;
  const nsCarry = Math.floor(ns / 1e9);
  const unixLocal =
    daysFromCivil(year, month, 1) * 86400 + (d - 1) * 86400 + h * 3600 + mi * 60 + s + nsCarry;
  // Go's Date: the offset at the local reading taken as UTC, corrected once if that crosses a transition.
  let offset = loc.lookup(unixLocal).offset;
  const again = loc.lookup(unixLocal - offset).offset;
  if (again !== offset) offset = again;
  return { sec: unixLocal - offset, nsec: ns - nsCarry * 1e9, loc };
}

/** The zero time.Time: January 1, year 1, 00:00:00 UTC. */
export const zeroTime: Time = { sec: -62135596800, nsec: 0, loc: utc };

/** Time.Add with a Duration in nanoseconds. */
export function addDuration(tm: Time, d: bigint): Time {
  const total = BigInt(tm.nsec) + (d % 1_000_000_000n);
  const carry = total >= 1_000_000_000n ? 1 : total < 0n ? -1 : 0;
  return {
    sec: tm.sec + Number(d / 1_000_000_000n) + carry,
    nsec: Number(total - BigInt(carry) * 1_000_000_000n),
    loc: tm.loc,
    ...(tm.mono !== undefined ? { mono: tm.mono + d } : {}),
  };
}

/** Time.Sub in nanoseconds, saturating as Go does, by monotonic readings when both have them. */
export function subTimes(a: Time, b: Time): bigint {
  const d =
    a.mono !== undefined && b.mono !== undefined
      ? a.mono - b.mono
      : BigInt(a.sec - b.sec) * 1_000_000_000n + BigInt(a.nsec - b.nsec);
  const max = (1n << 63n) - 1n;
  return d > max ? max : d < -max - 1n ? -max - 1n : d;
}

// time.String's monotonic suffix: ` m=±S.NNNNNNNNN`.
function monoSuffix(mono: bigint): string {
  const neg = mono < 0n;
  const abs = neg ? -mono : mono;
  return ` m=${neg ? '-' : '+'}${abs / 1_000_000_000n}.${String(abs % 1_000_000_000n).padStart(9, '0')}`;
}

/** Time.String: `2006-01-02 15:04:05.999999999 -0700 MST`, plus the monotonic reading if any. */
export function timeString(tm: Time): string {
  const s = formatCivil('2006-01-02 15:04:05.999999999 -0700 MST', civil(tm));
  return tm.mono === undefined ? s : s + monoSuffix(tm.mono);
}

const timeOf = new WeakMap<GoStruct, Time>();

/** The Time inside a time.Time GoStruct, or undefined for another value. */
export function timeIn(v: GoValue): Time | undefined {
  return v instanceof GoStruct ? timeOf.get(v) : undefined;
}

const unwrap = (v: GoValue): Time =>
  timeIn(v) ?? fail('runtime error: invalid memory address or nil pointer dereference');
const int = (n: number | bigint, type: 'int' | 'int64' = 'int'): GoInt =>
  new GoInt(BigInt(n), type);

const methods = new Map<string, GoMethod>();

/** Go's `time.Time`. */
export const timeType: NamedType = {
  kind: 'named',
  name: 'time.Time',
  underlying: { kind: 'struct' },
  methods,
};

const m = (
  params: GoMethod['signature']['params'],
  result: GoMethod['signature']['result'],
  impl: (tm: Time, ...a: GoValue[]) => GoValue,
): GoMethod => ({
  signature: { params, result, returnsError: false },
  impl: (r, ...a) => impl(unwrap(r), ...a),
});
const field = (f: keyof Civil) => m([], t.int, (tm) => int(civil(tm)[f] as number));
const nanos = (v: GoValue): bigint => (v as GoInt).value;
const sign = (d: bigint): GoInt => int(d < 0n ? -1 : d > 0n ? 1 : 0);
// A method returning several values, which templates refuse to call (values.ts, uncallable).
const multi = (results: readonly GoType[]): GoMethod => ({
  signature: { params: [], result: results[0]!, returnsError: false, results },
  impl: () => fail('unreachable: templates do not call multi-result methods'),
});

// Time.Truncate and Time.Round: the remainder of the time since year 1 modulo d, as Go's div.
function roundTime(tm: Time, d: bigint, up: boolean): Time {
  const plain = { sec: tm.sec, nsec: tm.nsec, loc: tm.loc };
  if (d <= 0n) return plain;
  const since = BigInt(tm.sec - zeroTime.sec) * 1_000_000_000n + BigInt(tm.nsec);
  const r = ((since % d) + d) % d;
  const half = BigInt.asUintN(64, r + r) < BigInt.asUintN(64, d);
  return addDuration(plain, up && !half ? d - r : -r);
}

const timeMethods: [string, GoMethod][] = [
  ['String', m([], t.string, timeString)],
  // As json-encode.ts calls it: the JSON text itself (Go returns bytes), RFC 3339 with nanoseconds.
  [
    'MarshalJSON',
    {
      signature: { params: [], result: t.string, returnsError: true },
      impl: (r) =>
        JSON.stringify(formatCivil('2006-01-02T15:04:05.999999999Z07:00', civil(unwrap(r)))),
    },
  ],
  ['Format', m([t.string], t.string, (tm, l) => formatCivil(l as string, civil(tm)))],
  ['Year', field('year')],
  ['Month', m([], monthType, (tm) => month(civil(tm).month))],
  ['Weekday', m([], weekdayType, (tm) => weekday(civil(tm).weekday))],
  ['Day', field('day')],
  ['YearDay', field('yday')],
  ['Hour', field('hour')],
  ['Minute', field('minute')],
  ['Second', field('second')],
  ['Nanosecond', field('nsec')],
  ['Unix', m([], t.int64, (tm) => int(tm.sec, 'int64'))],
  [
    'UnixMicro',
    m([], t.int64, (tm) =>
      int(BigInt(tm.sec) * 1_000_000n + BigInt(Math.floor(tm.nsec / 1e3)), 'int64'),
    ),
  ],
  [
    'UnixMilli',
    m([], t.int64, (tm) =>
      int(BigInt(tm.sec) * 1000n + BigInt(Math.floor(tm.nsec / 1e6)), 'int64'),
    ),
  ],
  [
    'UnixNano',
    m([], t.int64, (tm) => int(BigInt(tm.sec) * 1_000_000_000n + BigInt(tm.nsec), 'int64')),
  ],
  ['UTC', m([], timeType, (tm) => goTime({ sec: tm.sec, nsec: tm.nsec, loc: utc }))],
  ['Local', m([], timeType, (tm) => goTime({ sec: tm.sec, nsec: tm.nsec, loc: local() }))],
  ['IsZero', m([], t.bool, (tm) => tm.sec === zeroTime.sec && tm.nsec === 0)],
  ['Before', m([timeType], t.bool, (tm, o) => subTimes(tm, unwrap(o)) < 0n)],
  ['After', m([timeType], t.bool, (tm, o) => subTimes(tm, unwrap(o)) > 0n)],
  ['Equal', m([timeType], t.bool, (tm, o) => subTimes(tm, unwrap(o)) === 0n)],
  ['Compare', m([timeType], t.int, (tm, o) => sign(subTimes(tm, unwrap(o))))],
  ['Sub', m([timeType], durationType, (tm, o) => duration(subTimes(tm, unwrap(o))))],
  ['Add', m([durationType], timeType, (tm, d) => goTime(addDuration(tm, nanos(d))))],
  ['Truncate', m([durationType], timeType, (tm, d) => goTime(roundTime(tm, nanos(d), false)))],
  ['Round', m([durationType], timeType, (tm, d) => goTime(roundTime(tm, nanos(d), true)))],
  ['IsDST', m([], t.bool, (tm) => tm.loc.lookup(tm.sec).isDst)],
  ['Date', multi([t.int, monthType, t.int])],
  ['Clock', multi([t.int, t.int, t.int])],
  ['ISOWeek', multi([t.int, t.int])],
  ['Zone', multi([t.string, t.int])],
  ['ZoneBounds', multi([timeType, timeType])],
  [
    'AddDate',
    m([t.int, t.int, t.int], timeType, (tm, y, mo, d) => {
      const c = civil(tm);
      const n = (v: GoValue): number => Number((v as GoInt).value);
      const next = dateIn(
        c.year + n(y),
        c.month + n(mo),
        c.day + n(d),
        c.hour,
        c.minute,
        c.second,
        c.nsec,
        tm.loc,
      );
      return goTime(tm.mono !== undefined ? { ...next, mono: tm.mono + subTimes(next, tm) } : next);
    }),
  ],
];
for (const [name, method] of timeMethods) methods.set(name, method);

/** A Go time.Time value. */
export function goTime(tm: Time): GoStruct {
  const s = new GoStruct(timeType, new Map());
  timeOf.set(s, tm);
  return s;
}
