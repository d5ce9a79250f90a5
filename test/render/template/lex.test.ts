import { expect } from 'chai';
import { Item, Lexer } from '../../../render/template/index.js';

/** The items of `input` as `Kind:text`, up to EOF or an error. */
function items(input: string, options = {}): string[] {
  const lexer = new Lexer(input, options);
  const out: string[] = [];
  for (;;) {
    const item = lexer.nextItem();
    if (item.type === Item.EOF) return [...out, 'EOF'];
    out.push(`${Item[item.type]}:${item.val}`);
    if (item.type === Item.Error) return out;
  }
}

interface LexCase {
  readonly name: string;
  readonly input: string;
  readonly items: readonly string[];
  readonly options?: object;
}

const cases: readonly LexCase[] = [
  { name: 'empty', input: '', items: ['EOF'] },
  { name: 'text', input: 'now is the time', items: ['Text:now is the time', 'EOF'] },
  {
    name: 'text with comment',
    input: 'hello-{{/* this is a comment */}}-world',
    items: ['Text:hello-', 'Text:-world', 'EOF'],
  },
  {
    name: 'punctuation',
    input: '{{,@% }}',
    items: ['LeftDelim:{{', 'Char:,', 'Char:@', 'Char:%', 'Space: ', 'RightDelim:}}', 'EOF'],
  },
  {
    name: 'parens',
    input: '{{((3))}}',
    items: [
      'LeftDelim:{{',
      'LeftParen:(',
      'LeftParen:(',
      'Number:3',
      'RightParen:)',
      'RightParen:)',
      'RightDelim:}}',
      'EOF',
    ],
  },
  {
    name: 'keywords and identifiers',
    input: '{{range if else end with define block template break continue nil true printf}}',
    items: [
      'LeftDelim:{{',
      'Range:range',
      'Space: ',
      'If:if',
      'Space: ',
      'Else:else',
      'Space: ',
      'End:end',
      'Space: ',
      'With:with',
      'Space: ',
      'Define:define',
      'Space: ',
      'Block:block',
      'Space: ',
      'Template:template',
      'Space: ',
      'Break:break',
      'Space: ',
      'Continue:continue',
      'Space: ',
      'Nil:nil',
      'Space: ',
      'Bool:true',
      'Space: ',
      'Identifier:printf',
      'RightDelim:}}',
      'EOF',
    ],
  },
  {
    name: 'break is an identifier when a function of that name exists',
    input: '{{break}}',
    options: { breakOK: false },
    items: ['LeftDelim:{{', 'Identifier:break', 'RightDelim:}}', 'EOF'],
  },
  {
    name: 'fields, dot and variables',
    input: '{{.x . .x.y $ $x $x.y :=  =}}',
    items: [
      'LeftDelim:{{',
      'Field:.x',
      'Space: ',
      'Dot:.',
      'Space: ',
      'Field:.x',
      'Field:.y',
      'Space: ',
      'Variable:$',
      'Space: ',
      'Variable:$x',
      'Space: ',
      'Variable:$x',
      'Field:.y',
      'Space: ',
      'Declare::=',
      'Space:  ',
      'Assign:=',
      'RightDelim:}}',
      'EOF',
    ],
  },
  {
    name: 'numbers',
    input: '{{1 02 0x14 0X14 -7.2i 1e3 1E3 +1.2e-4 4.2i 1+2i 0b101 0o17 1_000 .5 0x1p-2}}',
    items: [
      'LeftDelim:{{',
      ...'1 02 0x14 0X14 -7.2i 1e3 1E3 +1.2e-4 4.2i'
        .split(' ')
        .flatMap((n) => [`Number:${n}`, 'Space: ']),
      'Complex:1+2i',
      'Space: ',
      ...'0b101 0o17 1_000 .5'.split(' ').flatMap((n) => [`Number:${n}`, 'Space: ']),
      'Number:0x1p-2',
      'RightDelim:}}',
      'EOF',
    ],
  },
  {
    name: 'strings, raw strings and characters',
    input: "{{\"abc \\n\\t\\\" \" `raw\nstring` 'a' '\\n' '\\''}}",
    items: [
      'LeftDelim:{{',
      'String:"abc \\n\\t\\" "',
      'Space: ',
      'RawString:`raw\nstring`',
      'Space: ',
      "CharConstant:'a'",
      'Space: ',
      "CharConstant:'\\n'",
      'Space: ',
      "CharConstant:'\\''",
      'RightDelim:}}',
      'EOF',
    ],
  },
  {
    name: 'pipeline',
    input: 'intro {{echo hi 1.2 |noargs|args 1 "hi"}} outro',
    items: [
      'Text:intro ',
      'LeftDelim:{{',
      'Identifier:echo',
      'Space: ',
      'Identifier:hi',
      'Space: ',
      'Number:1.2',
      'Space: ',
      'Pipe:|',
      'Identifier:noargs',
      'Pipe:|',
      'Identifier:args',
      'Space: ',
      'Number:1',
      'Space: ',
      'String:"hi"',
      'RightDelim:}}',
      'Text: outro',
      'EOF',
    ],
  },
  {
    name: 'trim markers eat the space around them, newlines included',
    input: 'a \n\t{{- 3 -}} \n b',
    items: ['Text:a', 'LeftDelim:{{', 'Number:3', 'RightDelim:}}', 'Text:b', 'EOF'],
  },
  {
    name: 'a minus without a space is a number sign, not a trim marker',
    input: '{{-3}}',
    items: ['LeftDelim:{{', 'Number:-3', 'RightDelim:}}', 'EOF'],
  },
  {
    name: 'trimmed comment',
    input: 'x  {{- /* c */ -}}  y',
    items: ['Text:x', 'Text:y', 'EOF'],
  },
  {
    name: 'newlines are space inside actions',
    input: '{{.x\n|\nprintf}}',
    items: [
      'LeftDelim:{{',
      'Field:.x',
      'Space:\n',
      'Pipe:|',
      'Space:\n',
      'Identifier:printf',
      'RightDelim:}}',
      'EOF',
    ],
  },
  {
    name: 'unicode identifiers and fields',
    input: '{{.café $ñ}}',
    items: ['LeftDelim:{{', 'Field:.café', 'Space: ', 'Variable:$ñ', 'RightDelim:}}', 'EOF'],
  },
  {
    name: 'custom delimiters',
    input: 'a<<.x>>b{{c}}',
    options: { leftDelim: '<<', rightDelim: '>>' },
    items: ['Text:a', 'LeftDelim:<<', 'Field:.x', 'RightDelim:>>', 'Text:b{{c}}', 'EOF'],
  },
  { name: 'unclosed action', input: '{{', items: ['LeftDelim:{{', 'Error:unclosed action'] },
  {
    name: 'unclosed comment',
    input: '{{/* x',
    items: ['Error:unclosed comment'],
  },
  {
    name: 'comment ends before the delimiter',
    input: '{{/* x */ }}',
    items: ['Error:comment ends before closing delimiter'],
  },
  {
    name: 'bad number',
    input: '{{3k}}',
    items: ['LeftDelim:{{', 'Error:bad number syntax: "3k"'],
  },
  {
    name: 'bad character after a field',
    input: '{{.x#}}',
    items: ['LeftDelim:{{', "Error:bad character U+0023 '#'"],
  },
  {
    name: 'unterminated string',
    input: '{{"\n"}}',
    items: ['LeftDelim:{{', 'Error:unterminated quoted string'],
  },
  {
    name: 'unterminated raw string',
    input: '{{`x}}',
    items: ['LeftDelim:{{', 'Error:unterminated raw quoted string'],
  },
  {
    name: 'unterminated character constant',
    input: "{{'a}}",
    items: ['LeftDelim:{{', 'Error:unterminated character constant'],
  },
  {
    name: 'unexpected right paren',
    input: '{{3)}}',
    items: ['LeftDelim:{{', 'Number:3', 'Error:unexpected right paren'],
  },
  {
    name: 'unclosed left paren',
    input: '{{(3}}',
    items: ['LeftDelim:{{', 'LeftParen:(', 'Number:3', 'Error:unclosed left paren'],
  },
  {
    name: 'colon without equals',
    input: '{{$x:}}',
    items: ['LeftDelim:{{', 'Variable:$x', 'Error:expected :='],
  },
  {
    name: 'non-ASCII punctuation',
    input: '{{€}}',
    items: ['LeftDelim:{{', "Error:unrecognized character in action: U+20AC '€'"],
  },
];

describe('template lexer', function () {
  for (const c of cases) {
    it(c.name, function () {
      expect(items(c.input, c.options)).to.deep.equal(c.items);
    });
  }

  it('gives each item its offset and line', function () {
    const lexer = new Lexer('a\n{{ .x\n .y }}\nb');
    const seen: string[] = [];
    for (let item = lexer.nextItem(); item.type !== Item.EOF; item = lexer.nextItem()) {
      seen.push(`${item.val.replace(/\n/g, '\\n')}@${item.pos}:${item.line}`);
    }
    expect(seen).to.deep.equal([
      'a\\n@0:1',
      '{{@2:2',
      ' @4:2',
      '.x@5:2',
      '\\n @7:2',
      '.y@9:3',
      ' @11:3',
      '}}@12:3',
      '\\nb@14:3',
    ]);
  });
});
