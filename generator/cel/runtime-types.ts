/**
 * The constructors of cel-js runtime values that cel-js does not export (durations and unsigned
 * integers), taken from values it creates.
 */
import { Environment } from '@marcbachmann/cel-js';

/** A cel-js duration: whole seconds and a nanosecond remainder of the same sign. */
export interface CelDuration {
  readonly seconds: bigint;
  readonly nanos: number;
}

/** A cel-js unsigned integer. */
export interface CelUint {
  valueOf(): bigint;
}

const probe = new Environment();
const durationCtor = (probe.evaluate('duration("1s")') as object).constructor as new (
  seconds: bigint,
  nanos: number,
) => CelDuration;
const uintCtor = (probe.evaluate('1u') as object).constructor as new (value: bigint) => CelUint;

/** A duration of `nanos` nanoseconds. */
export function durationOfNanos(nanos: bigint): CelDuration {
  return new durationCtor(nanos / 1_000_000_000n, Number(nanos % 1_000_000_000n));
}

/** The nanoseconds of a duration. */
export function nanosOfDuration(d: CelDuration): bigint {
  return d.seconds * 1_000_000_000n + BigInt(d.nanos);
}

/** An unsigned integer (cel-js throws on overflow). */
export function uint(value: bigint): CelUint {
  return new uintCtor(value);
}
