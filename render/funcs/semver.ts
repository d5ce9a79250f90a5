// Sprig's semantic version functions (semver.go): `semver` parses with Masterminds/semver v3's
// NewVersion into a *semver.Version, `semverCompare CONSTRAINT VERSION` checks a version against
// a constraint, with the prerelease rules of the semver release the selected Helm major links
// (semver-constraint.ts). Pinned by test/render/funcs/semver.test.ts and the semver golden chart.
import { def, funcMap, t, type FuncMap } from './func.js';
import { checkConstraints, parseConstraints } from './semver-constraint.js';
import { goVersion, parseVersion, versionType } from './semver-version.js';

/** The semver family of Helm `major`. */
export function semverFuncs(major: 3 | 4): FuncMap {
  const s = t.string;
  return funcMap([
    def(
      'semver',
      [s],
      { kind: 'pointer', elem: versionType },
      (v) => goVersion(parseVersion(v as string, major)),
      {
        returnsError: true,
      },
    ),
    // Sprig parses the constraint first, so a bad constraint's error wins over a bad version's.
    def(
      'semverCompare',
      [s, s],
      t.bool,
      (c, v) => {
        const constraints = parseConstraints(c as string);
        return checkConstraints(constraints, parseVersion(v as string, major), major);
      },
      { returnsError: true },
    ),
  ]);
}
