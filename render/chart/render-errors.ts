// Helm's rewording of template errors (engine.go cleanupParseError, reformatExecErrorMsg):
// parse errors become `parse error at (FILE:LINE): <last part>`; `required` and `fail` messages
// come out of their HELM_ERR_START…END wrapping as `execution error at (FILE:L:C): message`;
// other execution errors are Go's text in Helm 3, and in Helm 4 the location, the node and the
// cause on lines of their own — except errors returned by functions (`error calling …`), whose
// wrapped chain Helm 4 cannot take apart and prints as Go does.
import type { TemplateError } from '../template/index.js';

/** Helm's text for a template that does not parse. */
export function parseErrorText(name: string, e: TemplateError): string {
  const tokens = e.message.split(': ');
  if (tokens.length === 1) return `parse error in (${name}): ${e.message}`;
  return `parse error at (${tokens[1]!}): ${tokens[tokens.length - 1]!}`;
}

const warnPattern = /HELM_ERR_START([\s\S]*)HELM_ERR_END/;

/** Helm's text for a template whose execution failed. */
export function execErrorText(name: string, e: TemplateError, major: 3 | 4): string {
  const msg = e.message;
  const first = msg.indexOf(': ');
  const second = first < 0 ? -1 : msg.indexOf(': ', first + 2);
  if (second < 0) return major === 4 ? msg : `execution error in (${name}): ${msg}`;
  const location = msg.slice(first + 2, second);
  const warn = warnPattern.exec(msg.slice(second + 2));
  if (warn !== null) return `execution error at (${location}): ${warn[1]!}`;
  const d = e.detail;
  if (major === 3 || d === undefined || d.cause.startsWith('error calling ')) return msg;
  return `${d.file}:${d.line}:${d.goColumn}\n  executing ${JSON.stringify(e.template)} at <${d.context}>:\n    ${d.cause}`;
}
