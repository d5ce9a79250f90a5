// Masterminds/semver v3's Version as Sprig's `semver` returns it: NewVersion's coercing parser
// (the same in 3.3.0 and 3.4.0, except the case of one error message), Compare's precedence
// rules, and the *semver.Version value templates see, with its methods. The struct's fields are
// unexported in Go, so templates reach the parts only through methods; `%v` prints String().
// Pinned by test/render/funcs/semver.test.ts.
import { GoInt, GoStruct, type GoMethod, type GoValue, type NamedType } from '../go/index.js';
import { fail, t } from './func.js';

/** A parsed semantic version (the fields of Go's semver.Version). */
export interface Version {
  readonly major: bigint;
  readonly minor: bigint;
  readonly patch: bigint;
  readonly pre: string;
  readonly metadata: string;
  readonly original: string;
  /** The Helm major whose semver release made it, which picks the error texts of its methods. */
  readonly helm: 3 | 4;
}

// looseSemVerRegex of 3.4.0, which is 3.3.0's semVerRegex: what NewVersion accepts when coercing.
const loose =
  /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;

const uint64Max = (1n << 64n) - 1n;

// semver 3.4.0 lower-cased the error texts of 3.3.0 (Helm 3).
const errorText = {
  invalid: ['Invalid Semantic Version', 'invalid semantic version'],
  zero: ['Version segment starts with 0', 'version segment starts with 0'],
  pre: ['Invalid Prerelease string', 'invalid prerelease string'],
  metadata: ['Invalid Metadata string', 'invalid metadata string'],
} as const;
const err = (key: keyof typeof errorText, major: 3 | 4): never => fail(errorText[key][major - 3]!);

function segment(digits: string | undefined, major: 3 | 4): bigint {
  if (digits === undefined || digits === '') return 0n;
  const text = digits.replace(/^\./, '');
  const n = BigInt(text);
  if (n > uint64Max) {
    const prefix = major === 3 ? 'Error' : 'error';
    fail(
      `${prefix} parsing version segment: strconv.ParseUint: parsing "${text}": value out of range`,
    );
  }
  return n;
}

const onlyDigits = /^[0-9]*$/;
const allowed = /^[0-9A-Za-z-]*$/;

/** semver.NewVersion with CoerceNewVersion (the default): throws Go's error text. */
export function parseVersion(v: string, major: 3 | 4): Version {
  const m = loose.exec(v);
  if (m === null) return err('invalid', major);
  const pre = m[5] ?? '';
  const metadata = m[8] ?? '';
  const version = {
    major: segment(m[1], major),
    minor: segment(m[2], major),
    patch: segment(m[3], major),
    pre,
    metadata,
    original: v,
    helm: major,
  };
  if (pre !== '') validatePrerelease(pre, major);
  return version;
}

// validatePrerelease; an empty identifier is an error only in 3.4.0 (the parser never makes one).
function validatePrerelease(pre: string, major: 3 | 4): void {
  for (const part of pre.split('.')) {
    if (part === '' && major === 4) err('pre', major);
    if (onlyDigits.test(part)) {
      if (part.length > 1 && part[0] === '0') err('zero', major);
    } else if (!allowed.test(part)) err('pre', major);
  }
}

/** Version.String: the parts without the original's `v`. */
export function versionString(v: Version): string {
  let s = `${v.major}.${v.minor}.${v.patch}`;
  if (v.pre !== '') s += `-${v.pre}`;
  if (v.metadata !== '') s += `+${v.metadata}`;
  return s;
}

const cmp = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);

// comparePrePart: numeric identifiers by value and below alphanumeric ones, which compare as bytes.
function comparePrePart(s: string, o: string): number {
  if (s === o) return 0;
  if (s === '') return -1;
  if (o === '') return 1;
  const sNum = /^[0-9]+$/.test(s) && BigInt(s) <= uint64Max;
  const oNum = /^[0-9]+$/.test(o) && BigInt(o) <= uint64Max;
  if (!sNum && !oNum) return s > o ? 1 : -1;
  if (!oNum) return -1;
  if (!sNum) return 1;
  return BigInt(s) > BigInt(o) ? 1 : -1;
}

/** semver's comparePrerelease: dot-separated identifiers, a missing one counting as "". */
export function comparePrerelease(a: string, b: string): number {
  const as = a.split('.');
  const bs = b.split('.');
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const d = comparePrePart(as[i] ?? '', bs[i] ?? '');
    if (d !== 0) return d;
  }
  return 0;
}

/** Version.Compare: -1, 0 or 1; metadata is ignored, a prerelease sorts before its release. */
export function compareVersions(v: Version, o: Version): number {
  const d = cmp(v.major, o.major) || cmp(v.minor, o.minor) || cmp(v.patch, o.patch);
  if (d !== 0) return d;
  if (v.pre === '' && o.pre === '') return 0;
  if (v.pre === '') return 1;
  if (o.pre === '') return -1;
  return comparePrerelease(v.pre, o.pre);
}

const versionOf = new WeakMap<GoStruct, Version>();

function unwrap(v: GoValue): Version {
  const found = v instanceof GoStruct ? versionOf.get(v) : undefined;
  return found ?? fail('runtime error: invalid memory address or nil pointer dereference');
}

const vPrefix = (v: Version): string => (v.original.startsWith('v') ? 'v' : '');

// IncPatch/IncMinor/IncMajor/Set…: a new Version whose original keeps the `v` prefix.
function derived(v: Version, parts: Partial<Version>): GoStruct {
  const next = { ...v, ...parts };
  return goVersion({ ...next, original: vPrefix(v) + versionString(next) }, false);
}

function setPart(v: Version, key: 'pre' | 'metadata', value: string): GoStruct {
  if (value !== '' && key === 'pre') validatePrerelease(value, v.helm);
  const badPart = (p: string): boolean => !allowed.test(p) || (p === '' && v.helm === 4);
  if (value !== '' && key === 'metadata' && value.split('.').some(badPart)) err('metadata', v.helm);
  return derived(v, { [key]: value });
}

const u64 = (n: bigint): GoInt => new GoInt(n, 'uint64');
const method = (
  params: GoMethod['signature']['params'],
  result: GoMethod['signature']['result'],
  impl: (v: Version, ...args: GoValue[]) => GoValue,
  options: { pointerReceiver?: boolean; returnsError?: boolean } = {},
): GoMethod => ({
  signature: { params, result, returnsError: options.returnsError ?? false },
  ...(options.pointerReceiver === true ? { pointerReceiver: true } : {}),
  impl: (r, ...args) => impl(unwrap(r), ...args),
});

const versionMethods = new Map<string, GoMethod>();

/** Go's `semver.Version`, whose methods templates call (`(semver "1.2.3").Major`). */
export const versionType: NamedType = {
  kind: 'named',
  name: 'semver.Version',
  underlying: { kind: 'struct' },
  methods: versionMethods,
};
const pointerType = { kind: 'pointer', elem: versionType } as const;

const compareWith =
  (test: (d: number) => boolean) =>
  (v: Version, o: GoValue): boolean =>
    test(compareVersions(v, unwrap(o)));

for (const [name, m] of [
  ['String', method([], t.string, versionString)],
  ['Original', method([], t.string, (v) => v.original, { pointerReceiver: true })],
  ['Major', method([], { kind: 'uint64' }, (v) => u64(v.major))],
  ['Minor', method([], { kind: 'uint64' }, (v) => u64(v.minor))],
  ['Patch', method([], { kind: 'uint64' }, (v) => u64(v.patch))],
  ['Prerelease', method([], t.string, (v) => v.pre)],
  ['Metadata', method([], t.string, (v) => v.metadata)],
  [
    'IncPatch',
    method([], versionType, (v) =>
      derived(
        v,
        v.pre !== '' ? { pre: '', metadata: '' } : { pre: '', metadata: '', patch: v.patch + 1n },
      ),
    ),
  ],
  [
    'IncMinor',
    method([], versionType, (v) =>
      derived(v, { pre: '', metadata: '', patch: 0n, minor: v.minor + 1n }),
    ),
  ],
  [
    'IncMajor',
    method([], versionType, (v) =>
      derived(v, { pre: '', metadata: '', patch: 0n, minor: 0n, major: v.major + 1n }),
    ),
  ],
  [
    'SetPrerelease',
    method([t.string], versionType, (v, p) => setPart(v, 'pre', p as string), {
      returnsError: true,
    }),
  ],
  [
    'SetMetadata',
    method([t.string], versionType, (v, p) => setPart(v, 'metadata', p as string), {
      returnsError: true,
    }),
  ],
  [
    'LessThan',
    method(
      [pointerType],
      t.bool,
      compareWith((d) => d < 0),
      { pointerReceiver: true },
    ),
  ],
  [
    'LessThanEqual',
    method(
      [pointerType],
      t.bool,
      compareWith((d) => d <= 0),
      { pointerReceiver: true },
    ),
  ],
  [
    'GreaterThan',
    method(
      [pointerType],
      t.bool,
      compareWith((d) => d > 0),
      { pointerReceiver: true },
    ),
  ],
  [
    'GreaterThanEqual',
    method(
      [pointerType],
      t.bool,
      compareWith((d) => d >= 0),
      { pointerReceiver: true },
    ),
  ],
  [
    'Equal',
    method(
      [pointerType],
      t.bool,
      compareWith((d) => d === 0),
      { pointerReceiver: true },
    ),
  ],
  [
    'Compare',
    method(
      [pointerType],
      t.int,
      (v, o) => new GoInt(BigInt(compareVersions(v, unwrap(o))), 'int'),
      { pointerReceiver: true },
    ),
  ],
  // As json-encode.ts calls it: the JSON text itself, which Go returns as bytes.
  [
    'MarshalJSON',
    method([], t.string, (v) => JSON.stringify(versionString(v)), { returnsError: true }),
  ],
] as const) {
  versionMethods.set(name, m);
}

// A Version that is not a pointer (IncPatch's result) has only the value-receiver methods in its
// method set, so `(semver "1.2.3").IncPatch.Original` fails in Go: "can't evaluate field Original".
const valueType: NamedType = {
  ...versionType,
  methods: new Map([...versionMethods].filter(([, m]) => m.pointerReceiver !== true)),
};

/** A Go semver.Version value (`pointer`: the *semver.Version that NewVersion returns). */
export function goVersion(v: Version, pointer = true): GoStruct {
  const s = new GoStruct(pointer ? versionType : valueType, new Map(), pointer);
  versionOf.set(s, v);
  return s;
}

/** The Version inside a semver GoStruct, or undefined for any other value. */
export function versionIn(v: GoValue): Version | undefined {
  return v instanceof GoStruct ? versionOf.get(v) : undefined;
}
