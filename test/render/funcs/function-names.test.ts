// Which function names Helm gives templates, asked of Helm itself: a chart names every candidate
// inside {{ if false }}, Helm's parser reports the first unknown one ("function "x" not defined"),
// which is dropped before asking again. The candidates are Sprig v3.3.0's function map, Helm's
// additions and every name in our registry, so both directions are checked: nothing we have is
// missing from Helm, and Helm has nothing that we lack.
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { helmFuncMap } from '../../../render/funcs/index.js';
import { builtins } from '../../../render/template/index.js';
import { runHelm, type HelmMajor } from '../../support/helm.js';

const sprig = `
  abbrev abbrevboth add add1 add1f addf adler32sum ago all any append atoi b32dec b32enc 
  b64dec b64enc base bcrypt biggest buildCustomCert camelcase cat ceil chunk clean coalesce 
  compact concat contains date dateInZone dateModify date_in_zone date_modify decryptAES 
  deepCopy deepEqual default derivePassword dict dig dir div divf duration durationRound 
  empty encryptAES env expandenv ext fail first float64 floor fromJson genCA genCAWithKey 
  genPrivateKey genSelfSignedCert genSelfSignedCertWithKey genSignedCert genSignedCertWithKey 
  get getHostByName has hasKey hasPrefix hasSuffix hello htmlDate htmlDateInZone htpasswd 
  indent initial initials int int64 isAbs join kebabcase keys kindIs kindOf last list lower 
  max maxf merge mergeOverwrite min minf mod mul mulf mustAppend mustChunk mustCompact 
  mustDateModify mustDeepCopy mustFirst mustFromJson mustHas mustInitial mustLast mustMerge 
  mustMergeOverwrite mustPrepend mustPush mustRegexFind mustRegexFindAll mustRegexMatch 
  mustRegexReplaceAll mustRegexReplaceAllLiteral mustRegexSplit mustRest mustReverse 
  mustSlice mustToDate mustToJson mustToPrettyJson mustToRawJson mustUniq mustWithout 
  must_date_modify nindent nospace now omit osBase osClean osDir osExt osIsAbs pick pluck 
  plural prepend push quote randAlpha randAlphaNum randAscii randBytes randInt randNumeric 
  regexFind regexFindAll regexMatch regexQuoteMeta regexReplaceAll regexReplaceAllLiteral 
  regexSplit repeat replace rest reverse round semver semverCompare seq set sha1sum sha256sum 
  sha512sum shuffle slice snakecase sortAlpha split splitList splitn squote sub subf substr 
  swapcase ternary title toDate toDecimal toJson toPrettyJson toRawJson toString toStrings 
  trim trimAll trimPrefix trimSuffix trimall trunc tuple typeIs typeIsLike typeOf uniq 
  unixEpoch unset until untilStep untitle upper urlJoin urlParse uuidv4 values without wrap 
  wrapWith `;
const helmExtras =
  'toToml fromToml toYaml mustToYaml toYamlPretty fromYaml fromYamlArray toJson mustToJson fromJson fromJsonArray include tpl required lookup';
// Bound per render by bindHelmFuncs.
const perRender = ['include', 'tpl', 'required', 'fail', 'lookup', 'getHostByName'];

async function helmNames(candidates: readonly string[], major: HelmMajor): Promise<Set<string>> {
  const dir = mkdtempSync(join(tmpdir(), 'kelos-names-'));
  const left = new Set(candidates);
  try {
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: names\nversion: 0.1.0\n');
    for (;;) {
      const body = [...left].map((n) => `{{ if false }}{{ ${n} }}{{ end }}`).join('\n');
      writeFileSync(join(dir, 'templates', 'probe.yaml'), body + '\n');
      const r = await runHelm(['template', 'test', dir], { major });
      if (r.status === 0) return left;
      const unknown = /function "([^"]+)" not defined/.exec(r.stderr)?.[1];
      if (unknown === undefined || !left.delete(unknown)) throw new Error(r.stderr);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const major of [4, 3] as const) {
  describe(`function names of Helm ${major}`, function () {
    this.timeout(120_000);
    const ours = new Set([...helmFuncMap(major).keys(), ...perRender]);
    const candidates = [
      ...new Set(
        [...sprig.split(/\s+/), ...helmExtras.split(' '), ...ours].filter((n) => n !== ''),
      ),
    ].sort();
    let helm: Set<string>;
    before(async function () {
      helm = await helmNames(candidates, major);
    });

    it('we have no function that Helm lacks (env and expandenv among them)', function () {
      expect([...ours].filter((n) => !helm.has(n) && !builtins.has(n))).to.deep.equal([]);
    });

    it('Helm has nothing we lack', function () {
      expect([...helm].filter((n) => !ours.has(n)).sort()).to.deep.equal([]);
    });
  });
}
