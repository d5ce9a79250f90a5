// Go's named integer types of package time that time.Time's methods take and return: Month and
// Weekday (int, printed by their String methods as `March`, `Tuesday`) and Duration (int64
// nanoseconds, printed as `24h0m0s`, with its own methods: Hours, Round, …). They are GoInts
// carrying their NamedType, so fmt's %v and Sprig's toString call String while %d, eq/lt, toJson
// and toYaml see the integer, and Sprig's type switches (duration, ago) do not take them for an
// int or int64. Pinned by test/render/funcs/time-units.test.ts.
import { GoInt, type GoMethod, type GoValue, type NamedType } from '../go/index.js';
import { t } from './func.js';
import { formatDuration, roundDuration } from './duration.js';
import { months, weekdays } from './time-layout.js';

const value = (v: GoValue): bigint => (v as GoInt).value;

// A method without parameters.
const getter = (
  result: GoMethod['signature']['result'],
  impl: (n: bigint) => GoValue,
): GoMethod => ({
  signature: { params: [], result, returnsError: false },
  impl: (r) => impl(value(r)),
});

// Month.String and Weekday.String: the name, or Go's `%!Month(13)` when out of range.
const namer = (type: string, names: readonly string[], first: number): GoMethod =>
  getter(t.string, (n) => names[Number(n) - first] ?? `%!${type}(${n})`);

/** Go's `time.Month` (January = 1). */
export const monthType: NamedType = {
  kind: 'named',
  name: 'time.Month',
  underlying: t.int,
  methods: new Map([['String', namer('Month', months, 1)]]),
};

/** Go's `time.Weekday` (Sunday = 0). */
export const weekdayType: NamedType = {
  kind: 'named',
  name: 'time.Weekday',
  underlying: t.int,
  methods: new Map([['String', namer('Weekday', weekdays, 0)]]),
};

const durationMethods = new Map<string, GoMethod>();

/** Go's `time.Duration`: int64 nanoseconds. */
export const durationType: NamedType = {
  kind: 'named',
  name: 'time.Duration',
  underlying: t.int64,
  methods: durationMethods,
};

/** A time.Month value. */
export function month(n: number): GoInt {
  return new GoInt(BigInt(n), 'int', monthType);
}

/** A time.Weekday value. */
export function weekday(n: number): GoInt {
  return new GoInt(BigInt(n), 'int', weekdayType);
}

/** A time.Duration value of `ns` nanoseconds (wrapped to int64). */
export function duration(ns: bigint): GoInt {
  return new GoInt(BigInt.asIntN(64, ns), 'int64', durationType);
}

const second = 1_000_000_000n;
const minDuration = -(1n << 63n);
const maxDuration = (1n << 63n) - 1n;
const int64 = (n: bigint): GoInt => new GoInt(n, 'int64');
// Duration.Hours and friends: whole units plus the remainder as a fraction, through float64.
const inUnits = (unit: bigint) =>
  getter(t.float64, (d) => Number(d / unit) + Number(d % unit) / Number(unit));
const byDuration = (impl: (d: bigint, m: bigint) => bigint): GoMethod => ({
  signature: { params: [durationType], result: durationType, returnsError: false },
  impl: (r, m) => duration(impl(value(r), value(m!))),
});

const entries: [string, GoMethod][] = [
  ['String', getter(t.string, formatDuration)],
  ['Nanoseconds', getter(t.int64, int64)],
  ['Microseconds', getter(t.int64, (d) => int64(d / 1000n))],
  ['Milliseconds', getter(t.int64, (d) => int64(d / 1_000_000n))],
  ['Seconds', inUnits(second)],
  ['Minutes', inUnits(60n * second)],
  ['Hours', inUnits(3600n * second)],
  ['Truncate', byDuration((d, m) => (m <= 0n ? d : d - (d % m)))],
  ['Round', byDuration((d, m) => (m <= 0n ? d : roundDuration(d, m)))],
  [
    'Abs',
    getter(durationType, (d) => duration(d >= 0n ? d : d === minDuration ? maxDuration : -d)),
  ],
];
for (const [name, method] of entries) durationMethods.set(name, method);
