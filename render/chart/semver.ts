// Semantic versions and constraints as Helm checks them (Masterminds/semver v3: NewVersion,
// NewConstraint, Check), for chart versions, dependency version ranges and kubeVersion.
// Loose parsing (`v` prefix, `1` and `1.2`), `||` alternatives, `,`/space conjunctions,
// =, !=, >, <, >=, <=, ~, ~>, ^, x/X/* wildcards and hyphen ranges; a prerelease version
// satisfies only constraints that name a prerelease themselves.

/** A parsed version. */
export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly pre: string;
}

const versionPattern =
  /^v?([0-9]+)(?:\.([0-9]+))?(?:\.([0-9]+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/** Masterminds' NewVersion (loose); undefined when the text is not a version. */
export function parseVersion(text: string): Version | undefined {
  const m = versionPattern.exec(text);
  if (m === null) return undefined;
  return {
    major: Number(m[1]),
    minor: Number(m[2] ?? 0),
    patch: Number(m[3] ?? 0),
    pre: m[4] ?? '',
  };
}

/** Semver precedence: negative, zero or positive. */
export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch || comparePre(a.pre, b.pre);
}

function comparePre(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const nx = /^[0-9]+$/.test(x);
    const ny = /^[0-9]+$/.test(y);
    if (nx && ny) return Number(x) - Number(y);
    if (nx) return -1;
    if (ny) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

// One comparison: the operator and a version whose omitted or wildcard parts are marked.
interface Term {
  readonly op: string;
  readonly v: Version;
  /** How many leading parts were given (1 to 3); wildcards and omissions end it. */
  readonly given: number;
}

const termPattern =
  /^\s*(=>|=<|!=|>=|<=|~>|[=<>~^])?\s*v?((?:[0-9]+|[xX*])(?:\.(?:[0-9]+|[xX*]))?(?:\.(?:[0-9]+|[xX*]))?(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\s*$/;

function parseTerm(text: string): Term | undefined {
  const m = termPattern.exec(text);
  if (m === null) return undefined;
  const [core, pre = ''] = m[2]!.replace(/\+.*$/, '').split(/-(.*)/s);
  const parts = core!.split('.');
  let given = 0;
  const nums: number[] = [];
  for (const p of parts) {
    if (/^[xX*]$/.test(p)) break;
    nums.push(Number(p));
    given++;
  }
  const op = { '=>': '>=', '=<': '<=', '~>': '~' }[m[1] ?? ''] ?? m[1] ?? '';
  return { op, given, v: { major: nums[0] ?? 0, minor: nums[1] ?? 0, patch: nums[2] ?? 0, pre } };
}

// The half-open range [lo, hi) a wildcard or partial version stands for.
function upper(t: Term): Version {
  const { major, minor } = t.v;
  if (t.given <= 1) return { major: major + 1, minor: 0, patch: 0, pre: '' };
  if (t.given === 2) return { major, minor: minor + 1, patch: 0, pre: '' };
  return { ...t.v, patch: t.v.patch + 1, pre: '' };
}

function check(t: Term, v: Version): boolean {
  if (v.pre !== '' && t.v.pre === '') return false;
  const c = compareVersions(v, t.v);
  const wild = t.given < 3;
  switch (t.op) {
    case '':
    case '=':
      return wild ? c >= 0 && compareVersions(v, upper(t)) < 0 : c === 0;
    case '!=':
      return wild ? !(c >= 0 && compareVersions(v, upper(t)) < 0) : c !== 0;
    case '>':
      return wild ? compareVersions(v, upper(t)) >= 0 : c > 0;
    case '>=':
      return c >= 0;
    case '<':
      return c < 0;
    case '<=':
      return wild ? compareVersions(v, upper(t)) < 0 : c <= 0;
    case '~': {
      const hi =
        t.given <= 1
          ? { major: t.v.major + 1, minor: 0, patch: 0, pre: '' }
          : { major: t.v.major, minor: t.v.minor + 1, patch: 0, pre: '' };
      return c >= 0 && compareVersions(v, hi) < 0;
    }
    case '^': {
      const { major, minor, patch } = t.v;
      const hi =
        major > 0 || t.given === 1
          ? { major: major + 1, minor: 0, patch: 0, pre: '' }
          : minor > 0 || t.given === 2
            ? { major, minor: minor + 1, patch: 0, pre: '' }
            : { major, minor, patch: patch + 1, pre: '' };
      return c >= 0 && compareVersions(v, hi) < 0;
    }
  }
  return false;
}

/** A parsed constraint: alternatives (`||`) of conjunctions. */
export type Constraint = readonly (readonly Term[])[];

/** Masterminds' NewConstraint; undefined when the text is not a constraint. */
export function parseConstraint(text: string): Constraint | undefined {
  const out: Term[][] = [];
  for (const alt of text.split('||')) {
    const terms: Term[] = [];
    // Hyphen ranges first: `1.2 - 1.4` is `>= 1.2, <= 1.4`.
    const words = alt
      .replace(/(\S+)\s+-\s+(\S+)/g, '>=$1,<=$2')
      .replace(/([=<>~^!])\s+/g, '$1')
      .split(/[\s,]+/)
      .filter((w) => w !== '');
    if (words.length === 0) return undefined;
    for (const w of words) {
      const t = parseTerm(w);
      if (t === undefined) return undefined;
      terms.push(t);
    }
    out.push(terms);
  }
  return out;
}

/** Helm's IsCompatibleRange: whether `version` satisfies `constraint` (false when either is invalid). */
export function isCompatibleRange(constraint: string, version: string): boolean {
  const c = parseConstraint(constraint);
  const v = parseVersion(version);
  if (c === undefined || v === undefined) return false;
  return c.some((terms) => terms.every((t) => check(t, v)));
}
