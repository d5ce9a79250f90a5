/**
 * cel-go's sets extension, enabled by the API server since 1.29: sets.contains, sets.equivalent and
 * sets.intersects over lists, with CEL equality.
 */
import { celEquals } from '../equality.js';
import type { CelEnvironment } from './registry.js';

class SetsNamespace {}

const has = (list: readonly unknown[], v: unknown): boolean => list.some((e) => celEquals(e, v));
const contains = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  b.every((v) => has(a, v));

/** Registers the sets extension. */
export function registerSets(env: CelEnvironment): void {
  env.registerType('SetsNamespace', SetsNamespace);
  env.registerConstant('sets', 'SetsNamespace', new SetsNamespace());
  const sig = (name: string): string => `SetsNamespace.${name}(list<A>, list<A>): bool`;
  env.registerFunction(
    sig('contains'),
    (_: unknown, a: readonly unknown[], b: readonly unknown[]) => contains(a, b),
  );
  env.registerFunction(
    sig('equivalent'),
    (_: unknown, a: readonly unknown[], b: readonly unknown[]) => contains(a, b) && contains(b, a),
  );
  env.registerFunction(
    sig('intersects'),
    (_: unknown, a: readonly unknown[], b: readonly unknown[]) => b.some((v) => has(a, v)),
  );
}
