// Go's filepath.Match on '/' paths, which .helmignore rules and `--show-only` use: `*` and `?`
// never cross '/', `[...]` classes with `^`/`!`-less negation `[^...]`, ranges and `\` escapes.
// A malformed pattern is Go's ErrBadPattern (reported as `syntax error in pattern`).

/** Thrown for a pattern Go's Match rejects. */
export class BadPatternError extends Error {
  constructor() {
    super('syntax error in pattern');
  }
}

const cache = new Map<string, RegExp>();

/** Whether `name` matches the shell pattern `pattern`, as Go's filepath.Match decides. */
export function pathMatch(pattern: string, name: string): boolean {
  let re = cache.get(pattern);
  if (re === undefined) {
    re = compile(pattern);
    cache.set(pattern, re);
  }
  return re.test(name);
}

function compile(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '\\') {
      i++;
      if (i >= pattern.length) throw new BadPatternError();
      out += escape(pattern[i]!);
    } else if (c === '[') {
      const end = classEnd(pattern, i + 1);
      let body = pattern.slice(i + 1, end);
      let negate = false;
      if (body.startsWith('^')) {
        negate = true;
        body = body.slice(1);
      }
      if (body === '') throw new BadPatternError();
      out += `(?![/])[${negate ? '^' : ''}${classBody(body)}]`;
      i = end;
    } else out += escape(c);
  }
  return new RegExp(`^${out}$`, 's');
}

function classEnd(p: string, from: number): number {
  for (let j = from; j < p.length; j++) {
    if (p[j] === '\\') j++;
    else if (p[j] === ']' && j > from) return j;
    else if (p[j] === ']' && !(j === from || (j === from + 1 && p[from] === '^'))) return j;
  }
  throw new BadPatternError();
}

function classBody(body: string): string {
  let out = '';
  for (let j = 0; j < body.length; j++) {
    const c = body[j]!;
    if (c === '\\') {
      j++;
      out += escape(body[j] ?? '');
    } else if (c === '-') out += '-';
    else out += escape(c);
  }
  return out;
}

function escape(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}
