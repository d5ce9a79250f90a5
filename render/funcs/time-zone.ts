// Go's time.Location as Helm's templates meet it: UTC, Local (from $TZ or /etc/localtime, as Go's
// initLocal reads them), named zones from the system's TZif files (LoadLocation), and fixed zones
// that parsing makes. Within a TZif file's transitions we use its own offsets and abbreviations
// (what Go prints for MST); past the last one Go applies the footer's POSIX rule, for which we ask
// Intl for the offset and take the name from the footer. Pinned by dates.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One of a zone's local time types: its UTC offset in seconds, abbreviation and DST flag. */
export interface ZoneType {
  readonly offset: number;
  readonly name: string;
  readonly isDst: boolean;
}

/** A Go *time.Location. */
export interface Location {
  /** What Location.String returns: "UTC", "Local", "Europe/Berlin", or a fixed zone's name. */
  readonly name: string;
  /** The zone in effect at a Unix second. */
  lookup(unix: number): ZoneType;
}

/** time.UTC. */
export const utc: Location = {
  name: 'UTC',
  lookup: () => ({ offset: 0, name: 'UTC', isDst: false }),
};

/** time.FixedZone: always the same offset and name. */
export function fixedZone(name: string, offset: number): Location {
  const type = { offset, name, isDst: false };
  return { name, lookup: () => type };
}

const zoneDirs = [
  '/usr/share/zoneinfo/',
  '/usr/share/lib/zoneinfo/',
  '/usr/lib/locale/TZ/',
  '/etc/zoneinfo/',
];

interface TzData {
  readonly times: readonly number[];
  readonly indexes: readonly number[];
  readonly types: readonly ZoneType[];
  readonly footer: string;
}

// The TZif format (RFC 8536): for version 2+ files the second, 64-bit block is the one to read.
function readTzif(b: Buffer): TzData | undefined {
  if (b.length < 44 || b.toString('latin1', 0, 4) !== 'TZif') return undefined;
  const counts = (at: number): number[] =>
    [0, 1, 2, 3, 4, 5].map((i) => b.readUInt32BE(at + 20 + 4 * i));
  let at = 0;
  let width = 4;
  if (b[4]! >= 0x32) {
    const [isut, isstd, leap, time, type, char] = counts(0) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    at = 44 + time * 5 + type * 6 + char + leap * 8 + isstd + isut;
    width = 8;
  }
  const [isut, isstd, leap, time, type, char] = counts(at) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  let p = at + 44;
  const times: number[] = [];
  for (let i = 0; i < time; i++, p += width) {
    times.push(width === 8 ? Number(b.readBigInt64BE(p)) : b.readInt32BE(p));
  }
  const indexes = [...b.subarray(p, p + time)];
  p += time;
  const raw: [number, boolean, number][] = [];
  for (let i = 0; i < type; i++, p += 6) raw.push([b.readInt32BE(p), b[p + 4] !== 0, b[p + 5]!]);
  const chars = b.toString('latin1', p, p + char);
  p += char + leap * (width + 4) + isstd + isut;
  const types = raw.map(([offset, isDst, idx]) => ({
    offset,
    isDst,
    name: chars.slice(idx, chars.indexOf('\0', idx) < 0 ? undefined : chars.indexOf('\0', idx)),
  }));
  const footer = width === 8 ? (b.toString('latin1', p).split('\n')[1] ?? '') : '';
  return { times, indexes, types, footer };
}

// Go's lookupFirstZone: the type for instants before the first transition.
function firstType(d: TzData): ZoneType {
  if (!d.indexes.includes(0)) return d.types[0]!;
  if (d.indexes.length > 0 && d.types[d.indexes[0]!]!.isDst) {
    for (let i = d.indexes[0]! - 1; i >= 0; i--) if (!d.types[i]!.isDst) return d.types[i]!;
  }
  return d.types.find((t) => !t.isDst) ?? d.types[0]!;
}

// The footer's abbreviations (`CET-1CEST,…`, `<+03>-3`) and standard offset.
function footerNames(footer: string): { std: string; dst: string; stdOffset: number } | undefined {
  const m = /^(<[^>]*>|[A-Za-z]+)([+-]?\d+(?::\d+){0,2})(<[^>]*>|[A-Za-z]+)?/.exec(footer);
  if (m === null) return undefined;
  const [h = 0, mi = 0, s = 0] = m[2]!.replace(/^[+-]/, '').split(':').map(Number);
  const sign = m[2]!.startsWith('-') ? 1 : -1; // POSIX offsets count west of UTC
  const strip = (n: string | undefined): string => (n ?? '').replace(/^<|>$/g, '');
  return { std: strip(m[1]), dst: strip(m[3]), stdOffset: sign * (h * 3600 + mi * 60 + s) };
}

function intlOffset(zone: string, unix: number): number | undefined {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(unix * 1000))
      .find((p) => p.type === 'timeZoneName')?.value;
    const m = /GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?/.exec(parts ?? '');
    if (m === null) return undefined;
    if (m[1] === undefined) return 0;
    const secs = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
    return m[1] === '-' ? -secs : secs;
  } catch {
    return undefined;
  }
}

function tzLocation(name: string, d: TzData, intlName: string): Location {
  const first = firstType(d);
  const rule = footerNames(d.footer);
  return {
    name,
    lookup(unix) {
      if (d.times.length === 0 || unix < d.times[0]!)
        return d.times.length === 0 && rule ? ruleType(unix) : first;
      if (unix >= d.times[d.times.length - 1]! && rule !== undefined && d.footer !== '')
        return ruleType(unix);
      let lo = 0;
      let hi = d.times.length;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (unix < d.times[mid]!) hi = mid;
        else lo = mid;
      }
      return d.types[d.indexes[lo]!]!;
    },
  };
  function ruleType(unix: number): ZoneType {
    const offset = intlOffset(intlName, unix) ?? rule!.stdOffset;
    const isDst = offset !== rule!.stdOffset && rule!.dst !== '';
    return { offset, isDst, name: isDst ? rule!.dst : rule!.std };
  }
}

const loaded = new Map<string, Location | undefined>();

/** time.LoadLocation: "" and "UTC" are UTC, "Local" is Local, else a TZif file; undefined if none. */
export function loadLocation(name: string): Location | undefined {
  if (name === '' || name === 'UTC') return utc;
  if (name === 'Local') return local();
  // Go refuses names that could leave the zoneinfo directory.
  if (name.startsWith('/') || name.includes('..') || name.includes('\\')) return undefined;
  if (!loaded.has(name)) loaded.set(name, fromFiles(name, name));
  return loaded.get(name);
}

function fromFiles(name: string, file: string): Location | undefined {
  const dirs =
    process.env['ZONEINFO'] !== undefined ? [process.env['ZONEINFO'], ...zoneDirs] : zoneDirs;
  for (const dir of dirs) {
    const path = file.startsWith('/') ? file : join(dir, file);
    if (!existsSync(path)) continue;
    const d = readTzif(readFileSync(path));
    if (d !== undefined) return tzLocation(name, d, file.startsWith('/') ? 'UTC' : file);
  }
  return undefined;
}

let localZone: Location | undefined;

/** time.Local as Go's initLocal finds it: $TZ ("" is UTC), else /etc/localtime, else UTC. */
export function local(): Location {
  if (localZone !== undefined) return localZone;
  const tz = process.env['TZ'];
  let found: Location | undefined;
  if (tz === undefined) found = fromFiles('Local', '/etc/localtime');
  else if (tz !== '' && tz !== 'UTC') {
    const name = tz.startsWith(':') ? tz.slice(1) : tz;
    found = fromFiles('Local', name);
  }
  const utcLocal = { name: 'Local', lookup: utc.lookup };
  localZone = found ?? utcLocal;
  return localZone;
}
