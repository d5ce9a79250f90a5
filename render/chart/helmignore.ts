// .helmignore rules as Helm's pkg/ignore applies them while loading a chart folder: one shell
// pattern a line (`#` comments, blank lines skipped), `**` refused, a trailing `/` matching
// folders only, a leading `/` or an inner `/` matching the path from the chart's root, anything
// else matching the base name, and `!` negation with Helm's own quirk: a negated rule that does
// not match ignores the path. Helm always adds `templates/.?*` (hidden files under templates/).
import { ChartError } from './errors.js';
import { BadPatternError, pathMatch } from './path-match.js';

interface Rule {
  readonly pattern: string;
  readonly negate: boolean;
  readonly mustDir: boolean;
  /** Matched against the whole path rather than the base name. */
  readonly whole: boolean;
}

/** Parsed .helmignore rules. */
export class IgnoreRules {
  private readonly rules: Rule[] = [];

  /** Parses the text of a .helmignore file (Helm's ParseFile), adding Helm's default rule. */
  static parse(text: string): IgnoreRules {
    const r = new IgnoreRules();
    for (const line of text.split('\n')) r.add(line);
    r.add('templates/.?*');
    return r;
  }

  private add(line: string): void {
    let rule = line.trim();
    if (rule === '' || rule.startsWith('#')) return;
    if (rule.includes('**')) throw new ChartError('double-star (**) syntax is not supported');
    try {
      pathMatch(rule, 'abc');
    } catch (e) {
      if (e instanceof BadPatternError) throw new ChartError(e.message);
      throw e;
    }
    const negate = rule.startsWith('!');
    if (negate) rule = rule.slice(1);
    const mustDir = rule.endsWith('/');
    if (mustDir) rule = rule.slice(0, -1);
    const whole = rule.includes('/');
    if (rule.startsWith('/')) rule = rule.slice(1);
    this.rules.push({ pattern: rule, negate, mustDir, whole });
  }

  /** Whether the path (relative to the chart, '/'-separated) is ignored. */
  ignores(path: string, isDir: boolean): boolean {
    if (path === '' || path === '.' || path === './') return false;
    for (const r of this.rules) {
      const subject = r.whole ? path : path.slice(path.lastIndexOf('/') + 1);
      const match = (): boolean => {
        try {
          return pathMatch(r.pattern, subject);
        } catch {
          return false;
        }
      };
      if (r.negate) {
        if (r.mustDir && !isDir) return true;
        if (!match()) return true;
        continue;
      }
      if (r.mustDir && !isDir) continue;
      if (match()) return true;
    }
    return false;
  }
}
