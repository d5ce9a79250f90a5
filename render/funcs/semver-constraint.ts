// Masterminds/semver v3's constraints as Sprig's semverCompare checks them (NewConstraint, then
// Constraints.Check). The two Helm majors differ here: Helm 3.17 links semver 3.3.0, where a
// prerelease version can satisfy only a constraint that itself names a prerelease; Helm 4 links
// 3.4.0, where one constraint naming a prerelease opens its whole AND group to prereleases
// (`>=1.0.0-0 <2.0.0` matches `1.5.0-rc.1` in Helm 4, not in Helm 3). Only Check's boolean
// reaches templates; the per-constraint error texts are never seen. Pinned by semver.test.ts.
import { fail } from './func.js';
import {
  compareVersions,
  comparePrerelease,
  parseVersion,
  type Version,
} from './semver-version.js';

interface Constraint {
  readonly con: Version;
  readonly op: string;
  readonly dirty: boolean;
  readonly minorDirty: boolean;
  readonly patchDirty: boolean;
}

// Go's RE2 `\s` is ASCII whitespace only, unlike JavaScript's.
const ws = '[\\t\\n\\f\\r ]';
const cv =
  'v?([0-9|xX*]+)(\\.[0-9|xX*]+)?(\\.[0-9|xX*]+)?(-([0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*))?(\\+([0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*))?';
const ops = '=||!=|>|<|>=|=>|<=|=<|~|~>|\\^';
const constraintRe = new RegExp(`^${ws}*(${ops})${ws}*(${cv})${ws}*$`);
const rangeRe = new RegExp(`${ws}*(${cv})${ws}+-${ws}+(${cv})${ws}*`, 'g');
const findRe = new RegExp(`(${ops})${ws}*(${cv})`, 'g');
const validRe = new RegExp(
  `^(${ws}*(${ops})${ws}*(${cv})${ws}*)((?:${ws}+|,${ws}*)(${ops})${ws}*(${cv})${ws}*)*$`,
);

const isX = (s: string): boolean => s === 'x' || s === '*' || s === 'X';

// rewriteRange: `1 - 2` becomes `>= 1, <= 2 `, each match replaced at its first occurrence.
function rewriteRange(c: string): string {
  let out = c;
  for (const m of c.matchAll(rangeRe)) out = out.replace(m[0], `>= ${m[1]!}, <= ${m[11]!} `);
  return out;
}

function parseConstraint(c: string): Constraint {
  const m = constraintRe.exec(c);
  if (m === null) return fail(`improper constraint: ${c}`);
  const [major, minor, patch, pre] = [m[3] ?? '', m[4] ?? '', m[5] ?? '', m[6] ?? ''];
  let ver = m[2]!;
  let dirty = true;
  let minorDirty = false;
  let patchDirty = false;
  if (isX(major) || major === '') ver = `0.0.0${pre}`;
  else if (isX(minor.slice(1)) || minor === '') {
    minorDirty = true;
    ver = `${major}.0.0${pre}`;
  } else if (isX(patch.slice(1)) || patch === '') {
    patchDirty = true;
    ver = `${major}${minor}.0${pre}`;
  } else dirty = false;
  let con: Version;
  try {
    con = parseVersion(ver, 4);
  } catch {
    return fail('constraint parser error');
  }
  return { con, op: m[1]!, dirty, minorDirty, patchDirty };
}

// The constraint functions: whether `v` satisfies `c`, prereleases already admitted.
function satisfies(v: Version, c: Constraint): boolean {
  const cmp = compareVersions(v, c.con);
  switch (c.op) {
    case '!=':
      return notEqual(v, c);
    case '>':
      if (!c.dirty || v.major !== c.con.major) return c.dirty ? v.major > c.con.major : cmp > 0;
      if (c.minorDirty) return false;
      if (c.patchDirty) return v.minor > c.con.minor;
      return cmp > 0;
    case '<':
      return cmp < 0;
    case '>=':
    case '=>':
      return cmp >= 0;
    case '<=':
    case '=<':
      if (!c.dirty) return cmp <= 0;
      if (v.major > c.con.major) return false;
      return !(v.major === c.con.major && v.minor > c.con.minor && !c.minorDirty);
    case '~':
    case '~>':
      return tilde(v, c, cmp);
    case '^':
      return caret(v, c, cmp);
    default:
      return c.dirty ? tilde(v, c, cmp) : cmp === 0;
  }
}

function notEqual(v: Version, c: Constraint): boolean {
  if (c.dirty) {
    if (c.con.major !== v.major) return true;
    if (c.con.minor !== v.minor && !c.minorDirty) return true;
    if (c.minorDirty) return false;
    if (c.con.patch !== v.patch && !c.patchDirty) return true;
    if (c.patchDirty) {
      if (v.pre === '' && c.con.pre === '') return false;
      return comparePrerelease(v.pre, c.con.pre) !== 0;
    }
  }
  return compareVersions(v, c.con) !== 0;
}

function tilde(v: Version, c: Constraint, cmp: number): boolean {
  if (cmp < 0) return false;
  const zero = c.con.major === 0n && c.con.minor === 0n && c.con.patch === 0n;
  if (zero && !c.minorDirty && !c.patchDirty) return true;
  if (v.major !== c.con.major) return false;
  return v.minor === c.con.minor || c.minorDirty;
}

function caret(v: Version, c: Constraint, cmp: number): boolean {
  if (cmp < 0) return false;
  if (c.con.major > 0n || c.minorDirty) return v.major === c.con.major;
  if (v.major > 0n) return false;
  if (c.con.minor > 0n || c.patchDirty) return v.minor === c.con.minor;
  if (v.minor > 0n) return false;
  return c.con.patch === v.patch;
}

/** Parsed constraints: OR groups of AND-ed constraints. */
export type Constraints = readonly (readonly Constraint[])[];

/** semver.NewConstraint: throws Go's error text for a malformed constraint. */
export function parseConstraints(text: string): Constraints {
  return rewriteRange(text)
    .split('||')
    .map((group) => {
      if (!validRe.test(group)) fail(`improper constraint: ${group}`);
      const found = [...group.matchAll(findRe)].map((m) => m[0]);
      return (found.length === 0 ? [group] : found).map(parseConstraint);
    });
}

/** Constraints.Check as semver 3.3.0 (Helm 3) or 3.4.0 (Helm 4) does it. */
export function checkConstraints(cs: Constraints, v: Version, major: 3 | 4): boolean {
  return cs.some((group) => {
    const groupPre = group.some((c) => c.con.pre !== '');
    return group.every((c) => {
      // 3.3.0's constraintNotEqual asks about prereleases only for a wildcard constraint.
      const asks = major === 4 || c.op !== '!=' || c.dirty;
      const admitted = major === 4 ? groupPre : c.con.pre !== '';
      if (v.pre !== '' && asks && !admitted) return false;
      return satisfies(v, c);
    });
  });
}
