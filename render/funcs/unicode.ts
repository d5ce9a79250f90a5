// Go's unicode package predicates and simple case mappings, approximated with JS Unicode
// properties. Go maps case rune by rune (unicode.ToUpper('ß') is 'ß'), where JS's toUpperCase
// applies full mappings ('SS'); a mapping to more than one character is treated as none.

/** unicode.IsSpace: Latin-1 spaces plus the White_Space property. */
export function isSpace(r: number): boolean {
  if (r <= 0xff) {
    return r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0;
  }
  return /\p{White_Space}/u.test(String.fromCodePoint(r));
}

/** unicode.IsUpper. */
export function isUpper(r: number): boolean {
  return /\p{Lu}/u.test(String.fromCodePoint(r));
}

/** unicode.IsLower. */
export function isLower(r: number): boolean {
  return /\p{Ll}/u.test(String.fromCodePoint(r));
}

/** unicode.IsTitle. */
export function isTitle(r: number): boolean {
  return /\p{Lt}/u.test(String.fromCodePoint(r));
}

/** unicode.IsLetter. */
export function isLetter(r: number): boolean {
  return /\p{L}/u.test(String.fromCodePoint(r));
}

/** unicode.IsDigit (Nd). */
export function isDigit(r: number): boolean {
  return /\p{Nd}/u.test(String.fromCodePoint(r));
}

/** unicode.IsNumber (N). */
export function isNumber(r: number): boolean {
  return /\p{N}/u.test(String.fromCodePoint(r));
}

/** unicode.IsPunct (P). */
export function isPunct(r: number): boolean {
  return /\p{P}/u.test(String.fromCodePoint(r));
}

/** unicode.IsMark (M). */
export function isMark(r: number): boolean {
  return /\p{M}/u.test(String.fromCodePoint(r));
}

function simple(r: number, mapped: string): number {
  const cps = Array.from(mapped);
  return cps.length === 1 ? cps[0]!.codePointAt(0)! : r;
}

/** unicode.ToUpper. */
export function toUpper(r: number): number {
  if (r < 0x80) return r >= 0x61 && r <= 0x7a ? r - 32 : r;
  return simple(r, String.fromCodePoint(r).toUpperCase());
}

/** unicode.ToLower; U+0130 maps to 'i' as Go's tables say. */
export function toLower(r: number): number {
  if (r < 0x80) return r >= 0x41 && r <= 0x5a ? r + 32 : r;
  if (r === 0x130) return 0x69;
  return simple(r, String.fromCodePoint(r).toLowerCase());
}

// Title case differs from upper case only for the digraphs (ǅ and friends).
const titleCase = new Map([
  [0x1c4, 0x1c5],
  [0x1c5, 0x1c5],
  [0x1c6, 0x1c5],
  [0x1c7, 0x1c8],
  [0x1c8, 0x1c8],
  [0x1c9, 0x1c8],
  [0x1ca, 0x1cb],
  [0x1cb, 0x1cb],
  [0x1cc, 0x1cb],
  [0x1f1, 0x1f2],
  [0x1f2, 0x1f2],
  [0x1f3, 0x1f2],
]);

/** unicode.ToTitle. */
export function toTitle(r: number): number {
  return titleCase.get(r) ?? toUpper(r);
}

/** strings.Map over runes. */
export function mapRunes(s: string, f: (r: number) => number): string {
  let out = '';
  for (const c of s) out += String.fromCodePoint(f(c.codePointAt(0)!));
  return out;
}
