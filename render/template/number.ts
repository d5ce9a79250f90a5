// Go's rules for numeric constants in templates (parse.NumberNode): one literal may be an int,
// a uint and a float at once (`1` is all three, `1.0` too, `1.5` only a float, `'a'` all three),
// and the executor later picks the type the context asks for.
import type { NumberNode } from './nodes.js';
import { parseFloat64, parseInt64, parseUint, unquoteChar } from './strconv.js';

const smallDecimal = /^-?(?:0|[1-9][0-9]{0,14})$/;

/** The NumberNode for a numeric or character literal, or Go's error message for it. */
export function newNumber(pos: number, text: string, isChar: boolean): NumberNode | string {
  if (isChar) return charNumber(pos, text);
  if (text.endsWith('i')) {
    // Go would make a complex constant; complex numbers have no use in charts and are not modelled.
    return `complex constants are not supported: ${text}`;
  }
  if (smallDecimal.test(text)) {
    // A decimal literal below 2^53 (`4` in `nindent 4`): an int, a uint and a float at once.
    const n = Number(text) + 0; // -0 is 0, as Go reads it
    const value = BigInt(n); // one value for both: bigints are immutable
    return node(pos, text, value, n < 0 ? undefined : value, n);
  }
  const u = parseUint(text);
  let i = parseInt64(text);
  let float: number | undefined;
  let uint = u;
  if (i !== undefined && i === 0n) uint = u ?? 0n; // -0 is a uint too
  if (i !== undefined) float = Number(i);
  else if (uint !== undefined) float = Number(uint);
  else {
    float = parseFloat64(text);
    if (float !== undefined) {
      // A float that looks like an integer is an integer too large for int64.
      if (!/[.eEpP]/.test(text)) return `integer overflow: "${text}"`;
      if (Number.isInteger(float) && Math.abs(float) < 2 ** 63) i = BigInt(float);
      if (Number.isInteger(float) && float >= 0 && float < 2 ** 64) uint = BigInt(float);
    }
  }
  if (i === undefined && uint === undefined && float === undefined) {
    return `illegal number syntax: "${text}"`;
  }
  return node(pos, text, i, uint, float);
}

function charNumber(pos: number, text: string): NumberNode | string {
  const ch = unquoteChar(text.slice(1), "'");
  if (ch === undefined) return 'invalid syntax';
  if (ch.tail !== "'") return `malformed character constant: ${text}`;
  const v = BigInt(ch.value);
  return node(pos, text, v, v, ch.value);
}

function node(
  pos: number,
  text: string,
  i: bigint | undefined,
  u: bigint | undefined,
  f: number | undefined,
): NumberNode {
  return {
    kind: 'number',
    pos,
    text,
    isInt: i !== undefined,
    isUint: u !== undefined,
    isFloat: f !== undefined,
    int64: i ?? 0n,
    uint64: u ?? 0n,
    float64: f ?? 0,
  };
}
