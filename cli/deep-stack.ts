// A second chance for renders that nest deeper than the main thread's JavaScript stack. Template
// calls nest on an explicit stack, but include and tpl run a template from inside a function, and
// on Node 20's main thread (about 1 MB of stack, the code not yet optimized) some 500 nested
// includes fill it, where Helm allows 1000 per template. A render that ran out of stack runs again
// in a worker thread with a large stack, where Helm's own limits are reached first. Rendering is
// deterministic but for `now` and the random functions, whose first results were never shown.
import { fileURLToPath } from 'node:url';
import { ChartError } from '../render/chart/index.js';
import { stackExhausted } from '../render/template/index.js';

const workerFlag = '--kelos-deep-stack-worker';
// Enough for Helm's 1000 nested includes of each of many templates, at about 2 KB a level.
const stackSizeMb = 256;

type Outcome<O> =
  | { readonly ok: true; readonly value: O }
  | {
      readonly ok: false;
      readonly message: string;
      readonly debugHint?: boolean;
      readonly warnings?: readonly string[];
      readonly internal?: boolean;
    };

/** Whether `e` is a render that failed only for want of JavaScript stack. */
function ranOutOfStack(e: unknown): boolean {
  return e instanceof ChartError && e.message.includes(stackExhausted);
}

/**
 * Runs `work(input)`; if it runs out of JavaScript stack, runs it again in a worker thread that
 * loads the module at `moduleUrl()` (the one calling serveDeepStack with the same work) with a
 * large stack. The URL is asked for only then: working it out costs half a millisecond.
 */
export async function withDeepStack<I, O>(
  moduleUrl: () => string,
  input: I,
  work: (i: I) => O,
): Promise<O> {
  try {
    return work(input);
  } catch (e) {
    if (!ranOutOfStack(e)) throw e;
  }
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const worker = new Worker(fileURLToPath(moduleUrl()), {
    argv: [workerFlag],
    workerData: input,
    resourceLimits: { stackSizeMb },
    stdout: false,
    stderr: false,
  });
  const outcome = await new Promise<Outcome<O>>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`the deep-stack worker exited with code ${code}`)),
    );
  });
  await worker.terminate();
  if (outcome.ok) return outcome.value;
  if (outcome.internal === true) throw new Error(outcome.message);
  throw new ChartError(outcome.message, outcome.debugHint ?? false, outcome.warnings ?? []);
}

/** In a deep-stack worker started by withDeepStack: runs `work` on the input and answers. */
export function serveDeepStack<I, O>(work: (i: I) => O): void {
  if (!process.argv.includes(workerFlag)) return;
  const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
  let outcome: Outcome<O>;
  try {
    outcome = { ok: true, value: work(workerData as I) };
  } catch (e) {
    outcome =
      e instanceof ChartError
        ? { ok: false, message: e.message, debugHint: e.debugHint, warnings: e.warnings }
        : {
            ok: false,
            message: e instanceof Error ? (e.stack ?? e.message) : String(e),
            internal: true,
          };
  }
  parentPort!.postMessage(outcome);
}
