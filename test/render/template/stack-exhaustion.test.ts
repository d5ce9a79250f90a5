// Every form V8 gives a stack overflow is recognised, so it ends as a TemplateError (Node 24's V8
// reports one that strikes while a regular expression compiles as a SyntaxError ending in
// "Stack overflow"; older V8 says "Maximum call stack size exceeded").
import { expect } from 'chai';
import { isStackExhaustion } from '../../../render/template/errors.js';

describe('isStackExhaustion', () => {
  const table: readonly (readonly [string, unknown, boolean])[] = [
    ['a RangeError from deep recursion', new RangeError('Maximum call stack size exceeded'), true],
    [
      'a SyntaxError from a regex compiled on an exhausted stack (old V8)',
      new SyntaxError('Invalid regular expression: /a/: Maximum call stack size exceeded'),
      true,
    ],
    [
      'a SyntaxError from a regex compiled on an exhausted stack (Node 24)',
      new SyntaxError('Invalid regular expression: /^[\\p{L}]$/u: Stack overflow'),
      true,
    ],
    ['another RangeError', new RangeError('Invalid array length'), false],
    [
      'a real syntax error',
      new SyntaxError('Invalid regular expression: /(/: Unterminated group'),
      false,
    ],
    ['a plain Error with the words', new Error('Maximum call stack size exceeded'), false],
  ];
  for (const [name, error, expected] of table) {
    it(`${expected ? 'recognises' : 'does not take'} ${name}`, () => {
      expect(isStackExhaustion(error)).to.equal(expected);
    });
  }
});
