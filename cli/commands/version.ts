import type { Command } from '../command.js';
import { parseFlags } from '../flags.js';
import { version } from '../version.js';

/** `kelosctl version`: the toolchain version, and the Node.js runtime unless `--short`. */
export const versionCommand: Command = {
  async run(args, io) {
    const { values } = parseFlags('version', args, { options: { short: { type: 'boolean' } } });
    io.stdout(values.short ? `v${version}\n` : `kelosctl v${version} (node ${process.version})\n`);
    return 0;
  },
};
