// Differences between two schemas, keyword by keyword, for parity tests against reference CRDs.

/** One difference: where (`/`-separated keys), and the two values (undefined where absent). */
export interface SchemaDifference {
  readonly path: string;
  readonly ours: unknown;
  readonly theirs: unknown;
}

/** Every keyword that differs between `ours` and `theirs`, ignoring the keywords in `ignore`. */
export function diffSchemas(
  ours: unknown,
  theirs: unknown,
  ignore: ReadonlySet<string>,
  path = '',
): SchemaDifference[] {
  if (!isObject(ours) || !isObject(theirs)) {
    return JSON.stringify(ours) === JSON.stringify(theirs) ? [] : [{ path, ours, theirs }];
  }
  const underProperties = path.endsWith('/properties');
  const keys = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].sort();
  return keys
    .filter((key) => underProperties || !ignore.has(key))
    .flatMap((key) => {
      const child = `${path}/${key}`;
      const a = ours[key];
      const b = theirs[key];
      if (a === undefined || b === undefined) {
        return a === b ? [] : [{ path: child, ours: a, theirs: b }];
      }
      return diffSchemas(a, b, ignore, child);
    });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
