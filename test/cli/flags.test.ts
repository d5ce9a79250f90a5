// kelosctl parses flags with its own code (cli/flags.ts) instead of node:util's parseArgs, which
// Node 20 compiles on first use. Its syntax must stay parseArgs': every sequence of up to three
// words from a vocabulary of flag forms is parsed by both, and the values, positionals and the
// first mistake must agree.
import { expect } from 'chai';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../../cli/command.js';
import { parseFlags } from '../../cli/flags.js';

type Options = NonNullable<ParseArgsConfig['options']>;

const options = {
  values: { type: 'string', multiple: true, short: 'f' },
  namespace: { type: 'string', short: 'n' },
  'include-crds': { type: 'boolean' },
  debug: { type: 'boolean', short: 'd' },
  quiet: { type: 'boolean', short: 'q' },
} as const satisfies Options;

/** What parseArgs makes of `args`, judged by the rules kelosctl applies. */
function reference(args: readonly string[], max: number): unknown {
  const parsed = parseArgs({
    args: [...args],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    const option = (options as Options)[token.name];
    if (option === undefined || !Object.hasOwn(options, token.name)) {
      return `unknown flag: ${token.rawName}`;
    }
    if (option.type === 'string' && token.value === undefined) {
      return `flag needs an argument: ${token.rawName}`;
    }
    if (option.type === 'boolean' && token.inlineValue === true) {
      return `flag ${token.rawName} does not take a value`;
    }
  }
  if (parsed.positionals.length > max) return 'positionals';
  return { values: { ...parsed.values }, positionals: parsed.positionals };
}

function ours(args: readonly string[], max: number): unknown {
  try {
    const parsed = parseFlags('test', args, { options, positionals: { min: 0, max } });
    return { values: { ...parsed.values }, positionals: parsed.positionals };
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return e.message.startsWith('"kelosctl test" accepts') ? 'positionals' : e.message;
  }
}

const words = [
  'x',
  '-',
  '--',
  '-f',
  '-fa.yaml',
  '-f=a.yaml',
  '--values',
  '--values=b.yaml',
  '--values=',
  '-n',
  '--namespace=ns',
  '--include-crds',
  '--include-crds=true',
  '-dq',
  '-dqf',
  '-dfq',
  '-qn',
  '-d',
  '-z',
  '-zd',
  '--unknown',
  '--unknown=1',
  '--=x',
  '--__proto__',
];

describe('kelosctl flag parsing', () => {
  it('agrees with node:util parseArgs on every sequence of up to three flag forms', () => {
    const sequences: string[][] = [[]];
    for (const a of words) {
      sequences.push([a]);
      for (const b of words) {
        sequences.push([a, b]);
        for (const c of words) sequences.push([a, b, c]);
      }
    }
    let compared = 0;
    for (const args of sequences) {
      for (const max of [0, 2]) {
        expect(ours(args, max), JSON.stringify(args)).to.deep.equal(reference(args, max));
        compared++;
      }
    }
    expect(compared).to.equal(2 * (1 + words.length + words.length ** 2 + words.length ** 3));
  });

  it('keeps every value of a repeated list flag, and the last of any other', () => {
    const parsed = parseFlags('test', ['-f', 'a', '--values=b', '-n', 'x', '--namespace', 'y'], {
      options,
    });
    expect(parsed.values).to.deep.equal({ values: ['a', 'b'], namespace: 'y' });
  });
});
