/**
 * Regular expressions with RE2 semantics (Go's `regexp`, through re2js): CEL's `matches`, and the
 * Kubernetes regex library's `find` and `findAll` (k8s.io/apiserver/pkg/cel/library/regex.go).
 * cel-js's own `matches` uses JavaScript regular expressions; calls to it are renamed to ours.
 */
import { RE2JS } from 're2js';
import { evalError, overrideMethod, type CelEnvironment } from './registry.js';

const cache = new Map<string, RE2JS>();

/** The compiled RE2 pattern, or a thrown error naming the pattern. */
export function compileRe2(pattern: string): RE2JS {
  let re = cache.get(pattern);
  if (re === undefined) {
    try {
      re = RE2JS.compile(pattern);
    } catch (e) {
      throw evalError(
        `invalid regular expression ${JSON.stringify(pattern)}: ${(e as Error).message}`,
      );
    }
    if (cache.size > 1000) cache.clear();
    cache.set(pattern, re);
  }
  return re;
}

/** Why RE2 rejects `pattern`, or `undefined` if it compiles. */
export function re2Problem(pattern: string): string | undefined {
  try {
    compileRe2(pattern);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

function findAll(s: string, pattern: string, limit: bigint): string[] {
  if (limit === 0n) return [];
  const m = compileRe2(pattern).matcher(s);
  const out: string[] = [];
  while ((limit < 0n || out.length < Number(limit)) && m.find()) out.push(m.group() ?? '');
  return out;
}

/** Registers `matches`, `find` and `findAll`. */
export function registerRegex(env: CelEnvironment): void {
  const matches = (s: string, p: string): boolean => compileRe2(p).test(s);
  overrideMethod(env, 'string', 'matches', 'string', 'bool', matches);
  env.registerFunction('matches(string, string): bool', matches);
  env.registerFunction('string.find(string): string', (s: string, p: string) => {
    const m = compileRe2(p).matcher(s);
    return m.find() ? (m.group() ?? '') : '';
  });
  env.registerFunction('string.findAll(string): list<string>', (s: string, p: string) =>
    findAll(s, p, -1n),
  );
  env.registerFunction('string.findAll(string, int): list<string>', findAll);
}
