// The items the lexer produces, and how Go's parse errors name them.

/**
 * The kinds of lexical items, ordered so that keywords come after `Keyword`. An enum: the
 * lexer and parser compare item types in their hottest loops, and the bundler writes each member
 * as its number instead of a property read.
 */
export enum Item {
  Error = 0,
  Bool = 1,
  Char = 2,
  CharConstant = 3,
  Comment = 4,
  Complex = 5,
  Assign = 6,
  Declare = 7,
  EOF = 8,
  Field = 9,
  Identifier = 10,
  LeftDelim = 11,
  LeftParen = 12,
  Number = 13,
  Pipe = 14,
  RawString = 15,
  RightDelim = 16,
  RightParen = 17,
  Space = 18,
  String = 19,
  Text = 20,
  Variable = 21,
  Keyword = 22,
  Block = 23,
  Break = 24,
  Continue = 25,
  Dot = 26,
  Define = 27,
  Else = 28,
  End = 29,
  If = 30,
  Nil = 31,
  Range = 32,
  Template = 33,
  With = 34,
}

/** One kind of lexical item. */
export type ItemType = Item;

/** A token or a run of text, with its offset and 1-based line in the input. */
export interface LexItem {
  readonly type: ItemType;
  readonly pos: number;
  readonly val: string;
  readonly line: number;
}

/** Keywords by spelling. */
export const keywords: ReadonlyMap<string, ItemType> = new Map<string, ItemType>([
  ['.', Item.Dot],
  ['block', Item.Block],
  ['break', Item.Break],
  ['continue', Item.Continue],
  ['define', Item.Define],
  ['else', Item.Else],
  ['end', Item.End],
  ['if', Item.If],
  ['range', Item.Range],
  ['nil', Item.Nil],
  ['template', Item.Template],
  ['with', Item.With],
]);

/** How an item is named in Go's parse errors: `"}"`, `<end>`, `EOF`, or the lexer's error text. */
export function describeItem(item: LexItem): string {
  if (item.type === Item.EOF) return 'EOF';
  if (item.type === Item.Error) return item.val;
  if (item.type > Item.Keyword) return `<${item.val}>`;
  const chars = [...item.val];
  if (chars.length > 10) return `${goQuote(chars.slice(0, 10).join(''))}...`;
  return goQuote(item.val);
}

/** Go's `%#U`: `U+007D '}'`. */
export function goRuneU(r: number): string {
  const hex = r.toString(16).toUpperCase().padStart(4, '0');
  return isPrintable(r) ? `U+${hex} '${String.fromCodePoint(r)}'` : `U+${hex}`;
}

function isPrintable(r: number): boolean {
  return r >= 0 && /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(String.fromCodePoint(r));
}

/** Go's `%q` for the short strings that appear in parse errors. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const r = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (r === 7) out += '\\a';
    else if (r === 8) out += '\\b';
    else if (r === 12) out += '\\f';
    else if (r === 10) out += '\\n';
    else if (r === 13) out += '\\r';
    else if (r === 9) out += '\\t';
    else if (r === 11) out += '\\v';
    else if (isPrintable(r)) out += ch;
    else if (r < 0x80) out += `\\x${r.toString(16).padStart(2, '0')}`;
    else if (r < 0x10000) out += `\\u${r.toString(16).padStart(4, '0')}`;
    else out += `\\U${r.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}
