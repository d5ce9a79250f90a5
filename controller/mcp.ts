import type { McpServer } from '../api/index.js';

/**
 * KELOS_MCP_SERVERS: the servers in the .mcp.json shape, {"mcpServers":{"<name>":{...}}}, byte
 * for byte as the reference's json.Marshal writes it: servers and map keys sorted by their bytes,
 * fields in the order type, command, args, url, headers, env, empty ones left out, and <, >, &
 * escaped as Go escapes them for HTML. Names must be unique and secrets already resolved.
 */
export function mcpServersJson(servers: readonly McpServer[]): string {
  const byName = [...servers].sort((a, b) => compareUtf8(a.name, b.name));
  // Written by hand: JSON.stringify would put integer-like keys first, Go never does.
  const body = byName.map((s) => `${str(s.name)}:${entry(s)}`).join(',');
  return goHtmlEscape(`{"mcpServers":{${body}}}`);
}

function entry(server: McpServer): string {
  const fields: string[] = [];
  if (server.type) fields.push(`"type":${str(server.type)}`);
  if (server.command) fields.push(`"command":${str(server.command)}`);
  if (server.args !== undefined && server.args.length > 0) {
    fields.push(`"args":[${server.args.map(str).join(',')}]`);
  }
  if (server.url) fields.push(`"url":${str(server.url)}`);
  if (hasKeys(server.headers)) fields.push(`"headers":${map(server.headers)}`);
  if (hasKeys(server.env)) fields.push(`"env":${map(server.env)}`);
  return `{${fields.join(',')}}`;
}

function hasKeys(value: Record<string, string> | undefined): value is Record<string, string> {
  return value !== undefined && Object.keys(value).length > 0;
}

function map(value: Record<string, string>): string {
  const keys = Object.keys(value).sort(compareUtf8);
  return `{${keys.map((k) => `${str(k)}:${str(value[k]!)}`).join(',')}}`;
}

function str(text: string): string {
  return JSON.stringify(text);
}

// Go sorts map keys by their bytes; UTF-16 order differs from UTF-8 order only above U+FFFF.
function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function goHtmlEscape(json: string): string {
  return json.replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
