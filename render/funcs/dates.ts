// Sprig's date functions (date.go) and their aliases in its function map: now (time.Now, the one
// non-deterministic function, with a monotonic reading), date / dateInZone / htmlDate… (Go layouts
// in a zone; a zone LoadLocation cannot find falls back to UTC, and anything but a time.Time, int,
// int32 or int64 is read as now), dateModify (ParseDuration; on error the date unchanged, or the
// error from mustDateModify), toDate / mustToDate (ParseInLocation in Local; toDate's failures
// are the zero time), duration (seconds; only a string or int64 counts), durationRound (its
// coarsest unit; only a string, int64 or time.Time counts), ago and unixEpoch.
// Pinned by test/render/funcs/dates.test.ts and the dates golden chart.
import { GoInt, type GoValue } from '../go/index.js';
import { alias, def, fail, funcMap, t, type FuncMap } from './func.js';
import { DurationError, formatDuration, parseDuration, roundDuration } from './duration.js';
import { parseInt64 } from './strconv.js';
import { formatCivil } from './time-layout.js';
import { TimeParseError, parseTime } from './time-parse.js';
import {
  addDuration,
  civil,
  goTime,
  subTimes,
  timeIn,
  timeType,
  zeroTime,
  type Time,
} from './time-value.js';
import { loadLocation, local, utc } from './time-zone.js';

/** time.Now in Local, with a monotonic reading counted from the process's start. */
export function now(): Time {
  const ms = performance.now();
  const wallNs = BigInt(Math.round((performance.timeOrigin + ms) * 1e6));
  const sec = wallNs / 1_000_000_000n;
  return {
    sec: Number(sec),
    nsec: Number(wallNs - sec * 1_000_000_000n),
    loc: local(),
    mono: BigInt(Math.round(ms * 1e6)),
  };
}

const unix = (n: bigint): Time => ({ sec: Number(n), nsec: 0, loc: local() });

// Go's type switch `case int64:` (or int, int32): a time.Duration or time.Month is no int64.
const isInt = (v: GoValue, types: readonly string[]): v is GoInt =>
  v instanceof GoInt && v.named === undefined && types.includes(v.type);

// The time a date function reads from its interface{} argument.
function timeArg(v: GoValue, ints: readonly string[]): Time {
  const tm = timeIn(v);
  if (tm !== undefined) return tm;
  if (isInt(v, ints)) return unix(v.value);
  return now();
}

function dateInZone(layout: string, date: GoValue, zone: string): string {
  const tm = timeArg(date, ['int64', 'int', 'int32']);
  const loc = loadLocation(zone) ?? utc;
  return formatCivil(layout, civil({ sec: tm.sec, nsec: tm.nsec, loc }));
}

const day = 86_400_000_000_000n;
const roundUnits: readonly [bigint, string][] = [
  [day * 365n, 'y'],
  [day * 30n, 'mo'],
  [day, 'd'],
  [3_600_000_000_000n, 'h'],
  [60_000_000_000n, 'm'],
  [1_000_000_000n, 's'],
];

function durationRound(v: GoValue): string {
  let d = 0n;
  const tm = timeIn(v);
  if (typeof v === 'string') {
    try {
      d = parseDuration(v);
    } catch (e) {
      if (!(e instanceof DurationError)) throw e;
    }
  } else if (isInt(v, ['int64'])) d = v.value;
  else if (tm !== undefined) d = subTimes(now(), tm);
  const u = BigInt.asUintN(64, d < 0n ? -d : d);
  for (const [size, unit] of roundUnits) if (u > size) return `${u / size}${unit}`;
  return '0s';
}

function duration(v: GoValue): string {
  let n = 0n;
  if (typeof v === 'string') {
    const parsed = parseInt64(v, 10);
    n = typeof parsed === 'bigint' ? parsed : 0n;
  } else if (isInt(v, ['int64'])) n = v.value;
  return formatDuration(BigInt.asIntN(64, n * 1_000_000_000n));
}

function modify(spec: string, date: GoValue, must: boolean): GoValue {
  try {
    return goTime(addDuration(timeIn(date)!, parseDuration(spec)));
  } catch (e) {
    if (!(e instanceof DurationError)) throw e;
    return must ? fail(e.message) : date;
  }
}

function toDate(layout: string, value: string, must: boolean): GoValue {
  try {
    return goTime(parseTime(layout, value, local()));
  } catch (e) {
    if (!(e instanceof TimeParseError)) throw e;
    return must ? fail(e.message) : goTime(zeroTime);
  }
}

/** The date family. */
export function dateFuncs(): FuncMap {
  const { any, string: s } = t;
  const inZone = def('dateInZone', [s, any, s], s, (l, d, z) =>
    dateInZone(l as string, d, z as string),
  );
  const dateModify = def('dateModify', [s, timeType], timeType, (f, d) =>
    modify(f as string, d, false),
  );
  const mustDateModify = def(
    'mustDateModify',
    [s, timeType],
    timeType,
    (f, d) => modify(f as string, d, true),
    {
      returnsError: true,
    },
  );
  return funcMap([
    def('now', [], timeType, () => goTime(now())),
    def('date', [s, any], s, (l, d) => dateInZone(l as string, d, 'Local')),
    inZone,
    alias('date_in_zone', inZone),
    def('htmlDate', [any], s, (d) => dateInZone('2006-01-02', d, 'Local')),
    def('htmlDateInZone', [any, s], s, (d, z) => dateInZone('2006-01-02', d, z as string)),
    dateModify,
    alias('date_modify', dateModify),
    mustDateModify,
    alias('must_date_modify', mustDateModify),
    def('toDate', [s, s], timeType, (l, v) => toDate(l as string, v as string, false)),
    def('mustToDate', [s, s], timeType, (l, v) => toDate(l as string, v as string, true), {
      returnsError: true,
    }),
    def('unixEpoch', [timeType], s, (d) => String(timeIn(d)!.sec)),
    def('duration', [any], s, duration),
    def('durationRound', [any], s, durationRound),
    def('ago', [any], s, (d) =>
      formatDuration(roundDuration(subTimes(now(), timeArg(d, ['int64', 'int'])), 1_000_000_000n)),
    ),
  ]);
}
