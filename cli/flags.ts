import type { ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What a command accepts besides its flags. */
export interface FlagRules<O extends Options> {
  readonly options: O;
  /** How many positional arguments the command takes; default none. */
  readonly positionals?: { readonly min: number; readonly max: number };
}

/** One flag as written: `--name`, `--name=value`, `-n`, `-nvalue`. */
interface Flag {
  readonly name: string;
  readonly rawName: string;
  readonly value: string | undefined;
  readonly inline: boolean;
}

/**
 * Parses a command's arguments the way node:util's parseArgs does (its syntax, with `strict:
 * false`: a string flag takes the next argument whatever it is, `--` ends the flags, `-abc` is
 * `-a -b -c` unless `-a` takes a value) and words every mistake itself, so that messages read
 * like other Kubernetes tools'. It is its own code because Node 20 compiles parseArgs on first
 * use, 1.3 ms of every kelosctl run.
 */
export function parseFlags<O extends Options>(
  command: string,
  args: readonly string[],
  rules: FlagRules<O>,
) {
  const { options } = rules;
  const own = (name: string) => (Object.hasOwn(options, name) ? options[name] : undefined);
  const longFor = (short: string): string =>
    Object.keys(options).find((name) => options[name]!.short === short) ?? short;
  const values: Record<string, string | boolean | (string | boolean)[]> = Object.create(null);
  const positionals: string[] = [];
  const store = (flag: Flag): void => {
    const option = own(flag.name);
    if (option === undefined) throw new UsageError(`unknown flag: ${flag.rawName}`, command);
    if (option.type === 'string' && flag.value === undefined) {
      throw new UsageError(`flag needs an argument: ${flag.rawName}`, command);
    }
    if (option.type === 'boolean' && flag.inline) {
      throw new UsageError(`flag ${flag.rawName} does not take a value`, command);
    }
    const value = flag.value ?? true;
    const list = values[flag.name];
    if (option.multiple !== true) values[flag.name] = value;
    else if (Array.isArray(list)) list.push(value);
    else values[flag.name] = [value];
  };
  const rest = [...args];
  while (rest.length > 0) {
    const arg = rest.shift()!;
    if (arg === '--') {
      positionals.push(...rest);
      break;
    }
    if (arg.length < 2 || arg[0] !== '-') {
      positionals.push(arg);
    } else if (arg[1] === '-') {
      const eq = arg.indexOf('=', 3);
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      const rawName = `--${name}`;
      if (eq >= 0) store({ name, rawName, value: arg.slice(eq + 1), inline: true });
      else if (own(name)?.type === 'string' && rest.length > 0) {
        store({ name, rawName, value: rest.shift(), inline: false });
      } else store({ name, rawName, value: undefined, inline: false });
    } else {
      const name = longFor(arg[1]!);
      const takesValue = own(name)?.type === 'string';
      if (arg.length === 2) {
        const value = takesValue && rest.length > 0 ? rest.shift() : undefined;
        store({ name, rawName: arg, value, inline: false });
      } else if (takesValue) {
        store({ name, rawName: arg.slice(0, 2), value: arg.slice(2), inline: true });
      } else {
        // A group of short flags: each but a value-taking one ends the group here.
        rest.unshift(`-${arg[1]}`, `-${arg.slice(2)}`);
      }
    }
  }
  const { min, max } = rules.positionals ?? { min: 0, max: 0 };
  const count = positionals.length;
  if (count < min || count > max) {
    const wanted =
      min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new UsageError(
      `"kelosctl ${command}" accepts ${wanted} argument${wanted === '1' ? '' : 's'}, received ${count}`,
      command,
    );
  }
  return { values, positionals } as unknown as ReturnType<
    typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>
  >;
}
