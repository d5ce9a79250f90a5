// Hashes, derivePassword and the random functions' shapes, each checked against Helm 4 and 3.
import { describeTable } from './support/table.js';

describeTable('crypto family', [
  { name: 'sha1sum', expr: 'sha1sum "abc"', expected: 'a9993e364706816aba3e25717850c26c9cd0d89d' },
  {
    name: 'sha256sum',
    expr: 'sha256sum "abc"',
    expected: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  },
  {
    name: 'sha512sum',
    expr: 'sha512sum ""',
    expected:
      'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
  },
  {
    name: 'sha256sum, 55 bytes (padding in the same block)',
    expr: 'sha256sum (repeat 55 "a")',
    expected: '9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318',
  },
  {
    name: 'sha1sum, one whole block',
    expr: 'sha1sum (repeat 64 "a")',
    expected: '0098ba824b5c16427bd7a1122a5a442a25ec644d',
  },
  {
    name: 'sha1sum of two-byte runes',
    expr: 'sha1sum (repeat 40 "é")',
    expected: 'bf062a63a7d2c435d92958148cee870333de681d',
  },
  {
    name: 'sha256sum, 10000 bytes (hashed by node:crypto)',
    expr: 'sha256sum (repeat 5000 "ab")',
    expected: 'c3c1078e374cc3b1a4d2d4d633910331f4db5beadd5554ec4c70838af854555d',
  },
  { name: 'adler32sum', expr: 'adler32sum "Wikipedia"', expected: '300286872' },
  {
    name: 'derivePassword',
    expr: 'derivePassword 1 "long" "password" "user" "example.com"',
    expected: 'ZedaFaxcZaso9*',
  },
  {
    name: 'derivePassword, unknown template',
    expr: 'derivePassword 1 "x" "p" "u" "s"',
    expected: 'cannot find password template x',
  },
  {
    name: 'encryptAES round trip',
    expr: 'encryptAES "k" "text" | decryptAES "k"',
    expected: 'text',
  },
  { name: 'encryptAES of nothing', expr: 'encryptAES "k" ""', expected: '' },
  {
    name: 'uuidv4 shape',
    expr: 'uuidv4',
    expected: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  },
  { name: 'randAlphaNum shape', expr: 'randAlphaNum 20', expected: /^[A-Za-z0-9]{20}$/ },
  { name: 'randAlpha shape', expr: 'randAlpha 20', expected: /^[A-Za-z]{20}$/ },
  { name: 'randNumeric shape', expr: 'randNumeric 20', expected: /^[0-9]{20}$/ },
  { name: 'randAscii shape', expr: 'randAscii 20', expected: /^[ -~]{20}$/ },
  { name: 'randBytes shape', expr: 'randBytes 9 | b64dec | len', expected: /^\d+$/ },
  { name: 'randBytes length', expr: 'randBytes 9', expected: /^[A-Za-z0-9+/]{12}$/ },
  { name: 'rand of a negative count', expr: 'randAlpha -1', expected: '' },
]);
