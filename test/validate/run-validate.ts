// Runs `kelosctl validate` in-process and collects what it prints, for the validate suites.
import { runCli } from '../../cli/index.js';

/** The exit code and output of `kelosctl validate ARGS`, run from the current directory. */
export async function validate(args: readonly string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['validate', ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}
