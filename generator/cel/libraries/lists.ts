/**
 * The Kubernetes list library, version 0 (k8s.io/apiserver/pkg/cel/library/lists.go): isSorted,
 * sum, min, max, indexOf and lastIndexOf. `includes` arrives with version 1 (Kubernetes 1.37) and is
 * not offered.
 */
import { celEquals } from '../equality.js';
import {
  durationOfNanos,
  nanosOfDuration,
  uint,
  type CelDuration,
  type CelUint,
} from '../runtime-types.js';
import { COMPARABLE_TYPES, compareValues } from './compare.js';
import { evalError, overrideMethod, type CelEnvironment } from './registry.js';

const MAX_INT = 2n ** 63n - 1n;

function extreme(list: readonly unknown[], name: string, sign: number): unknown {
  if (list.length === 0) throw evalError(`${name}(list) argument must not be empty`);
  let best = list[0];
  for (const v of list) if (compareValues(v, best) * sign > 0) best = v;
  return best;
}

/** Registers the list library. */
export function registerLists(env: CelEnvironment): void {
  for (const t of COMPARABLE_TYPES) {
    const list = `list<${t}>`;
    env.registerFunction(`${list}.isSorted(): bool`, (l: readonly unknown[]) =>
      l.every((v, i) => i === 0 || compareValues(l[i - 1], v) <= 0),
    );
    env.registerFunction(`${list}.min(): ${t}`, (l: readonly unknown[]) => extreme(l, 'min', -1));
    env.registerFunction(`${list}.max(): ${t}`, (l: readonly unknown[]) => extreme(l, 'max', 1));
  }
  env.registerFunction('list<int>.sum(): int', (l: readonly bigint[]) => {
    const sum = l.reduce((acc, v) => acc + v, 0n);
    if (sum > MAX_INT || sum < -MAX_INT - 1n) throw evalError('integer overflow');
    return sum;
  });
  env.registerFunction('list<double>.sum(): double', (l: readonly number[]) =>
    l.reduce((acc, v) => acc + v, 0),
  );
  env.registerFunction('list<uint>.sum(): uint', (l: readonly CelUint[]) =>
    uint(l.reduce<bigint>((acc, v) => acc + v.valueOf(), 0n)),
  );
  env.registerFunction(
    'list<google.protobuf.Duration>.sum(): google.protobuf.Duration',
    (l: readonly CelDuration[]) =>
      durationOfNanos(l.reduce((acc, v) => acc + nanosOfDuration(v), 0n)),
  );
  overrideMethod(env, 'list<A>', 'indexOf', 'A', 'int', (l: readonly unknown[], v: unknown) =>
    BigInt(l.findIndex((e) => celEquals(e, v))),
  );
  overrideMethod(env, 'list<A>', 'lastIndexOf', 'A', 'int', (l: readonly unknown[], v: unknown) =>
    BigInt(l.findLastIndex((e) => celEquals(e, v))),
  );
}
