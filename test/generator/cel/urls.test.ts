// The URL library agrees with Go's url.ParseRequestURI (via request-uri.ts, the same judge as
// format.uri()), and getEscapedPath is Go's URL.EscapedPath.
import { expect } from 'chai';
import { compileRule, evaluateRule } from '../../../generator/cel/index.js';

function evaluate(rule: string): unknown {
  const compiled = compileRule({ rule }, { type: 'object' }, {});
  expect(compiled.issues).to.deep.equal([]);
  return evaluateRule(compiled, { self: {} });
}

describe('CEL URL library', () => {
  const isUrl: readonly (readonly [string, boolean])[] = [
    ['https://example.com/a?b=c', true],
    ['/path/with space', true],
    ['*', true],
    ['mailto:someone@example.com', true],
    ['/a%zz', false],
    ['http://%41.com/', false],
    ['relative/path', false],
    ['', false],
    ['http://host:port/', false],
  ];
  for (const [text, expected] of isUrl) {
    it(`isURL(${JSON.stringify(text)}) is ${expected}`, () => {
      expect(evaluate(`isURL(${JSON.stringify(text)}) == ${expected}`)).to.deep.equal({
        status: 'passed',
      });
    });
  }

  const escaped: readonly (readonly [string, string])[] = [
    ['https://example.com/a b', '/a%20b'],
    ['https://example.com/a%2Fb', '/a%2Fb'],
    ['https://example.com/caf%C3%A9', '/caf%C3%A9'],
    ['https://example.com/(x)', '/(x)'],
    ['https://example.com', ''],
  ];
  for (const [text, path] of escaped) {
    it(`url(${JSON.stringify(text)}).getEscapedPath() is ${JSON.stringify(path)}`, () => {
      expect(
        evaluate(`url(${JSON.stringify(text)}).getEscapedPath() == ${JSON.stringify(path)}`),
      ).to.deep.equal({ status: 'passed' });
    });
  }
});
