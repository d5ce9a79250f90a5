// Case conversions: strings.Title (title), goutils' Uncapitalize (untitle) and SwapCase
// (swapcase), and huandu/xstrings v1.5 (snakecase, kebabcase, camelcase = ToPascalCase, shuffle).
// Pinned by the strings golden chart.
import { randomInt } from './random.js';
import {
  isLetter,
  isDigit,
  isLower,
  isNumber,
  isPunct,
  isSpace,
  isTitle,
  isUpper,
  toLower,
  toTitle,
  toUpper,
} from './unicode.js';
import { fromRunes, runes } from './utf8.js';

// strings.Title's word boundary: ASCII other than letters, digits and '_', or Unicode space.
function isSeparator(r: number): boolean {
  if (r <= 0x7f) return !/[0-9A-Za-z_]/.test(String.fromCharCode(r));
  if (isLetter(r) || isDigit(r)) return false;
  return isSpace(r);
}

/** strings.Title. */
export function title(s: string): string {
  let prev = 0x20;
  return fromRunes(
    runes(s).map((r) => {
      const out = isSeparator(prev) ? toTitle(r) : r;
      prev = r;
      return out;
    }),
  );
}

/** goutils.Uncapitalize: the first rune of each space-separated word lower-cased. */
export function untitle(s: string): string {
  let next = true;
  return fromRunes(
    runes(s).map((r) => {
      if (isSpace(r)) {
        next = true;
        return r;
      }
      if (!next) return r;
      next = false;
      return toLower(r);
    }),
  );
}

/** goutils.SwapCase: upper/title → lower; lower after a space → title, other lower → upper. */
export function swapcase(s: string): string {
  let space = true;
  return fromRunes(
    runes(s).map((r) => {
      if (isUpper(r) || isTitle(r)) {
        space = false;
        return toLower(r);
      }
      if (isLower(r)) {
        const out = space ? toTitle(r) : toUpper(r);
        space = false;
        return out;
      }
      space = isSpace(r);
      return r;
    }),
  );
}

/** xstrings.Shuffle: the runes in a random order. */
export function shuffle(s: string): string {
  const rs = runes(s);
  for (let i = rs.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [rs[i], rs[j]] = [rs[j]!, rs[i]!];
  }
  return fromRunes(rs);
}

const isConnector = (r: number): boolean => r === 0x2d || r === 0x5f || isSpace(r);

/** xstrings.ToPascalCase: words split at '-', '_' and spaces, each capitalized; all-caps words lowered. */
export function camelcase(s: string): string {
  const rs = runes(s);
  if (rs.length === 0) return '';
  const out: number[] = [];
  let i = 0;
  let r0 = 0;
  let firstUpper = false;
  while (i < rs.length) {
    r0 = rs[i++]!;
    if (!isConnector(r0)) {
      firstUpper = isUpper(r0);
      r0 = toUpper(r0);
      break;
    }
    out.push(r0);
  }
  // As xstrings does, a string of connectors only ends with its last connector written twice.
  if (i >= rs.length) {
    out.push(r0);
    return fromRunes(out);
  }
  for (; i < rs.length; i++) {
    const r1 = r0;
    r0 = rs[i]!;
    if (isConnector(r0) && isConnector(r1)) {
      out.push(r1);
      continue;
    }
    if (isConnector(r1)) {
      firstUpper = isUpper(r0);
      r0 = toUpper(r0);
    } else {
      if (firstUpper) {
        if (isUpper(r0)) r0 = toLower(r0);
        else firstUpper = false;
      }
      out.push(r1);
    }
  }
  out.push(r0);
  return fromRunes(out);
}

/** xstrings.ToSnakeCase. */
export function snakecase(s: string): string {
  return toLowerWords(s, 0x5f);
}

/** xstrings.ToKebabCase. */
export function kebabcase(s: string): string {
  return toLowerWords(s, 0x2d);
}

type WordType = 'invalid' | 'number' | 'upper' | 'alphabet' | 'connector' | 'punct' | 'other';
interface Word {
  readonly type: WordType;
  readonly text: number[];
}

const isAlphabet = (r: number): boolean => isLetter(r) || isMarkLike(r);
// xstrings' isAlphabet: letters and marks are part of words.
function isMarkLike(r: number): boolean {
  return /\p{M}/u.test(String.fromCodePoint(r));
}

// xstrings' nextWord: the next run of connectors, punctuation, an upper-case word (an acronym
// stops before the capital that starts the next word), a lower-case word, digits, or others.
function nextWord(rs: readonly number[], at: number): [Word, number] {
  if (at >= rs.length) return [{ type: 'invalid', text: [] }, at];
  const r = rs[at]!;
  let end = at + 1;
  const run = (pred: (x: number) => boolean): void => {
    while (end < rs.length && pred(rs[end]!)) end++;
  };
  let type: WordType;
  if (isConnector(r)) {
    type = 'connector';
    run(isConnector);
  } else if (isPunct(r)) {
    type = 'punct';
    run(isPunct);
  } else if (isUpper(r)) {
    type = 'upper';
    if (end < rs.length && isUpper(rs[end]!)) {
      run(isUpper);
      if (end < rs.length && isAlphabet(rs[end]!)) end--;
    } else if (end < rs.length && isAlphabet(rs[end]!)) {
      run((x) => isAlphabet(x) && !isUpper(x));
    }
  } else if (isAlphabet(r)) {
    type = 'alphabet';
    run((x) => isAlphabet(x) && !isUpper(x));
  } else if (isNumber(r)) {
    type = 'number';
    run(isNumber);
  } else {
    type = 'other';
    run((x) => !(isConnector(x) || isAlphabet(x) || isNumber(x) || isPunct(x)));
  }
  return [{ type, text: rs.slice(at, end) }, end];
}

function writeLower(out: number[], w: Word, connector: number): void {
  if (w.type !== 'upper' && w.type !== 'connector') {
    out.push(...w.text);
    return;
  }
  for (const r of w.text) out.push(isConnector(r) ? connector : isUpper(r) ? toLower(r) : r);
}

// xstrings' camelCaseToLowerCase: words lower-cased and joined with the connector; digits stick
// to a preceding word unless a letter follows them.
function toLowerWords(s: string, connector: number): string {
  const rs = runes(s);
  if (rs.length === 0) return '';
  const out: number[] = [];
  let [w, at] = nextWord(rs, 0);
  while (at < rs.length) {
    if (w.type !== 'connector') writeLower(out, w, connector);
    const prev = w;
    [w, at] = nextWord(rs, at);
    switch (prev.type) {
      case 'number':
        while (w.type === 'alphabet' || w.type === 'number') {
          writeLower(out, w, connector);
          [w, at] = nextWord(rs, at);
        }
        if (w.type !== 'invalid' && w.type !== 'punct' && w.type !== 'connector')
          out.push(connector);
        break;
      case 'connector':
        writeLower(out, prev, connector);
        break;
      case 'punct':
        break;
      default: {
        if (w.type !== 'number') {
          if (w.type !== 'connector' && w.type !== 'punct') out.push(connector);
          break;
        }
        if (at >= rs.length) break;
        const last = w;
        [w, at] = nextWord(rs, at);
        if (w.type !== 'alphabet') {
          writeLower(out, last, connector);
          if (w.type !== 'connector' && w.type !== 'punct') out.push(connector);
          break;
        }
        out.push(connector);
        writeLower(out, last, connector);
        while (w.type === 'alphabet' || w.type === 'number') {
          writeLower(out, w, connector);
          [w, at] = nextWord(rs, at);
        }
        if (w.type !== 'invalid' && w.type !== 'connector' && w.type !== 'punct')
          out.push(connector);
      }
    }
  }
  writeLower(out, w, connector);
  return fromRunes(out);
}
