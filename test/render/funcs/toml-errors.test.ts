// fromToml's errors for malformed TOML, each text recorded from Helm 4.1.4 (BurntSushi/toml
// v1.6.0) and Helm 3.17.2 (v1.4.0): the lexer's and parser's messages with their line numbers and
// last keys, which differ between the releases where v1.6 reads TOML 1.1 (newlines and a trailing
// comma in inline tables, \e and \xHH escapes, times without seconds) or words an error or counts
// its line differently. The inputs are testdata/toml-errors.json, passed as .Values.in.
import { readFileSync } from 'node:fs';
import { describeTable, type Row } from './support/table.js';

const inputs = readFileSync(new URL('./testdata/toml-errors.json', import.meta.url), 'utf8');

const errors: Row[] = [
  {
    name: '"a = "',
    expr: '(fromToml (index .Values.in 0)).Error',
    expected: 'toml: line 1 (last key "a"): unexpected EOF; expected value',
    majors: [4],
  },
  {
    name: '"a = "',
    expr: '(fromToml (index .Values.in 0)).Error',
    expected: 'toml: line 0 (last key "a"): unexpected EOF; expected value',
    majors: [3],
  },
  {
    name: '"a x"',
    expr: '(fromToml (index .Values.in 1)).Error',
    expected: "toml: line 1: expected '.' or '=', but got 'x' instead",
  },
  {
    name: '"a"',
    expr: '(fromToml (index .Values.in 2)).Error',
    expected: "toml: line 1: unexpected EOF; expected key separator '='",
    majors: [4],
  },
  {
    name: '"a"',
    expr: '(fromToml (index .Values.in 2)).Error',
    expected: "toml: line 0: unexpected EOF; expected key separator '='",
    majors: [3],
  },
  {
    name: '"a\\nb = 1"',
    expr: '(fromToml (index .Values.in 3)).Error',
    expected: "toml: line 1: expected '.' or '=', but got '\\n' instead",
    majors: [4],
  },
  {
    name: '"a\\nb = 1"',
    expr: '(fromToml (index .Values.in 3)).Error',
    expected: "toml: line 2: expected '.' or '=', but got '\\n' instead",
    majors: [3],
  },
  {
    name: '"= 1"',
    expr: '(fromToml (index .Values.in 4)).Error',
    expected: "toml: line 1: unexpected '=': key name appears blank",
  },
  {
    name: '".a = 1"',
    expr: '(fromToml (index .Values.in 5)).Error',
    expected: "toml: line 1: unexpected '.': keys cannot start with a '.'",
  },
  {
    name: '"a. = 1"',
    expr: '(fromToml (index .Values.in 6)).Error',
    expected: "toml: line 1: unexpected '='",
  },
  {
    name: '"a..b = 1"',
    expr: '(fromToml (index .Values.in 7)).Error',
    expected: "toml: line 1: unexpected '.'",
  },
  {
    name: '"a = x"',
    expr: '(fromToml (index .Values.in 8)).Error',
    expected: 'toml: line 1 (last key "a"): expected value but found "x" instead',
  },
  {
    name: '"a = tru"',
    expr: '(fromToml (index .Values.in 9)).Error',
    expected: 'toml: line 1 (last key "a"): expected value but found "tru" instead',
  },
  {
    name: '"a = 1x"',
    expr: '(fromToml (index .Values.in 10)).Error',
    expected:
      "toml: line 1: expected a top-level item to end with a newline, comment, or EOF, but got 'x' instead",
  },
  {
    name: '"a = .5"',
    expr: '(fromToml (index .Values.in 11)).Error',
    expected: 'toml: line 1 (last key "a"): floats must start with a digit, not \'.\'',
  },
  {
    name: '"a = +.5"',
    expr: '(fromToml (index .Values.in 12)).Error',
    expected: 'toml: line 1 (last key "a"): floats must start with a digit, not \'.\'',
  },
  {
    name: '"a = 1."',
    expr: '(fromToml (index .Values.in 13)).Error',
    expected:
      'toml: line 1 (last key "a"): Invalid float "1.": \'.\' must be followed by one or more digits',
  },
  {
    name: '"a = 1.e5"',
    expr: '(fromToml (index .Values.in 14)).Error',
    expected:
      'toml: line 1 (last key "a"): Invalid float "1.e5": \'.\' must be followed by one or more digits',
  },
  {
    name: '"a = 01"',
    expr: '(fromToml (index .Values.in 15)).Error',
    expected: 'toml: line 1 (last key "a"): Invalid integer "01": cannot have leading zeroes',
  },
  {
    name: '"a = 1__0"',
    expr: '(fromToml (index .Values.in 16)).Error',
    expected:
      'toml: line 1 (last key "a"): Invalid integer "1__0": underscores must be surrounded by digits',
  },
  {
    name: '"a = _1"',
    expr: '(fromToml (index .Values.in 17)).Error',
    expected: 'toml: line 1 (last key "a"): expected value but found \'_\' instead',
  },
  {
    name: '"a = 1_"',
    expr: '(fromToml (index .Values.in 18)).Error',
    expected:
      'toml: line 1 (last key "a"): Invalid integer "1_": underscores must be surrounded by digits',
  },
  {
    name: '"a = 0x"',
    expr: '(fromToml (index .Values.in 19)).Error',
    expected: 'toml: line 1 (last key "a"): not a hexadecimal number: \'0x\u0000\'',
    majors: [4],
  },
  {
    name: '"a = 0x"',
    expr: '(fromToml (index .Values.in 19)).Error',
    expected: 'toml: line 1 (last key "a"): not a hexidecimal number: \'0x\u0000\'',
    majors: [3],
  },
  {
    name: '"a = 0xg"',
    expr: '(fromToml (index .Values.in 20)).Error',
    expected: 'toml: line 1 (last key "a"): not a hexadecimal number: \'0xg\'',
    majors: [4],
  },
  {
    name: '"a = 0xg"',
    expr: '(fromToml (index .Values.in 20)).Error',
    expected: 'toml: line 1 (last key "a"): not a hexidecimal number: \'0xg\'',
    majors: [3],
  },
  {
    name: '"a = 0b2"',
    expr: '(fromToml (index .Values.in 21)).Error',
    expected: 'toml: line 1 (last key "a"): not a binary number: \'0b2\'',
  },
  {
    name: '"a = 0o8"',
    expr: '(fromToml (index .Values.in 22)).Error',
    expected: 'toml: line 1 (last key "a"): not an octal number: \'0o8\'',
  },
  {
    name: '"a = +0x1"',
    expr: '(fromToml (index .Values.in 23)).Error',
    expected: 'toml: line 1 (last key "a"): cannot use sign with non-decimal numbers: \'+0x\'',
  },
  {
    name: '"a = +in"',
    expr: '(fromToml (index .Values.in 24)).Error',
    expected: 'toml: line 1 (last key "a"): invalid float: \'+in\'',
  },
  {
    name: '"a = -na"',
    expr: '(fromToml (index .Values.in 25)).Error',
    expected: 'toml: line 1 (last key "a"): invalid float: \'-na\'',
  },
  {
    name: '"a = 9223372036854775808"',
    expr: '(fromToml (index .Values.in 26)).Error',
    expected: 'toml: line 1 (last key "a"): 9223372036854775808 is out of range for int64',
  },
  {
    name: '"a = -9223372036854775809"',
    expr: '(fromToml (index .Values.in 27)).Error',
    expected: 'toml: line 1 (last key "a"): -9223372036854775809 is out of range for int64',
  },
  {
    name: '"a = 0x8000000000000000"',
    expr: '(fromToml (index .Values.in 28)).Error',
    expected: 'toml: line 1 (last key "a"): 0x8000000000000000 is out of range for int64',
  },
  {
    name: '"a = 1e400"',
    expr: '(fromToml (index .Values.in 29)).Error',
    expected: 'toml: line 1 (last key "a"): 1e400 is out of range for float64',
  },
  {
    name: '"a = \\"abc"',
    expr: '(fromToml (index .Values.in 30)).Error',
    expected: 'toml: line 1 (last key "a"): unexpected EOF; expected \'"\'',
    majors: [4],
  },
  {
    name: '"a = \\"abc"',
    expr: '(fromToml (index .Values.in 30)).Error',
    expected: 'toml: line 0 (last key "a"): unexpected EOF; expected \'"\'',
    majors: [3],
  },
  {
    name: '"a = \'abc"',
    expr: '(fromToml (index .Values.in 31)).Error',
    expected: 'toml: line 1 (last key "a"): unexpected EOF; expected "\'"',
    majors: [4],
  },
  {
    name: '"a = \'abc"',
    expr: '(fromToml (index .Values.in 31)).Error',
    expected: 'toml: line 0 (last key "a"): unexpected EOF; expected "\'"',
    majors: [3],
  },
  {
    name: '"a = \\"\\"\\"abc"',
    expr: '(fromToml (index .Values.in 32)).Error',
    expected: 'toml: line 1 (last key "a"): unexpected EOF; expected \'"""\'',
    majors: [4],
  },
  {
    name: '"a = \\"\\"\\"abc"',
    expr: '(fromToml (index .Values.in 32)).Error',
    expected: 'toml: line 0 (last key "a"): unexpected EOF; expected \'"""\'',
    majors: [3],
  },
  {
    name: "\"a = '''abc\"",
    expr: '(fromToml (index .Values.in 33)).Error',
    expected: 'toml: line 1 (last key "a"): unexpected EOF; expected "\'\'\'"',
    majors: [4],
  },
  {
    name: "\"a = '''abc\"",
    expr: '(fromToml (index .Values.in 33)).Error',
    expected: 'toml: line 0 (last key "a"): unexpected EOF; expected "\'\'\'"',
    majors: [3],
  },
  {
    name: '"a = \\"ab\\ncd\\""',
    expr: '(fromToml (index .Values.in 34)).Error',
    expected: 'toml: line 1 (last key "a"): strings cannot contain newlines',
  },
  {
    name: '"a = \'ab\\ncd\'"',
    expr: '(fromToml (index .Values.in 35)).Error',
    expected: 'toml: line 1 (last key "a"): strings cannot contain newlines',
  },
  {
    name: '"a = \\"\\\\q\\""',
    expr: '(fromToml (index .Values.in 36)).Error',
    expected: 'toml: line 1 (last key "a"): invalid escape in string \'\\q\'',
  },
  {
    name: '"a = \\"\\\\e\\""',
    expr: '(fromToml (index .Values.in 37)).Error',
    expected: '<nil>',
    majors: [4],
  },
  {
    name: '"a = \\"\\\\e\\""',
    expr: '(fromToml (index .Values.in 37)).Error',
    expected: 'toml: line 1 (last key "a"): invalid escape in string \'\\e\'',
    majors: [3],
  },
  {
    name: '"a = \\"\\\\x41\\""',
    expr: '(fromToml (index .Values.in 38)).Error',
    expected: '<nil>',
    majors: [4],
  },
  {
    name: '"a = \\"\\\\x41\\""',
    expr: '(fromToml (index .Values.in 38)).Error',
    expected: 'toml: line 1 (last key "a"): invalid escape in string \'\\x\'',
    majors: [3],
  },
  {
    name: '"a = \\"\\\\x4\\""',
    expr: '(fromToml (index .Values.in 39)).Error',
    expected:
      'toml: line 1 (last key "a"): expected two hexadecimal digits after \'\\x\', but got "\\\\x4\\"" instead',
    majors: [4],
  },
  {
    name: '"a = \\"\\\\x4\\""',
    expr: '(fromToml (index .Values.in 39)).Error',
    expected: 'toml: line 1 (last key "a"): invalid escape in string \'\\x\'',
    majors: [3],
  },
  {
    name: '"a = \\"\\\\u12\\""',
    expr: '(fromToml (index .Values.in 40)).Error',
    expected:
      'toml: line 1 (last key "a"): expected four hexadecimal digits after \'\\u\', but got "\\\\u12\\"" instead',
  },
  {
    name: '"a = \\"\\\\U0001F60\\""',
    expr: '(fromToml (index .Values.in 41)).Error',
    expected:
      'toml: line 1 (last key "a"): expected eight hexadecimal digits after \'\\U\', but got "\\\\U0001F60\\"" instead',
  },
  {
    name: '"a = \\"\\\\uD800\\""',
    expr: '(fromToml (index .Values.in 42)).Error',
    expected: 'toml: line 1 (last key "a"): Escaped character \'\\uD800\' is not valid UTF-8.',
  },
  {
    name: '"a = \\"\\\\U00110000\\""',
    expr: '(fromToml (index .Values.in 43)).Error',
    expected: 'toml: line 1 (last key "a"): Escaped character \'\\u00110000\' is not valid UTF-8.',
  },
  {
    name: '"a = \\"a\\\\ b\\""',
    expr: '(fromToml (index .Values.in 44)).Error',
    expected: 'toml: line 1 (last key "a"): invalid escape: \'\\ \'',
  },
  {
    name: '"a = \\"\\"\\"\\\\q\\"\\"\\""',
    expr: '(fromToml (index .Values.in 45)).Error',
    expected: 'toml: line 1 (last key "a"): invalid escape in string \'\\q\'',
  },
  {
    name: '"a = 1\\na = 2"',
    expr: '(fromToml (index .Values.in 46)).Error',
    expected: 'toml: line 2 (last key "a"): Key \'a\' has already been defined.',
  },
  {
    name: '"[a]\\n[a]"',
    expr: '(fromToml (index .Values.in 47)).Error',
    expected: "toml: line 2: Key 'a' has already been defined.",
  },
  {
    name: '"a = 1\\n[a]"',
    expr: '(fromToml (index .Values.in 48)).Error',
    expected: "toml: line 2: Key 'a' has already been defined.",
  },
  {
    name: '"[[a]]\\n[a]"',
    expr: '(fromToml (index .Values.in 49)).Error',
    expected: "toml: line 2: Key 'a' has already been defined.",
  },
  {
    name: '"a = [1]\\n[[a]]"',
    expr: '(fromToml (index .Values.in 50)).Error',
    expected: "toml: line 2: Key 'a' was already created and cannot be used as an array.",
  },
  {
    name: '"a = {b = 1}\\n[a]"',
    expr: '(fromToml (index .Values.in 51)).Error',
    expected: "toml: line 2: Key 'a' has already been defined.",
  },
  { name: '"a.b = 1\\na = 2"', expr: '(fromToml (index .Values.in 52)).Error', expected: '<nil>' },
  {
    name: '"a.b = 1\\na = 2\\na = 3"',
    expr: '(fromToml (index .Values.in 53)).Error',
    expected: 'toml: line 3 (last key "a"): Key \'a\' has already been defined.',
  },
  {
    name: '"a = 1\\na.b = 2"',
    expr: '(fromToml (index .Values.in 54)).Error',
    expected: 'toml: line 2 (last key "a.b"): Key \'a\' has already been defined.',
  },
  { name: '"x.y = 1\\n[x]"', expr: '(fromToml (index .Values.in 55)).Error', expected: '<nil>' },
  {
    name: '"[a.b]\\n[a]\\nb = 1"',
    expr: '(fromToml (index .Values.in 56)).Error',
    expected: 'toml: line 3 (last key "a.b"): Key \'a.b\' has already been defined.',
  },
  {
    name: '"[a]\\nb = 1\\n[a.b]"',
    expr: '(fromToml (index .Values.in 57)).Error',
    expected: 'toml: line 3 (last key "a"): Key \'a.b\' has already been defined.',
  },
  {
    name: '"a.\\"b\\" = 1\\na.b = 2"',
    expr: '(fromToml (index .Values.in 58)).Error',
    expected: 'toml: line 2 (last key "a.b"): Key \'a.b\' has already been defined.',
  },
  {
    name: '"a = [{b = 1}]\\n[[a]]"',
    expr: '(fromToml (index .Values.in 59)).Error',
    expected: "toml: line 2: Key 'a' was already created and cannot be used as an array.",
  },
  {
    name: '"[]"',
    expr: '(fromToml (index .Values.in 60)).Error',
    expected: 'toml: line 1: unexpected end of table name (table names cannot be empty)',
  },
  {
    name: '"[a"',
    expr: '(fromToml (index .Values.in 61)).Error',
    expected: "toml: line 1: expected '.' or ']' to end table name, but got '\\x00' instead",
    majors: [4],
  },
  {
    name: '"[a"',
    expr: '(fromToml (index .Values.in 61)).Error',
    expected: "toml: line 0: expected '.' or ']' to end table name, but got '\\x00' instead",
    majors: [3],
  },
  {
    name: '"[a.]"',
    expr: '(fromToml (index .Values.in 62)).Error',
    expected: 'toml: line 1: unexpected end of table name (table names cannot be empty)',
  },
  {
    name: '"[.a]"',
    expr: '(fromToml (index .Values.in 63)).Error',
    expected: 'toml: line 1: unexpected table separator (table names cannot be empty)',
  },
  {
    name: '"[a b]"',
    expr: '(fromToml (index .Values.in 64)).Error',
    expected: "toml: line 1: expected '.' or ']' to end table name, but got 'b' instead",
  },
  {
    name: '"[[a]"',
    expr: '(fromToml (index .Values.in 65)).Error',
    expected:
      "toml: line 1: expected end of table array name delimiter ']', but got '\\x00' instead",
    majors: [4],
  },
  {
    name: '"[[a]"',
    expr: '(fromToml (index .Values.in 65)).Error',
    expected:
      "toml: line 0: expected end of table array name delimiter ']', but got '\\x00' instead",
    majors: [3],
  },
  {
    name: '"[[a] ]"',
    expr: '(fromToml (index .Values.in 66)).Error',
    expected: "toml: line 1: expected end of table array name delimiter ']', but got ' ' instead",
  },
  {
    name: '"[a]x"',
    expr: '(fromToml (index .Values.in 67)).Error',
    expected:
      'toml: line 1 (last key "a"): expected a top-level item to end with a newline, comment, or EOF, but got \'x\' instead',
  },
  {
    name: '"[[]]"',
    expr: '(fromToml (index .Values.in 68)).Error',
    expected: 'toml: line 1: unexpected end of table name (table names cannot be empty)',
  },
  {
    name: '"a = [1, 2"',
    expr: '(fromToml (index .Values.in 69)).Error',
    expected:
      "toml: line 1 (last key \"a\"): expected a comma (',') or array terminator (']'), but got end of file",
    majors: [4],
  },
  {
    name: '"a = [1, 2"',
    expr: '(fromToml (index .Values.in 69)).Error',
    expected:
      "toml: line 0 (last key \"a\"): expected a comma (',') or array terminator (']'), but got end of file",
    majors: [3],
  },
  {
    name: '"a = [1 2]"',
    expr: '(fromToml (index .Values.in 70)).Error',
    expected:
      "toml: line 1 (last key \"a\"): expected a comma (',') or array terminator (']'), but got '2'",
  },
  {
    name: '"a = [,]"',
    expr: '(fromToml (index .Values.in 71)).Error',
    expected: 'toml: line 1 (last key "a"): unexpected comma',
  },
  {
    name: '"a = [1,,2]"',
    expr: '(fromToml (index .Values.in 72)).Error',
    expected: 'toml: line 1 (last key "a"): unexpected comma',
  },
  {
    name: '"a = [\\n1,\\n"',
    expr: '(fromToml (index .Values.in 73)).Error',
    expected: 'toml: line 2 (last key "a"): unexpected EOF; expected value',
  },
  {
    name: '"a = [1] x"',
    expr: '(fromToml (index .Values.in 74)).Error',
    expected:
      "toml: line 1: expected a top-level item to end with a newline, comment, or EOF, but got 'x' instead",
  },
  {
    name: '"a = {b = 1"',
    expr: '(fromToml (index .Values.in 75)).Error',
    expected:
      'toml: line 1 (last key "a.b"): expected a comma or an inline table terminator \'}\', but got end of file instead',
    majors: [4],
  },
  {
    name: '"a = {b = 1"',
    expr: '(fromToml (index .Values.in 75)).Error',
    expected:
      'toml: line 0 (last key "a.b"): expected a comma or an inline table terminator \'}\', but got end of file instead',
    majors: [3],
  },
  {
    name: '"a = {b = 1,}"',
    expr: '(fromToml (index .Values.in 76)).Error',
    expected: '<nil>',
    majors: [4],
  },
  {
    name: '"a = {b = 1,}"',
    expr: '(fromToml (index .Values.in 76)).Error',
    expected: 'toml: line 1 (last key "a.b"): trailing comma not allowed in inline tables',
    majors: [3],
  },
  {
    name: '"a = {b = 1\\n}"',
    expr: '(fromToml (index .Values.in 77)).Error',
    expected: '<nil>',
    majors: [4],
  },
  {
    name: '"a = {b = 1\\n}"',
    expr: '(fromToml (index .Values.in 77)).Error',
    expected: 'toml: line 1 (last key "a.b"): newlines not allowed within inline tables',
    majors: [3],
  },
  {
    name: '"a = {\\nb = 1}"',
    expr: '(fromToml (index .Values.in 78)).Error',
    expected: '<nil>',
    majors: [4],
  },
  {
    name: '"a = {\\nb = 1}"',
    expr: '(fromToml (index .Values.in 78)).Error',
    expected: 'toml: line 1 (last key "a"): newlines not allowed within inline tables',
    majors: [3],
  },
  {
    name: '"a = {b = 1 c = 2}"',
    expr: '(fromToml (index .Values.in 79)).Error',
    expected:
      "toml: line 1 (last key \"a.b\"): expected a comma or an inline table terminator '}', but got 'c' instead",
  },
  {
    name: '"a = {,}"',
    expr: '(fromToml (index .Values.in 80)).Error',
    expected: 'toml: line 1 (last key "a"): unexpected comma',
  },
  {
    name: '"a = {b = 1, b = 2}"',
    expr: '(fromToml (index .Values.in 81)).Error',
    expected: 'toml: line 1 (last key "a.b"): Key \'a.b\' has already been defined.',
  },
  {
    name: '"a = { b = 1 } }"',
    expr: '(fromToml (index .Values.in 82)).Error',
    expected:
      "toml: line 1: expected a top-level item to end with a newline, comment, or EOF, but got '}' instead",
  },
  {
    name: '"a = {b.c = 1, b = 2}"',
    expr: '(fromToml (index .Values.in 83)).Error',
    expected: '<nil>',
  },
  {
    name: '"a = {b = 1 # c\\n}"',
    expr: '(fromToml (index .Values.in 84)).Error',
    expected: '<nil>',
    majors: [4],
  },
  {
    name: '"a = {b = 1 # c\\n}"',
    expr: '(fromToml (index .Values.in 84)).Error',
    expected: 'toml: line 1 (last key "a.b"): newlines not allowed within inline tables',
    majors: [3],
  },
  {
    name: '"a = 1979-05-27T25:00:00Z"',
    expr: '(fromToml (index .Values.in 85)).Error',
    expected: 'toml: line 1 (last key "a"): invalid datetime: "1979-05-27T25:00:00Z"',
  },
  {
    name: '"a = 1979-5-27"',
    expr: '(fromToml (index .Values.in 86)).Error',
    expected: 'toml: line 1 (last key "a"): invalid datetime: "1979-5-27"',
  },
  {
    name: '"a = 1979-05-27 07:32"',
    expr: '(fromToml (index .Values.in 87)).Error',
    expected: '<nil>',
    majors: [4],
  },
  {
    name: '"a = 1979-05-27 07:32"',
    expr: '(fromToml (index .Values.in 87)).Error',
    expected: 'toml: line 1 (last key "a"): invalid datetime: "1979-05-27T07:32"',
    majors: [3],
  },
  {
    name: '"a = 07:32"',
    expr: '(fromToml (index .Values.in 88)).Error',
    expected: '<nil>',
    majors: [4],
  },
  {
    name: '"a = 07:32"',
    expr: '(fromToml (index .Values.in 88)).Error',
    expected: 'toml: line 1 (last key "a"): invalid datetime: "07:32"',
    majors: [3],
  },
  {
    name: '"a = 1979-05-32"',
    expr: '(fromToml (index .Values.in 89)).Error',
    expected: 'toml: line 1 (last key "a"): invalid datetime: "1979-05-32"',
  },
  {
    name: '"a = 1979-05-27T07:32:00+25:00"',
    expr: '(fromToml (index .Values.in 90)).Error',
    expected: 'toml: line 1 (last key "a"): invalid datetime: "1979-05-27T07:32:00+25:00"',
  },
  {
    name: '"a = 2024-02-30"',
    expr: '(fromToml (index .Values.in 91)).Error',
    expected: 'toml: line 1 (last key "a"): invalid datetime: "2024-02-30"',
  },
  {
    name: '"a = 1979-05-27T07:32:00-08"',
    expr: '(fromToml (index .Values.in 92)).Error',
    expected: 'toml: line 1 (last key "a"): invalid datetime: "1979-05-27T07:32:00-08"',
  },
  {
    name: '"a = 00:00:60"',
    expr: '(fromToml (index .Values.in 93)).Error',
    expected: 'toml: line 1 (last key "a"): invalid datetime: "00:00:60"',
  },
  {
    name: '"a = 1979-05-27T07:32Z"',
    expr: '(fromToml (index .Values.in 94)).Error',
    expected: '<nil>',
    majors: [4],
  },
  {
    name: '"a = 1979-05-27T07:32Z"',
    expr: '(fromToml (index .Values.in 94)).Error',
    expected: 'toml: line 1 (last key "a"): invalid datetime: "1979-05-27T07:32Z"',
    majors: [3],
  },
  {
    name: '"a = \\"\\u0001\\""',
    expr: '(fromToml (index .Values.in 95)).Error',
    expected: 'toml: line 1 (last key "a"): TOML files cannot contain control characters: \'0x01\'',
  },
  {
    name: '"abc = \\"\\u0000\\""',
    expr: '(fromToml (index .Values.in 96)).Error',
    expected:
      'toml: line 1 (last key "abc"): TOML files cannot contain control characters: \'0x00\'',
  },
  {
    name: '"\\u0000a = 1"',
    expr: '(fromToml (index .Values.in 97)).Error',
    expected:
      'toml: line 1: files cannot contain NULL bytes; probably using UTF-16; TOML files must be UTF-8',
  },
  {
    name: '"a = 1\\r"',
    expr: '(fromToml (index .Values.in 98)).Error',
    expected: 'toml: line 1 (last key "a"): TOML files cannot contain control characters: \'0x0d\'',
  },
  {
    name: '"a = 1\\rb = 2"',
    expr: '(fromToml (index .Values.in 99)).Error',
    expected: 'toml: line 1 (last key "a"): TOML files cannot contain control characters: \'0x0d\'',
  },
  {
    name: '"a = 1"',
    expr: '(fromToml (index .Values.in 100)).Error',
    expected: 'toml: line 1 (last key "a"): TOML files cannot contain control characters: \'0x7f\'',
  },
  {
    name: '"a = 1 b = 2"',
    expr: '(fromToml (index .Values.in 101)).Error',
    expected:
      "toml: line 1: expected a top-level item to end with a newline, comment, or EOF, but got 'b' instead",
  },
  {
    name: '"a = \\"x\\" y"',
    expr: '(fromToml (index .Values.in 102)).Error',
    expected:
      "toml: line 1: expected a top-level item to end with a newline, comment, or EOF, but got 'y' instead",
  },
  {
    name: '"a = 1\\n\\n\\n b c"',
    expr: '(fromToml (index .Values.in 103)).Error',
    expected: "toml: line 4: expected '.' or '=', but got 'c' instead",
  },
  {
    name: '"[a]\\nb = 1\\nc d"',
    expr: '(fromToml (index .Values.in 104)).Error',
    expected: "toml: line 3 (last key \"a\"): expected '.' or '=', but got 'd' instead",
  },
  {
    name: '"[a.\\"x y\\"]\\nb = 1\\nc d"',
    expr: '(fromToml (index .Values.in 105)).Error',
    expected: "toml: line 3 (last key \"a.\\\"x y\\\"\"): expected '.' or '=', but got 'd' instead",
  },
  {
    name: '"a = \\"\\"\\"x\\"\\"\\"\\"\\"\\""',
    expr: '(fromToml (index .Values.in 106)).Error',
    expected: 'toml: line 1 (last key "a"): unexpected \'""""""\'',
  },
  {
    name: "\"a = '''x''''''\"",
    expr: '(fromToml (index .Values.in 107)).Error',
    expected: "toml: line 1 (last key \"a\"): unexpected \"''''''\"",
  },
  {
    name: '"é = 1"',
    expr: '(fromToml (index .Values.in 108)).Error',
    expected: "toml: line 1: expected '.' or '=', but got 'é' instead",
  },
  {
    name: '"a = nan1"',
    expr: '(fromToml (index .Values.in 109)).Error',
    expected:
      "toml: line 1: expected a top-level item to end with a newline, comment, or EOF, but got '1' instead",
  },
  {
    name: '"a = in"',
    expr: '(fromToml (index .Values.in 110)).Error',
    expected: 'toml: line 1 (last key "a"): expected value but found "n" instead',
  },
  {
    name: '"\\"a\\nb\\" = 1"',
    expr: '(fromToml (index .Values.in 111)).Error',
    expected: 'toml: line 1: strings cannot contain newlines',
  },
  {
    name: '"a = 1\\n  [b]\\n  c = [1,\\n2,\\n 3x]"',
    expr: '(fromToml (index .Values.in 112)).Error',
    expected:
      "toml: line 5 (last key \"b.c\"): expected a comma (',') or array terminator (']'), but got 'x'",
  },
  {
    name: '"a = 1 # c\\nb = = 2"',
    expr: '(fromToml (index .Values.in 113)).Error',
    expected: 'toml: line 2 (last key "b"): expected value but found \'=\' instead',
  },
  {
    name: '"a = 1_000_"',
    expr: '(fromToml (index .Values.in 114)).Error',
    expected:
      'toml: line 1 (last key "a"): Invalid integer "1_000_": underscores must be surrounded by digits',
  },
  {
    name: '"a = 3.14_"',
    expr: '(fromToml (index .Values.in 115)).Error',
    expected:
      'toml: line 1 (last key "a"): Invalid float "3.14_": underscores must be surrounded by digits',
  },
  {
    name: '"a = 1e_5"',
    expr: '(fromToml (index .Values.in 116)).Error',
    expected:
      'toml: line 1 (last key "a"): Invalid float "1e_5": underscores must be surrounded by digits',
  },
  {
    name: '"a = 0.1.2"',
    expr: '(fromToml (index .Values.in 117)).Error',
    expected: 'toml: line 1 (last key "a"): Invalid float value: "0.1.2"',
  },
  {
    name: '"a = true false"',
    expr: '(fromToml (index .Values.in 118)).Error',
    expected:
      "toml: line 1: expected a top-level item to end with a newline, comment, or EOF, but got 'f' instead",
  },
  {
    name: '"a = \\"ok\\"\\nb = \\"bad"',
    expr: '(fromToml (index .Values.in 119)).Error',
    expected: 'toml: line 2 (last key "b"): unexpected EOF; expected \'"\'',
    majors: [4],
  },
  {
    name: '"a = \\"ok\\"\\nb = \\"bad"',
    expr: '(fromToml (index .Values.in 119)).Error',
    expected: 'toml: line 1 (last key "b"): unexpected EOF; expected \'"\'',
    majors: [3],
  },
  {
    name: '"a = \\"\\"\\"abc\\n"',
    expr: '(fromToml (index .Values.in 120)).Error',
    expected: 'toml: line 1 (last key "a"): unexpected EOF; expected \'"""\'',
  },
  {
    name: '"a =\\n"',
    expr: '(fromToml (index .Values.in 121)).Error',
    expected: 'toml: line 1 (last key "a"): expected value but found \'\\n\' instead',
    majors: [4],
  },
  {
    name: '"a =\\n"',
    expr: '(fromToml (index .Values.in 121)).Error',
    expected: 'toml: line 2 (last key "a"): expected value but found \'\\n\' instead',
    majors: [3],
  },
  {
    name: '"a = 1\\nb"',
    expr: '(fromToml (index .Values.in 122)).Error',
    expected: "toml: line 2: unexpected EOF; expected key separator '='",
    majors: [4],
  },
  {
    name: '"a = 1\\nb"',
    expr: '(fromToml (index .Values.in 122)).Error',
    expected: "toml: line 1: unexpected EOF; expected key separator '='",
    majors: [3],
  },
  {
    name: '"a = 1\\nb\\n"',
    expr: '(fromToml (index .Values.in 123)).Error',
    expected: "toml: line 2: expected '.' or '=', but got '\\n' instead",
    majors: [4],
  },
  {
    name: '"a = 1\\nb\\n"',
    expr: '(fromToml (index .Values.in 123)).Error',
    expected: "toml: line 3: expected '.' or '=', but got '\\n' instead",
    majors: [3],
  },
  {
    name: '"[a]\\nb = 1\\nb = 2"',
    expr: '(fromToml (index .Values.in 124)).Error',
    expected: 'toml: line 3 (last key "a.b"): Key \'a.b\' has already been defined.',
  },
  {
    name: '"[[a]]\\nb = 1\\n[[a]]\\nb = 1\\nb = 2"',
    expr: '(fromToml (index .Values.in 125)).Error',
    expected: 'toml: line 5 (last key "a.b"): Key \'a.b\' has already been defined.',
  },
  {
    name: '"a = 03.14"',
    expr: '(fromToml (index .Values.in 126)).Error',
    expected: 'toml: line 1 (last key "a"): Invalid float "03.14": cannot have leading zeroes',
  },
  {
    name: '"a = -01"',
    expr: '(fromToml (index .Values.in 127)).Error',
    expected: 'toml: line 1 (last key "a"): Invalid integer "-01": cannot have leading zeroes',
  },
  {
    name: '"a = 1e"',
    expr: '(fromToml (index .Values.in 128)).Error',
    expected: 'toml: line 1 (last key "a"): Invalid float value: "1e"',
  },
  {
    name: '"a = 1.5e+"',
    expr: '(fromToml (index .Values.in 129)).Error',
    expected:
      'toml: line 1 (last key "a"): Invalid float "1.5e+": underscores must be surrounded by digits',
  },
  {
    name: '"a = {b = }"',
    expr: '(fromToml (index .Values.in 130)).Error',
    expected: 'toml: line 1 (last key "a.b"): expected value but found \'}\' instead',
  },
  {
    name: '"a = [1, {b = 1,}]"',
    expr: '(fromToml (index .Values.in 131)).Error',
    expected: '<nil>',
    majors: [4],
  },
  {
    name: '"a = [1, {b = 1,}]"',
    expr: '(fromToml (index .Values.in 131)).Error',
    expected: 'toml: line 1 (last key "a.b"): trailing comma not allowed in inline tables',
    majors: [3],
  },
  {
    name: "\"a = 'x'\\n'b' = 'y\\n'\"",
    expr: '(fromToml (index .Values.in 132)).Error',
    expected: 'toml: line 2 (last key "b"): strings cannot contain newlines',
  },
];

// YAML refuses a raw DEL in values.yaml, so characters past ASCII go in as \u escapes.
const values = JSON.stringify({ in: JSON.parse(inputs) as string[] }).replace(
  /[\u007f-\uffff]/g,
  (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
);

describeTable("fromToml errors in BurntSushi/toml's words", errors, { values: values + '\n' });

// What BurntSushi makes of documents other TOML readers judge differently: a table both dotted
// into and assigned (it keeps the table), arrays of inline tables ([]interface {}), nanoseconds,
// and the TOML 1.1 forms only Helm 4's v1.6 reads.
const q = (s: string): string => JSON.stringify(s);
describeTable('fromToml values as BurntSushi/toml reads them', [
  {
    name: 'a table dotted into, then assigned',
    expr: `toJson (fromToml ${q('a.b = 1\na = 2')})`,
    expected: `{"a":{"b":1}}`,
  },
  {
    name: 'a dotted table, then its header',
    expr: `toJson (fromToml ${q('x.y = 1\n[x]\nz = 2')})`,
    expected: `{"x":{"y":1,"z":2}}`,
  },
  {
    name: 'an array of inline tables',
    expr: `typeOf (fromToml ${q('a = [{x = 1}]')}).a`,
    expected: `[]interface {}`,
  },
  {
    name: 'nanoseconds',
    expr: `(fromToml ${q('a = 1979-05-27T07:32:00.123456789Z')}).a.Nanosecond`,
    expected: `123456789`,
  },
  {
    name: 'more than nine digits of a second (dropped)',
    expr: `(fromToml ${q('a = 1979-05-27T07:32:00.123456789123')}).a.Nanosecond`,
    expected: `123456789`,
  },
  {
    name: 'TOML 1.1 inline table and escapes',
    expr: `toJson (fromToml ${q('a = {b = 1,\n c = "\\e\\x41"}')})`,
    expected: `{"a":{"b":1,"c":"\\u001bA"}}`,
    majors: [4],
  },
  {
    name: 'TOML 1.1 inline table and escapes (Helm 3 reads TOML 1.0)',
    expr: `toJson (fromToml ${q('a = {b = 1,\n c = "\\e\\x41"}')})`,
    expected: `{"Error":"toml: line 1 (last key \\"a.b\\"): newlines not allowed within inline tables"}`,
    majors: [3],
  },
  {
    name: 'TOML 1.1 time without seconds',
    expr: `(fromToml ${q('a = 07:32')}).a`,
    expected: `0000-01-01 07:32:00 +0000 time-local`,
    majors: [4],
  },
  {
    name: 'TOML 1.1 time without seconds (Helm 3 reads TOML 1.0)',
    expr: `(fromToml ${q('a = 07:32')}).Error`,
    expected: `toml: line 1 (last key "a"): invalid datetime: "07:32"`,
    majors: [3],
  },
  {
    name: 'multi-line strings',
    expr: `toJson (fromToml ${q('a = """\nx\\\n   y"""\nb = \'\'\'\nraw\\n\'\'\'')})`,
    expected: `{"a":"xy","b":"raw\\\\n"}`,
  },
  {
    name: 'dotted keys in an inline table',
    expr: `toJson (fromToml ${q('a = {b.c = 1, d = 2}')})`,
    expected: `{"a":{"b":{"c":1},"d":2}}`,
  },
  {
    name: 'nested arrays and tables',
    expr: `toJson (fromToml ${q('a = [1, [2, {c = 3}]]\n[[t]]\n[t.u]\nv = 1\n[[t]]')})`,
    expected: `{"a":[1,[2,{"c":3}]],"t":[{"u":{"v":1}},{}]}`,
  },
  {
    name: 'special floats and bases',
    expr: `list (fromToml ${q('a = -nan\nb = -inf\nc = 0xff\nd = 0o17\ne = 0b11\nf = 1_000\ng = 6.02e+23')})`,
    expected: `[map[a:NaN b:-Inf c:255 d:15 e:3 f:1000 g:6.02e+23]]`,
  },
  {
    name: 'quoted keys',
    expr: `toJson (fromToml ${q('"" = 1\n\'a.b\' = 2\n"c\\td" = 3')})`,
    expected: `{"":1,"a.b":2,"c\\td":3}`,
  },
  {
    name: 'offset date-times',
    expr: `(fromToml ${q('a = 1979-05-27 07:32:00.5+05:30\nb = 1979-05-27t07:32:00z')})`,
    expected: `map[a:1979-05-27 07:32:00.5 +0530 +0530 b:1979-05-27 07:32:00 +0000 UTC]`,
  },
]);
