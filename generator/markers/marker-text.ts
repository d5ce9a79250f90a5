/**
 * The small language of marker arguments, after `@k8s:name`: a positional value, `key=value`
 * pairs, or both. Values are bare words (no spaces), JSON strings in double quotes, or JSON
 * arrays and objects; `a;b;c` lists follow kubebuilder.
 */

/** A marker's arguments: the positional words, and the named values in order. */
export interface MarkerArgs {
  readonly positional: readonly string[];
  readonly named: ReadonlyMap<string, string>;
}

/** An argument text that could not be read, with the offset (in the marker text) where it went wrong. */
export class MarkerSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Splits `text` into positional words and `key=value` pairs; quoted and bracketed values stay whole. */
export function parseArgs(text: string): MarkerArgs {
  const positional: string[] = [];
  const named = new Map<string, string>();
  let at = 0;
  while (at < text.length) {
    if (/\s|,/.test(text[at]!)) {
      at++;
      continue;
    }
    const key = /^([A-Za-z][\w.-]*)=/.exec(text.slice(at));
    if (key !== null) {
      if (named.has(key[1]!)) {
        throw new MarkerSyntaxError(`argument ${key[1]} given twice`, at);
      }
      const [value, end] = readValue(text, at + key[0].length);
      named.set(key[1]!, value);
      at = end;
    } else {
      const [value, end] = readValue(text, at);
      positional.push(value);
      at = end;
    }
  }
  return { positional, named };
}

// One value starting at `from`: a JSON string (decoded), a JSON array/object (kept as text), or a
// bare word up to the next space. Returns the value and the offset after it.
function readValue(text: string, from: number): [string, number] {
  const first = text[from];
  if (first === '"') {
    const end = closingQuote(text, from);
    try {
      return [JSON.parse(text.slice(from, end + 1)) as string, end + 1];
    } catch {
      throw new MarkerSyntaxError('invalid escape in quoted string', from);
    }
  }
  if (first === '[' || first === '{') {
    const end = closingBracket(text, from);
    return [text.slice(from, end + 1), end + 1];
  }
  let end = from;
  while (end < text.length && !/\s/.test(text[end]!)) {
    end++;
  }
  return [text.slice(from, end), end];
}

function closingQuote(text: string, from: number): number {
  for (let i = from + 1; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
    } else if (text[i] === '"') {
      return i;
    }
  }
  throw new MarkerSyntaxError('unterminated quoted string', from);
}

function closingBracket(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i = closingQuote(text, i);
    } else if (c === '[' || c === '{') {
      depth++;
    } else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) {
        return i;
      }
    }
  }
  throw new MarkerSyntaxError(`unclosed ${text[from]}`, from);
}

/** Reads a JSON value, or a bare word as a string. */
export function parseJsonValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    if (/^[[{"]/.test(text)) {
      throw new MarkerSyntaxError(`invalid JSON: ${text}`, 0);
    }
    return text;
  }
}

/** Reads a list written as `a;b;c` or as a JSON array of strings. */
export function parseList(text: string): string[] {
  if (text.startsWith('[')) {
    const value = parseJsonValue(text);
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
      throw new MarkerSyntaxError('expected a JSON array of strings', 0);
    }
    return value;
  }
  return text.split(';').filter((s) => s !== '');
}
