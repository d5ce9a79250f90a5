/**
 * The Kubernetes format library (k8s.io/apiserver/pkg/cel/library/format.go, Kubernetes 1.31+):
 * `format.<name>()` and `format.named(name)` give a named format, `<format>.validate(s)` gives
 * `optional.none()` for a valid string, else the messages Kubernetes' own validators give. Tested
 * in test/generator/cel/format.test.ts.
 */
import { Optional } from '@marcbachmann/cel-js';
import {
  isQualifiedName,
  isValidLabelValue,
  nameIsDns1035Label,
  nameIsDnsLabel,
  nameIsDnsSubdomain,
} from './name-validation.js';
import { isBase64, isDate, isDateTime, isUuid } from './openapi-formats.js';
import type { CelEnvironment } from './registry.js';
import { requestUriError } from './request-uri.js';

type Validator = (s: string) => readonly string[];

const check =
  (ok: (s: string) => boolean, message: string): Validator =>
  (s) =>
    ok(s) ? [] : [message];

/** The named formats, by the name `format.named` and `format.<name>()` take. */
const FORMATS: ReadonlyMap<string, Validator> = new Map<string, Validator>([
  ['dns1123Label', (s) => nameIsDnsLabel(s, false)],
  ['dns1123Subdomain', (s) => nameIsDnsSubdomain(s, false)],
  ['dns1035Label', (s) => nameIsDns1035Label(s, false)],
  ['qualifiedName', isQualifiedName],
  ['dns1123LabelPrefix', (s) => nameIsDnsLabel(s, true)],
  ['dns1123SubdomainPrefix', (s) => nameIsDnsSubdomain(s, true)],
  ['dns1035LabelPrefix', (s) => nameIsDns1035Label(s, true)],
  ['labelValue', isValidLabelValue],
  ['uri', (s) => [requestUriError(s)].filter((e): e is string => e !== undefined)],
  ['uuid', check(isUuid, 'does not match the UUID format')],
  ['byte', check(isBase64, 'invalid base64')],
  ['date', check(isDate, 'invalid date')],
  ['datetime', check(isDateTime, 'invalid datetime')],
]);

/** A named format; two are equal when their names are. */
export class NamedFormat {
  constructor(readonly name: string) {}

  /** The validation messages for `s`; empty when `s` is valid. */
  validate(s: string): readonly string[] {
    return FORMATS.get(this.name)?.(s) ?? [];
  }

  equals(o: unknown): boolean {
    return o instanceof NamedFormat && o.name === this.name;
  }
}

// `format.named` and `format.dns1123Label` are qualified function names in cel-go; cel-js has
// none, so `format` is a constant whose type carries them (as `sets` does).
class FormatNamespace {}

/** Registers the format library. */
export function registerFormat(env: CelEnvironment): void {
  const F = 'kubernetes.NamedFormat';
  env.registerType(F, NamedFormat);
  env.registerType('FormatNamespace', FormatNamespace);
  env.registerConstant('format', 'FormatNamespace', new FormatNamespace());
  for (const name of FORMATS.keys()) {
    const value = new NamedFormat(name);
    env.registerFunction(`FormatNamespace.${name}(): ${F}`, () => value);
  }
  env.registerFunction(`FormatNamespace.named(string): optional<${F}>`, (_: unknown, n: string) =>
    FORMATS.has(n) ? Optional.of(new NamedFormat(n)) : Optional.none(),
  );
  env.registerFunction(
    `${F}.validate(string): optional<list<string>>`,
    (f: NamedFormat, s: string) => {
      const errors = f.validate(s);
      return errors.length === 0 ? Optional.none() : Optional.of([...errors]);
    },
  );
  env.registerOperator(`${F} == ${F}`, (a: NamedFormat, b: NamedFormat) => a.equals(b));
}
