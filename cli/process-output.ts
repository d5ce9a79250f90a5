// kelosctl's stdout and stderr. Output is written straight to the file descriptor with writeSync:
// creating process.stdout loads Node's stream machinery (a few milliseconds of a short run), and
// writing synchronously lets the process exit as soon as the command returns instead of waiting
// for the event loop to drain, which also waits for V8's background work. A descriptor that
// refuses a synchronous write (a non-blocking pipe: EAGAIN) gets the rest through the Node
// stream, and the exit waits for that stream to flush. A closed reader (EPIPE) ends the output
// quietly, as a Go program's output ends on SIGPIPE.
import { writeSync } from 'node:fs';
import { utf8Bytes } from '../render/go/strings.js';

type Fd = 1 | 2;

const streamed = new Set<Fd>();
const closed = new Set<Fd>();

const stream = (fd: Fd): NodeJS.WriteStream => (fd === 1 ? process.stdout : process.stderr);

/** Writes `text` to stdout (1) or stderr (2). */
export function writeOutput(fd: Fd, text: string): void {
  if (closed.has(fd) || text === '') return;
  // A Go string's bytes: raw bytes a template kept (render/go/strings.ts) come out unchanged.
  const bytes = utf8Bytes(text);
  if (streamed.has(fd)) {
    stream(fd).write(bytes);
    return;
  }
  let offset = 0;
  try {
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') {
      closed.add(fd);
      return;
    }
    if (code !== 'EAGAIN') throw e;
    streamed.add(fd);
    stream(fd).write(bytes.subarray(offset));
  }
}

/** Ends the process with `code` once everything written has reached its descriptor. */
export function exitAfterOutput(code: number): void {
  const waiting = [...streamed];
  if (waiting.length === 0) process.exit(code);
  let left = waiting.length;
  for (const fd of waiting) {
    stream(fd).write('', () => {
      if (--left === 0) process.exit(code);
    });
  }
}
