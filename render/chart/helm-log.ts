// The lines Helm logs on stderr. Helm 3 sets Go's log package to print the calling file and line
// (log.Lshortfile), so a coalescing warning reads `coalesce.go:298: warning: …`; Helm 4 routes
// that package through slog's text handler at INFO (`level=INFO msg="warning: …"`) and logs
// its own messages with slog directly, with attributes.
import { isPrint, quote } from '../go/index.js';

/** A slog attribute value or message as the text handler writes it: quoted only when needed. */
export function slogValue(s: string): string {
  return needsQuoting(s) ? quote(s) : s;
}

// log/slog's needsQuoting: empty, or holding a space, `=`, `"` or an ASCII control character,
// or a Unicode space or non-printable character beyond ASCII.
function needsQuoting(s: string): boolean {
  if (s === '') return true;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
      if (c === 0x20 || c === 0x3d || c === 0x22 || c < 0x20) return true;
    } else if (/\s/u.test(ch) || !isPrint(c)) return true;
  }
  return false;
}

/** A line slog's text handler writes (no time, as Helm 4 configures it). */
export function slogLine(
  level: 'INFO' | 'WARN' | 'ERROR',
  msg: string,
  attrs: readonly (readonly [string, string])[] = [],
): string {
  const tail = attrs.map(([k, v]) => ` ${k}=${slogValue(v)}`).join('');
  return `level=${level} msg=${slogValue(msg)}${tail}`;
}

/** A line Helm prints through Go's log.Printf, called at `site` (Helm 3's `file.go:line`). */
export function goLogLine(major: 3 | 4, site: string, text: string): string {
  return major === 3 ? `${site}: ${text}` : slogLine('INFO', text);
}
