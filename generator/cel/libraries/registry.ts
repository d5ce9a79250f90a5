/**
 * What every library file needs: the cel-js environment type, an error constructor for evaluation
 * failures, and the prefix under which we re-register built-ins whose cel-js semantics differ.
 */
import { EvaluationError, type Environment } from '@marcbachmann/cel-js';

/** A cel-js environment being populated with a library. */
export type CelEnvironment = Environment;

/**
 * cel-js built-ins cannot be overridden, so methods whose cel-js semantics differ from cel-go's
 * (JavaScript regular expressions, UTF-16 indices, Unicode case mapping) are registered under this
 * prefix, and `rename.ts` rewrites calls to them before type-checking.
 */
export const OVERRIDE_PREFIX = '__k8s_';

/** Method names that are rewritten to `OVERRIDE_PREFIX + name`. */
export const OVERRIDDEN_METHODS: ReadonlySet<string> = new Set([
  'matches',
  'lowerAscii',
  'upperAscii',
  'trim',
  'indexOf',
  'lastIndexOf',
  'substring',
  'split',
]);

/** An evaluation error with the given message, as a library function reports it. */
export function evalError(message: string): EvaluationError {
  return new EvaluationError(message);
}

/** Registers `receiver.name(args): ret` under the override prefix. */
export function overrideMethod(
  env: CelEnvironment,
  receiver: string,
  name: string,
  args: string,
  ret: string,
  handler: (...a: never[]) => unknown,
): void {
  env.registerFunction(`${receiver}.${OVERRIDE_PREFIX}${name}(${args}): ${ret}`, handler as never);
}
