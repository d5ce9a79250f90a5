// Helm's YAML functions (pkg/engine/funcs.go): toYaml (errors swallowed: ""), mustToYaml (Helm 4
// only; the error as a panic), toYamlPretty (go-yaml v3, both majors), fromYaml and fromYamlArray
// (sigs.k8s.io/yaml.Unmarshal into a map or slice: the error text under "Error", or as the only
// element; syntax errors in go-yaml's words, yaml-errors.ts). Every result loses one trailing newline, as Helm trims it.
// Pinned by test/render/funcs/yaml.test.ts and the yaml golden charts.
import { DiagnosticError } from '../../diagnostics/index.js';
import { decodeYaml, type GoMap, type GoValue } from '../go/index.js';
import { def, fail, funcMap, t, type FuncMap } from './func.js';
import { JsonError } from './json-encode.js';
import { YamlError, marshalYamlV2, marshalYamlV3 } from './yaml-encode.js';

const trimNewline = (s: string): string => (s.endsWith('\n') ? s.slice(0, -1) : s);

function toYaml(v: GoValue, must: boolean): string {
  try {
    return trimNewline(marshalYamlV2(v));
  } catch (e) {
    if (!must && (e instanceof JsonError || e instanceof YamlError)) return '';
    if (e instanceof JsonError) return fail(`error marshaling into JSON: ${e.message}`);
    if (e instanceof YamlError) return fail(e.message);
    throw e;
  }
}

// sigs.k8s.io/yaml.Unmarshal: YAML to JSON, then json.Unmarshal into the target. An empty or
// null document leaves Helm's empty target as it was; a value of another kind is json's type error.
// Syntax errors are go-yaml's (render/go/goyaml-check.ts); what follows the first document is
// never read.
function unmarshal(text: string, want: 'map' | 'slice'): GoValue {
  const v = decodeYaml(text, { file: 'fromYaml' });
  if (v === null) return want === 'map' ? new Map() : [];
  const ok = want === 'map' ? v instanceof Map : Array.isArray(v);
  if (!ok) {
    const what = v instanceof Map ? 'object' : Array.isArray(v) ? 'array' : jsonKind(v);
    const into = want === 'map' ? 'map[string]interface {}' : '[]interface {}';
    throw new UnmarshalError(
      `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${what} into Go value of type ${into}`,
    );
  }
  return v;
}

const jsonKind = (v: GoValue): string =>
  typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'bool' : 'string';

class UnmarshalError extends Error {}

// The text of a failed Unmarshal: a decoding error as go-yaml words it through sigs.k8s.io/yaml.
function unmarshalMessage(e: unknown): string {
  if (e instanceof UnmarshalError) return e.message;
  if (e instanceof DiagnosticError) return e.diagnostics[0]!.message;
  throw e;
}

function fromYaml(text: string): GoMap {
  try {
    return unmarshal(text, 'map') as GoMap;
  } catch (e) {
    return new Map([['Error', unmarshalMessage(e)]]);
  }
}

function fromYamlArray(text: string): GoValue {
  try {
    return unmarshal(text, 'slice');
  } catch (e) {
    return [unmarshalMessage(e)];
  }
}

/** The YAML family of Helm `major`. */
export function yamlFuncs(major: 3 | 4): FuncMap {
  const { any, string: s } = t;
  return funcMap([
    def('toYaml', [any], s, (v) => toYaml(v!, false)),
    ...(major === 4 ? [def('mustToYaml', [any], s, (v) => toYaml(v!, true))] : []),
    def('toYamlPretty', [any], s, (v) => trimNewline(marshalYamlV3(v!))),
    def('fromYaml', [s], t.anyMap, (x) => fromYaml(x as string)),
    def('fromYamlArray', [s], t.anys, (x) => fromYamlArray(x as string)),
  ]);
}
