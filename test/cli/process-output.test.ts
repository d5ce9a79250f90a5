// kelosctl writes its output with writeSync and exits as soon as the command returns
// (cli/process-output.ts). Whatever reads it — a file, a blocking pipe, a Node parent's
// non-blocking pipe, a reader that stops early — must get all of it, or, for the early reader,
// an exit without noise.
import { expect } from 'chai';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';

const module = new URL('../../cli/process-output.ts', import.meta.url).pathname;
const payload = 'abcdefghij'.repeat(500_000) + '\n';
const expected = createHash('sha1')
  .update(payload + 'tail\n')
  .digest('hex');

// A child process that writes the payload in two pieces, one error line, and exits with 3.
const script = `import { exitAfterOutput, writeOutput } from ${JSON.stringify(module)};
writeOutput(1, ${JSON.stringify('abcdefghij')}.repeat(500000) + '\\n');
writeOutput(2, 'warning\\n');
writeOutput(1, 'tail\\n');
exitAfterOutput(3);`;
const args = ['--import', 'tsx', '--input-type=module', '-e', script];

describe('kelosctl output', function () {
  this.timeout(60_000);

  it('reaches a blocking pipe whole, with the exit code', () => {
    const r = spawnSync(process.execPath, args, { maxBuffer: 64 << 20 });
    expect(createHash('sha1').update(r.stdout).digest('hex')).to.equal(expected);
    expect(r.stderr.toString()).to.equal('warning\n');
    expect(r.status).to.equal(3);
  });

  it("reaches a Node parent's pipe whole when the parent reads slowly", async () => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const hash = createHash('sha1');
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      hash.update(d);
      // A slow reader: the pipe fills and the writer must wait or switch to the stream.
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 1);
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(hash.digest('hex')).to.equal(expected);
    expect(stderr).to.equal('warning\n');
    expect(code).to.equal(3);
  });

  it('ends quietly when the reader goes away', async () => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).to.equal('warning\n');
    expect(code).to.equal(3);
  });
});
