// One JSON value at the start of a text, as Go's json.Decoder reads it for --set-json: leading
// whitespace skipped, objects as maps in document order (Go's maps have none; printing sorts),
// numbers as float64, and the count of characters consumed so that parsing can go on after it.
import type { GoMap, GoValue } from '../go/index.js';

/** Thrown when the text does not start with a JSON value. */
export class JsonValueError extends Error {}

/** The JSON value at the start of `text` and how many UTF-16 units it took. */
export function decodeJsonPrefix(text: string): { value: GoValue; length: number } {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw new JsonValueError(`invalid JSON at offset ${i}`);
  };
  const value = (): GoValue => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const m: GoMap = new Map();
      ws();
      if (text[i] === '}') {
        i++;
        return m;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        const k = value() as string;
        ws();
        if (text[i++] !== ':') fail();
        m.set(k, value());
        ws();
        const d = text[i++];
        if (d === '}') return m;
        if (d !== ',') fail();
      }
    }
    if (c === '[') {
      i++;
      const a: GoValue[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return a;
      }
      for (;;) {
        a.push(value());
        ws();
        const d = text[i++];
        if (d === ']') return a;
        if (d !== ',') fail();
      }
    }
    const m =
      /^(?:"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null)/.exec(
        text.slice(i),
      );
    if (m === null) return fail();
    i += m[0].length;
    return JSON.parse(m[0]) as GoValue;
  };
  const v = value();
  return { value: v, length: i };
}
