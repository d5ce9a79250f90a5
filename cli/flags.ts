import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What a command accepts besides its flags. */
export interface FlagRules<O extends Options> {
  readonly options: O;
  /** How many positional arguments the command takes; default none. */
  readonly positionals?: { readonly min: number; readonly max: number };
}

/**
 * Parses a command's arguments with node:util's parser, but words every mistake itself, so that
 * messages are the same on every Node version and read like other Kubernetes tools'.
 */
export function parseFlags<O extends Options>(
  command: string,
  args: readonly string[],
  rules: FlagRules<O>,
) {
  const parsed = parseArgs({
    args: [...args],
    options: rules.options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') {
      continue;
    }
    const option = rules.options[token.name];
    if (option === undefined) {
      throw new UsageError(`unknown flag: ${token.rawName}`, command);
    }
    if (option.type === 'string' && token.value === undefined) {
      throw new UsageError(`flag needs an argument: ${token.rawName}`, command);
    }
    if (option.type === 'boolean' && token.inlineValue === true) {
      throw new UsageError(`flag ${token.rawName} does not take a value`, command);
    }
  }
  const { min, max } = rules.positionals ?? { min: 0, max: 0 };
  const count = parsed.positionals.length;
  if (count < min || count > max) {
    const wanted =
      min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new UsageError(
      `"kelosctl ${command}" accepts ${wanted} argument${wanted === '1' ? '' : 's'}, received ${count}`,
      command,
    );
  }
  return parsed as ReturnType<
    typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>
  >;
}
