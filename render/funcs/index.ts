/**
 * The Sprig and Helm function library for templates.
 *
 * In: the Helm major (3 or 4) of the render. Out: `helmFuncMap(major)`, every function Helm
 * gives templates as GoFuncs with Go's signatures (Sprig v3.3's TxtFuncMap minus env/expandenv,
 * plus Helm's toYaml/fromYaml/toJson/… of that major), for `new TemplateSet({ funcs })`; then
 * `bindHelmFuncs(set, options)` binds the per-render ones (include, tpl, required, fail, lookup,
 * getHostByName) to that set before its templates are parsed.
 */
import { certFuncs } from './certs.js';
import { conversionFuncs } from './conversion.js';
import { cryptoFuncs } from './crypto.js';
import { dateFuncs } from './dates.js';
import { jsonFuncs } from './data-formats.js';
import { defaultFuncs } from './defaults.js';
import { dictFuncs } from './dicts.js';
import { encodingFuncs } from './encoding.js';
import type { FuncMap } from './func.js';
import { listFuncs } from './lists.js';
import { mathFuncs } from './math.js';
import { passwordFuncs } from './passwords.js';
import { pathFuncs } from './paths.js';
import { reflectionFuncs } from './reflection.js';
import { regexFuncs } from './regex.js';
import { semverFuncs } from './semver.js';
import { stringListFuncs } from './string-lists.js';
import { stringFuncs } from './strings.js';
import { tomlFuncs } from './toml.js';
import { urlFuncs } from './urls.js';
import { yamlFuncs } from './yaml.js';

export {
  bindHelmFuncs,
  warnWrap,
  maxIncludeDepth,
  maxTplDepth,
  type HelmFuncOptions,
} from './helm.js';
export type { FuncMap } from './func.js';

const families: readonly ((major: 3 | 4) => FuncMap)[] = [
  stringFuncs,
  stringListFuncs,
  regexFuncs,
  mathFuncs,
  defaultFuncs,
  encodingFuncs,
  listFuncs,
  dictFuncs,
  conversionFuncs,
  reflectionFuncs,
  pathFuncs,
  jsonFuncs,
  yamlFuncs,
  cryptoFuncs,
  certFuncs,
  semverFuncs,
  dateFuncs,
  urlFuncs,
  tomlFuncs,
  passwordFuncs,
];

const byMajor = new Map<3 | 4, FuncMap>();

/** Every template function of Helm `major` except the per-render ones; shared, do not mutate. */
export function helmFuncMap(
  major: 3 | 4 = 4,
): ReadonlyMap<string, import('../go/index.js').GoFunc> {
  let found = byMajor.get(major);
  if (found === undefined) {
    found = new Map();
    for (const family of families) for (const [name, fn] of family(major)) found.set(name, fn);
    byMajor.set(major, found);
  }
  return found;
}
