import { MarkerSyntaxError, parseArgs, parseJsonValue } from './marker-text.js';

// Readers for the argument forms markers take. Each throws MarkerSyntaxError on bad input, which
// the collector turns into a diagnostic at the marker.

/** No argument at all: `@k8s:nullable`. */
export function readFlag(text: string): true {
  if (text !== '' && text !== 'true') {
    throw new MarkerSyntaxError(`takes no argument, got ${JSON.stringify(text)}`, 0);
  }
  return true;
}

/** A finite number. */
export function readNumber(text: string): number {
  const value = text === '' ? NaN : Number(text);
  if (!Number.isFinite(value)) {
    throw new MarkerSyntaxError(`expected a number, got ${JSON.stringify(text)}`, 0);
  }
  return value;
}

/** A non-negative integer (lengths, counts). */
export function readCount(text: string): number {
  const value = readNumber(text);
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new MarkerSyntaxError(`expected a non-negative integer, got ${JSON.stringify(text)}`, 0);
  }
  return value;
}

/** The whole argument text, as written (patterns keep their backslashes). */
export function readText(text: string): string {
  if (text === '') {
    throw new MarkerSyntaxError('expected a value', 0);
  }
  return text;
}

/** One of a fixed set of words. */
export function readChoice<W extends string>(choices: readonly W[]): (text: string) => W {
  return (text) => {
    if (!(choices as readonly string[]).includes(text)) {
      throw new MarkerSyntaxError(
        `expected one of ${choices.join(', ')}, got ${JSON.stringify(text)}`,
        0,
      );
    }
    return text as W;
  };
}

/** A JSON value; a bare word is a string. */
export function readJson(text: string): unknown {
  if (text === '') {
    throw new MarkerSyntaxError('expected a JSON value', 0);
  }
  return parseJsonValue(text);
}

/** The description of one named argument: required or not, and how its text is read. */
export interface ArgSpec<T> {
  readonly required?: boolean;
  readonly read: (text: string) => T;
}

type Specs = Record<string, ArgSpec<unknown>>;
type Values<S extends Specs> = {
  [K in keyof S]: S[K] extends { required: true; read: (t: string) => infer T }
    ? T
    : S[K] extends ArgSpec<infer T>
      ? T | undefined
      : never;
};

/** Named arguments, each read by its spec; unknown or missing required names are errors. */
export function readNamed<S extends Specs>(
  specs: S,
  positional?: keyof S,
): (text: string) => Values<S> {
  return (text) => {
    const args = parseArgs(text);
    const named = new Map(args.named);
    if (args.positional.length > 0) {
      if (positional === undefined || args.positional.length > 1 || named.has(String(positional))) {
        throw new MarkerSyntaxError(`unexpected argument ${JSON.stringify(args.positional[0])}`, 0);
      }
      named.set(String(positional), args.positional[0]!);
    }
    const values: Record<string, unknown> = {};
    for (const [name, value] of named) {
      const spec = specs[name];
      if (spec === undefined) {
        throw new MarkerSyntaxError(
          `unknown argument ${name} (known: ${Object.keys(specs).join(', ')})`,
          0,
        );
      }
      values[name] = spec.read(value);
    }
    for (const [name, spec] of Object.entries(specs)) {
      if (spec.required === true && !(name in values)) {
        throw new MarkerSyntaxError(`missing argument ${name}`, 0);
      }
    }
    return values as Values<S>;
  };
}

/** A string argument. */
export const stringArg = { read: (t: string) => t } as const;
/** A required string argument. */
export const requiredString = { required: true, read: (t: string) => t } as const;
/** A boolean argument (`true`/`false`). */
export const booleanArg = { read: readChoice(['true', 'false'] as const) } as const;
