// The glob syntax of `.Files.Glob` (github.com/gobwas/glob compiled with '/' as separator):
// `*` and `?` stay within a path segment, `**` crosses them, `[...]`/`[!...]` classes, `{a,b}`
// alternatives and `\` escapes. Helm compiles `**` instead of a pattern gobwas refuses.

const cache = new Map<string, RegExp>();

/** Whether `name` matches the gobwas glob `pattern` (separator '/'); an invalid pattern matches all. */
export function globMatch(pattern: string, name: string): boolean {
  let re = cache.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(`^${compile(pattern)}$`, 's');
    } catch {
      re = /^.*$/s;
    }
    cache.set(pattern, re);
  }
  return re.test(name);
}

function compile(p: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '*') {
      if (p[i + 1] === '*') {
        out += '.*';
        i++;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '\\') out += esc(p[++i] ?? '');
    else if (c === '[') {
      const end = p.indexOf(']', i + 2);
      if (end < 0) throw new SyntaxError('unclosed class');
      let body = p.slice(i + 1, end);
      const negate = body.startsWith('!');
      if (negate) body = body.slice(1);
      out += `[${negate ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = end;
    } else if (c === '{') {
      out += '(?:';
      depth++;
    } else if (c === '}' && depth > 0) {
      out += ')';
      depth--;
    } else if (c === ',' && depth > 0) out += '|';
    else out += esc(c);
  }
  if (depth !== 0) throw new SyntaxError('unclosed alternatives');
  return out;
}

function esc(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}
