// semver and semverCompare, each checked against Helm 4 (semver 3.4.0) and Helm 3 (3.3.0); rows
// limited to one major pin where the two releases differ on prereleases in constraints.
import { describeTable } from './support/table.js';

describeTable('semver family', [
  {
    name: 'semver prints String()',
    expr: 'semver "v1.2.3-rc.1+build.5"',
    expected: '1.2.3-rc.1+build.5',
  },
  { name: 'semver coerces', expr: 'semver "1.2"', expected: '1.2.0' },
  { name: 'semver type', expr: 'typeOf (semver "1.2.3")', expected: '*semver.Version' },
  {
    name: 'semver methods',
    expr: 'list (semver "v2.3.4-a.1+m").Major (semver "v2.3.4").Minor (semver "2.3.4").Patch (semver "2.3.4-a.1+m").Prerelease (semver "2.3.4-a.1+m").Metadata (semver "v2.3").Original',
    expected: '[2 3 4 a.1 m v2.3]',
  },
  { name: 'Major is uint64', expr: 'typeOf (semver "1.2.3").Major', expected: 'uint64' },
  {
    name: 'IncPatch / IncMinor / IncMajor',
    expr: 'list ((semver "v1.2.3").IncPatch) ((semver "1.2.3-rc").IncPatch) ((semver "1.2.3").IncMinor) ((semver "v1.2.3").IncMajor.String)',
    expected: '[1.2.4 1.2.3 1.3.0 2.0.0]',
  },
  {
    name: 'comparisons',
    expr: '(semver "1.2.3").Compare (semver "1.2.3-rc.1") | list ((semver "1.0.0-alpha").LessThan (semver "1.0.0-alpha.1")) ((semver "1.0.0-beta.11").GreaterThan (semver "1.0.0-beta.2")) ((semver "1.0.0+a").Equal (semver "1.0.0+b"))',
    expected: '[true true true 1]',
  },
  { name: 'semver toYaml', expr: 'semver "v1.2.3" | toYaml', expected: '1.2.3' },
  { name: 'semver toJson', expr: 'semver "v1.2.3" | toJson', expected: '"1.2.3"' },
  { name: 'semverCompare >=', expr: 'semverCompare ">=1.21-0" "1.27.3"', expected: 'true' },
  {
    name: 'semverCompare eks',
    expr: 'semverCompare ">=1.21-0" "v1.27.3-eks-a5565ad"',
    expected: 'true',
  },
  {
    name: 'semverCompare plain vs prerelease',
    expr: 'semverCompare ">=1.21" "v1.27.3-eks-a5565ad"',
    expected: 'false',
  },
  { name: 'semverCompare <', expr: 'semverCompare "<1.19-0" "1.18.9"', expected: 'true' },
  {
    name: 'semverCompare ^ and ~',
    expr: 'list (semverCompare "^1.2.3" "1.9.0") (semverCompare "^0.2.3" "0.3.0") (semverCompare "~1.2.3" "1.2.9") (semverCompare "~1.2.3" "1.3.0") (semverCompare "^0.0.3" "0.0.3")',
    expected: '[true false true false true]',
  },
  {
    name: 'semverCompare wildcards',
    expr: 'list (semverCompare "1.2.x" "1.2.7") (semverCompare "1.x" "2.0.0") (semverCompare "*" "5.0.0") (semverCompare ">1.x" "2.0.0") (semverCompare "<=1.2.x" "1.2.9") (semverCompare "!=1.2.x" "1.3.0")',
    expected: '[true false true true true true]',
  },
  {
    name: 'semverCompare ranges and ORs',
    expr: 'list (semverCompare "1.1 - 1.5" "1.5.0") (semverCompare ">=1.0, <2.0 || >=3" "3.1.0") (semverCompare ">= 1.0 < 2" "2.0.0")',
    expected: '[true true false]',
  },
  {
    name: 'semverCompare prerelease in an AND group (Helm 4)',
    expr: 'semverCompare ">=1.0.0-0 <2.0.0" "1.5.0-rc.1"',
    expected: 'true',
    majors: [4],
  },
  {
    name: 'semverCompare prerelease in an AND group (Helm 3)',
    expr: 'semverCompare ">=1.0.0-0 <2.0.0" "1.5.0-rc.1"',
    expected: 'false',
    majors: [3],
  },
  {
    name: 'semverCompare !=, prerelease',
    expr: 'semverCompare "!=1.2.3" "1.2.4-rc"',
    expected: 'true',
    majors: [3],
  },
  {
    name: 'semverCompare !=, prerelease (4)',
    expr: 'semverCompare "!=1.2.3" "1.2.4-rc"',
    expected: 'false',
    majors: [4],
  },
  {
    name: 'semverCompare, comma AND',
    expr: 'semverCompare ">= 1.2.3, < 2" "v1.5"',
    expected: 'true',
  },
  {
    name: 'semverCompare ignores metadata',
    expr: 'semverCompare "=1.2.3+meta" "1.2.3"',
    expected: 'true',
  },
  {
    name: 'semverCompare, hyphen range with a partial end',
    expr: 'semverCompare "1.2.3 - 2" "2.9.9"',
    expected: 'true',
  },
  { name: 'semverCompare ^0.0', expr: 'semverCompare "^0.0" "0.1.0"', expected: 'false' },
  { name: 'semverCompare ~0', expr: 'semverCompare "~0" "0.9.9"', expected: 'true' },
  { name: 'semverCompare <=1.2 (dirty)', expr: 'semverCompare "<=1.2" "1.2.9"', expected: 'true' },
  {
    name: 'semverCompare !=1.x, prerelease',
    expr: 'semverCompare "!=1.x" "1.5.0-beta"',
    expected: 'false',
  },
  {
    name: 'semverCompare, prerelease identifiers',
    expr: 'semverCompare ">1.2.3-alpha.1" "1.2.3-alpha.beta"',
    expected: 'true',
  },
  { name: 'semver coerces leading zeros', expr: 'semver "v01.2"', expected: '1.2.0' },
  {
    name: 'semver through %s %d %x',
    expr: 'printf "%s|%d|%x" (semver "1.2.3") (semver "1.2.3").Major (semver "1.2.3")',
    expected: '1.2.3|1|312e322e33',
  },
]);
