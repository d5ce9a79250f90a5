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
    return canonical(ours) === canonical(theirs) ? [] : [{ path, ours, theirs }];
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

// JSON with object keys sorted: the order of keys in a value (a CEL rule's message and rule)
// carries no meaning.
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
