// fromJson's and fromJsonArray's errors for malformed JSON, each text recorded from Helm 4.1.4 and
// 3.17.2: encoding/json's syntax errors, which name the offending byte (a character's first UTF-8
// byte, read as a rune: 'é' is reported as 'Ã') with strconv.Quote's escapes. The inputs are
// testdata/json-errors.json, passed as .Values.in.
import { readFileSync } from 'node:fs';
import { describeTable } from './support/table.js';

const inputs = readFileSync(new URL('./testdata/json-errors.json', import.meta.url), 'utf8');

describeTable(
  "fromJson syntax errors in encoding/json's words",
  [
    {
      name: '"{"',
      expr: '(fromJson (index .Values.in 0)).Error',
      expected: 'unexpected end of JSON input',
    },
    {
      name: '"{\\"a\\": 1,}"',
      expr: '(fromJson (index .Values.in 1)).Error',
      expected: "invalid character '}' looking for beginning of object key string",
    },
    {
      name: '"{\'a\': 1}"',
      expr: '(fromJson (index .Values.in 2)).Error',
      expected: "invalid character '\\'' looking for beginning of object key string",
    },
    {
      name: '"[1, 2"',
      expr: '(fromJson (index .Values.in 3)).Error',
      expected: 'unexpected end of JSON input',
    },
    {
      name: '"{\\"a\\" 1}"',
      expr: '(fromJson (index .Values.in 4)).Error',
      expected: "invalid character '1' after object key",
    },
    {
      name: '"nul"',
      expr: '(fromJson (index .Values.in 5)).Error',
      expected: "invalid character ' ' in literal null (expecting 'l')",
    },
    {
      name: '"{\\"a\\": tru}"',
      expr: '(fromJson (index .Values.in 6)).Error',
      expected: "invalid character '}' in literal true (expecting 'e')",
    },
    {
      name: '"{\\"a\\": 01}"',
      expr: '(fromJson (index .Values.in 7)).Error',
      expected: "invalid character '1' after object key:value pair",
    },
    {
      name: '"{\\"a\\": 1} x"',
      expr: '(fromJson (index .Values.in 8)).Error',
      expected: "invalid character 'x' after top-level value",
    },
    {
      name: '""',
      expr: '(fromJson (index .Values.in 9)).Error',
      expected: 'unexpected end of JSON input',
    },
    {
      name: '"   "',
      expr: '(fromJson (index .Values.in 10)).Error',
      expected: 'unexpected end of JSON input',
    },
    {
      name: '"{\\"a\\": \\"\\\\q\\"}"',
      expr: '(fromJson (index .Values.in 11)).Error',
      expected: "invalid character 'q' in string escape code",
    },
    {
      name: '"{\\"a\\": \\"x\\ny\\"}"',
      expr: '(fromJson (index .Values.in 12)).Error',
      expected: "invalid character '\\n' in string literal",
    },
    {
      name: '"{\\"a\\": 1e}"',
      expr: '(fromJson (index .Values.in 13)).Error',
      expected: "invalid character '}' in exponent of numeric literal",
    },
    {
      name: '"{\\"a\\": -}"',
      expr: '(fromJson (index .Values.in 14)).Error',
      expected: "invalid character '}' in numeric literal",
    },
    {
      name: '"{\\"a\\": .5}"',
      expr: '(fromJson (index .Values.in 15)).Error',
      expected: "invalid character '.' looking for beginning of value",
    },
    {
      name: '"[1,]"',
      expr: '(fromJson (index .Values.in 16)).Error',
      expected: "invalid character ']' looking for beginning of value",
    },
    {
      name: '"{\\"a\\":1}}"',
      expr: '(fromJson (index .Values.in 17)).Error',
      expected: "invalid character '}' after top-level value",
    },
    {
      name: '"\\"abc"',
      expr: '(fromJson (index .Values.in 18)).Error',
      expected: 'unexpected end of JSON input',
    },
    {
      name: '"{\\"a\\": \\"\\\\u12\\"}"',
      expr: '(fromJson (index .Values.in 19)).Error',
      expected: "invalid character '\"' in \\u hexadecimal character escape",
    },
    {
      name: '"{\\"a\\": [1, 2}"',
      expr: '(fromJson (index .Values.in 20)).Error',
      expected: "invalid character '}' after array element",
    },
    {
      name: '"{1: 2}"',
      expr: '(fromJson (index .Values.in 21)).Error',
      expected: "invalid character '1' looking for beginning of object key string",
    },
    {
      name: '"{\\"a\\": NaN}"',
      expr: '(fromJson (index .Values.in 22)).Error',
      expected: "invalid character 'N' looking for beginning of value",
    },
    {
      name: '"123abc"',
      expr: '(fromJson (index .Values.in 23)).Error',
      expected: "invalid character 'a' after top-level value",
    },
    {
      name: '"[1 2]"',
      expr: '(fromJson (index .Values.in 24)).Error',
      expected: "invalid character '2' after array element",
    },
    {
      name: '"{\\"a\\": 1 \\"b\\": 2}"',
      expr: '(fromJson (index .Values.in 25)).Error',
      expected: "invalid character '\"' after object key:value pair",
    },
    {
      name: '"\\u0001"',
      expr: '(fromJson (index .Values.in 26)).Error',
      expected: "invalid character '\\x01' looking for beginning of value",
    },
    {
      name: '"{\\"a\\": \\"\\u0001\\"}"',
      expr: '(fromJson (index .Values.in 27)).Error',
      expected: "invalid character '\\x01' in string literal",
    },
    {
      name: '"[\\"a\\", ]"',
      expr: '(fromJson (index .Values.in 28)).Error',
      expected: "invalid character ']' looking for beginning of value",
    },
    {
      name: '"{,}"',
      expr: '(fromJson (index .Values.in 29)).Error',
      expected: "invalid character ',' looking for beginning of object key string",
    },
    {
      name: '"é"',
      expr: '(fromJson (index .Values.in 30)).Error',
      expected: "invalid character 'Ã' looking for beginning of value",
    },
    {
      name: '"{\\"a\\": 1}é"',
      expr: '(fromJson (index .Values.in 31)).Error',
      expected: "invalid character 'Ã' after top-level value",
    },
    {
      name: '"€"',
      expr: '(fromJson (index .Values.in 32)).Error',
      expected: "invalid character 'â' looking for beginning of value",
    },
    {
      name: '"{\\"a\\": xé}"',
      expr: '(fromJson (index .Values.in 33)).Error',
      expected: "invalid character 'x' looking for beginning of value",
    },
    {
      name: '"{\\"a\\": \\"\\u001f\\"}"',
      expr: '(fromJson (index .Values.in 34)).Error',
      expected: "invalid character '\\x1f' in string literal",
    },
    {
      name: '"\\t\\u000b"',
      expr: '(fromJson (index .Values.in 35)).Error',
      expected: "invalid character '\\v' looking for beginning of value",
    },
    {
      name: '"[1, \\"\\\\é\\"]"',
      expr: '(fromJson (index .Values.in 36)).Error',
      expected: "invalid character 'Ã' in string escape code",
    },
    {
      name: 'fromJsonArray "{"',
      expr: 'fromJsonArray (index .Values.in 0) | first',
      expected: 'unexpected end of JSON input',
    },
    {
      name: 'fromJsonArray "[1, 2"',
      expr: 'fromJsonArray (index .Values.in 3) | first',
      expected: 'unexpected end of JSON input',
    },
    {
      name: 'fromJsonArray ""',
      expr: 'fromJsonArray (index .Values.in 9) | first',
      expected: 'unexpected end of JSON input',
    },
    {
      name: 'fromJsonArray "\\u0001"',
      expr: 'fromJsonArray (index .Values.in 26) | first',
      expected: "invalid character '\\x01' looking for beginning of value",
    },
    {
      name: 'fromJsonArray "{\\"a\\": \\"\\u0001\\"}"',
      expr: 'fromJsonArray (index .Values.in 27) | first',
      expected: "invalid character '\\x01' in string literal",
    },
    {
      name: 'fromJsonArray "é"',
      expr: 'fromJsonArray (index .Values.in 30) | first',
      expected: "invalid character 'Ã' looking for beginning of value",
    },
    {
      name: 'fromJsonArray "{\\"a\\": 1}é"',
      expr: 'fromJsonArray (index .Values.in 31) | first',
      expected: "invalid character 'Ã' after top-level value",
    },
    {
      name: 'fromJsonArray "€"',
      expr: 'fromJsonArray (index .Values.in 32) | first',
      expected: "invalid character 'â' looking for beginning of value",
    },
    {
      name: 'fromJsonArray "{\\"a\\": xé}"',
      expr: 'fromJsonArray (index .Values.in 33) | first',
      expected: "invalid character 'x' looking for beginning of value",
    },
    {
      name: 'fromJsonArray "{\\"a\\": \\"\\u001f\\"}"',
      expr: 'fromJsonArray (index .Values.in 34) | first',
      expected: "invalid character '\\x1f' in string literal",
    },
    {
      name: 'fromJsonArray "\\t\\u000b"',
      expr: 'fromJsonArray (index .Values.in 35) | first',
      expected: "invalid character '\\v' looking for beginning of value",
    },
    {
      name: 'fromJsonArray "[1, \\"\\\\é\\"]"',
      expr: 'fromJsonArray (index .Values.in 36) | first',
      expected: "invalid character 'Ã' in string escape code",
    },
  ],
  { values: JSON.stringify({ in: JSON.parse(inputs) }) + '\n' },
);
