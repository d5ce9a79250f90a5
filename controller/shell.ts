/**
 * Quotes a string for a POSIX shell: inside single quotes nothing is special, and a single quote
 * is closed, escaped in double quotes, and reopened (the reference's shellQuote does the same).
 * Every user-supplied string that reaches a script goes through here.
 */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'"'"'`)}'`;
}

/** A script's lines joined with newlines, starting with `set -eu` so a failing step stops it. */
export function strictScript(lines: readonly string[]): string {
  return ['set -eu', ...lines].join('\n');
}

/** Base64 of a string's UTF-8 bytes, as Go's base64.StdEncoding writes it. */
export function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/**
 * A shell command writing `content` to `target` (a quoted word or "$target"): the content travels
 * as base64, so no byte of it is ever seen by the shell.
 */
export function writeFileCommand(content: string, target: string): string {
  return `printf '%s' ${shellQuote(base64(content))} | base64 -d > ${target}`;
}
