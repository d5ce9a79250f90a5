// Go's regexp package over re2js (RE2 syntax, Go's error texts): the match loops of FindAll,
// ReplaceAll and Split written as Go writes them (an empty match right after a match is skipped),
// and Go's Expand for replacement templates ($1W names group "1W"; ${1}W is group 1 then "W").
// Pinned by test/render/funcs/regex.test.ts and the regex golden chart.
import { RE2JS } from 're2js';
import { isDigit, isLetter } from './unicode.js';

// Expressions compiled so far, or their compile errors; cleared when it grows past the bound.
const compiled = new Map<string, GoRegexp | string>();
const maxCompiled = 1000;

/** A compiled regular expression. */
export class GoRegexp {
  private readonly re: RE2JS;
  private readonly names: ReadonlyMap<string, number>;

  private constructor(readonly expr: string) {
    this.re = RE2JS.compile(expr);
    this.names = new Map(Object.entries(this.re.namedGroups() as Record<string, number>));
  }

  /**
   * regexp.Compile; throws the Go error text (`error parsing regexp: …`) as an Error. Compiled
   * expressions are kept (they hold no match state): chart helpers call regexMatch and
   * regexReplaceAll with the same few patterns many times per render.
   */
  static compile(expr: string): GoRegexp {
    let known = compiled.get(expr);
    if (known === undefined) {
      try {
        known = new GoRegexp(expr);
      } catch (e) {
        known = e instanceof Error ? e.message : String(e);
      }
      if (compiled.size >= maxCompiled) compiled.clear();
      compiled.set(expr, known);
    }
    if (typeof known === 'string') throw new Error(known);
    return known;
  }

  /** The first match at or after `pos` as [start, end, group starts/ends…] (-1 for unset), or null. */
  private exec(s: string, pos: number): number[] | null {
    const m = this.re.matcher(s);
    if (!m.find(pos)) return null;
    const out: number[] = [];
    for (let g = 0; g <= this.re.groupCount(); g++) out.push(m.start(g), m.end(g));
    return out;
  }

  /** FindAllStringIndex semantics: up to n (all when n < 0) successive non-overlapping matches. */
  allMatches(s: string, n: number): number[][] {
    const out: number[][] = [];
    if (n < 0) n = s.length + 1;
    for (let pos = 0, prevEnd = -1; out.length < n && pos <= s.length;) {
      const m = this.exec(s, pos);
      if (m === null) break;
      let accept = true;
      if (m[1] === pos) {
        if (m[0] === prevEnd) accept = false;
        // Past the end, Go steps beyond it to stop.
        pos += Math.max(width(s, pos), 1);
      } else {
        pos = m[1]!;
      }
      prevEnd = m[1]!;
      if (accept) out.push(m);
    }
    return out;
  }

  /** MatchString. */
  test(s: string): boolean {
    return this.exec(s, 0) !== null;
  }

  /** ReplaceAllString (expand = true) or ReplaceAllLiteralString. */
  replaceAll(src: string, repl: string, expand: boolean): string {
    let out = '';
    let lastEnd = 0;
    let search = 0;
    while (search <= src.length) {
      const a = this.exec(src, search);
      if (a === null) break;
      out += src.slice(lastEnd, a[0]);
      if (a[1]! > lastEnd || a[0] === 0) out += expand ? this.expand(repl, src, a) : repl;
      lastEnd = a[1]!;
      const w = width(src, search);
      if (search + w > a[1]!) search += w;
      else if (search + 1 > a[1]!) search++;
      else search = a[1]!;
    }
    return out + src.slice(lastEnd);
  }

  /** Split. */
  split(s: string, n: number): string[] | null {
    if (n === 0) return null;
    if (this.expr.length > 0 && s.length === 0) return [''];
    const parts: string[] = [];
    let beg = 0;
    let end = 0;
    for (const m of this.allMatches(s, n)) {
      if (n > 0 && parts.length === n - 1) break;
      end = m[0]!;
      if (m[1] !== 0) parts.push(s.slice(beg, end));
      beg = m[1]!;
    }
    if (end !== s.length) parts.push(s.slice(beg));
    return parts;
  }

  // Go's Regexp.expand.
  private expand(template: string, src: string, match: readonly number[]): string {
    let out = '';
    for (;;) {
      const dollar = template.indexOf('$');
      if (dollar < 0) break;
      out += template.slice(0, dollar);
      template = template.slice(dollar + 1);
      if (template.startsWith('$')) {
        out += '$';
        template = template.slice(1);
        continue;
      }
      const ref = extract(template);
      if (ref === undefined) {
        out += '$';
        continue;
      }
      template = ref.rest;
      const group = ref.num >= 0 ? ref.num : this.names.get(ref.name);
      if (group !== undefined && 2 * group + 1 < match.length && match[2 * group]! >= 0) {
        out += src.slice(match[2 * group], match[2 * group + 1]);
      }
    }
    return out + template;
  }
}

// Go's extract: a group name or number after '$', optionally in braces.
function extract(str: string): { name: string; num: number; rest: string } | undefined {
  if (str === '') return undefined;
  const brace = str[0] === '{';
  if (brace) str = str.slice(1);
  let i = 0;
  for (const c of str) {
    const r = c.codePointAt(0)!;
    if (!isLetter(r) && !isDigit(r) && c !== '_') break;
    i += c.length;
  }
  if (i === 0) return undefined;
  const name = str.slice(0, i);
  if (brace) {
    if (str[i] !== '}') return undefined;
    i++;
  }
  let num = /^[0-9]+$/.test(name) && name.length <= 8 ? Number(name) : -1;
  if (name[0] === '0' && name.length > 1) num = -1;
  return { name, num, rest: str.slice(i) };
}

function width(s: string, pos: number): number {
  if (pos >= s.length) return 0;
  const c = s.codePointAt(pos)!;
  return c > 0xffff ? 2 : 1;
}

/** regexp.QuoteMeta. */
export function quoteMeta(s: string): string {
  return s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

/** Go's quote in MustCompile's panic: backquoted when possible. */
export function compileQuote(s: string): string {
  return /^[^`\x00-\x08\x0a-\x1f\x7f\ufeff]*$/.test(s) ? `\`${s}\`` : JSON.stringify(s);
}
