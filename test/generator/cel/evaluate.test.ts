import { expect } from 'chai';
import { compileRule, evaluateRule, type RuleOutcome } from '../../../generator/cel/index.js';
import type {
  JSONSchemaProps,
  ValidationRule,
} from '../../../generator/schema/json-schema-props.js';
import { spec } from './fixtures.js';

interface Case {
  readonly name: string;
  readonly rule: string | ValidationRule;
  readonly self: unknown;
  readonly oldSelf?: unknown;
  readonly schema?: JSONSchemaProps;
  /** `true` passed, `false` failed, `'skipped'`, or a fragment of the failure / error message. */
  readonly expected: boolean | 'skipped' | { failed: string } | { error: string };
}

const cases: readonly Case[] = [
  {
    name: 'reserved volume name passes',
    rule: "self.volumes.all(v, v.name != 'workspace')",
    self: { volumes: [{ name: 'data' }] },
    expected: true,
  },
  {
    name: 'reserved volume name fails',
    rule: "self.volumes.all(v, v.name != 'workspace')",
    self: { volumes: [{ name: 'workspace' }] },
    expected: false,
  },
  {
    name: 'integers are CEL ints',
    rule: 'self.replicas == 3 && self.replicas / 2 == 1',
    self: { replicas: 3 },
    expected: true,
  },
  {
    name: 'numbers are doubles, even whole ones',
    rule: 'self.ratio == 1.0',
    self: { ratio: 1 },
    expected: true,
  },
  {
    name: 'int-or-string holding an int',
    rule: 'type(self.maxUnavailable) == int && self.maxUnavailable < 5',
    self: { maxUnavailable: 2 },
    expected: true,
  },
  {
    name: 'int-or-string holding a string',
    rule: "type(self.maxUnavailable) == string && self.maxUnavailable.endsWith('%')",
    self: { maxUnavailable: '25%' },
    expected: true,
  },
  {
    name: 'date-time is a timestamp',
    rule: "self.created > timestamp('2020-01-01T00:00:00Z')",
    self: { created: '2024-05-01T10:00:00Z' },
    expected: true,
  },
  {
    name: 'duration format',
    rule: "self.timeout == duration('90s')",
    self: { timeout: '1m30s' },
    expected: true,
  },
  {
    name: 'byte format is base64 bytes',
    rule: 'size(self.caBundle) == 3',
    self: { caBundle: 'YWJj' },
    expected: true,
  },
  {
    name: 'escaped field names',
    rule: 'self.my__dash__field == 1 && self.namespace == self.__namespace__',
    self: { 'my-field': 1, namespace: 'ns' },
    expected: true,
  },
  { name: 'has() on an absent field', rule: '!has(self.image)', self: {}, expected: true },
  {
    name: 'absent field is a runtime error',
    rule: "self.image == ''",
    self: {},
    expected: { error: 'no such key: image evaluating rule' },
  },
  {
    name: 'RE2 named groups match',
    rule: "self.name.matches('^(?P<p>[a-z]+)-\\\\d+$')",
    self: { name: 'abc-12' },
    expected: true,
  },
  {
    name: 'RE2 semantics: no backreferences needed, \\z anchors',
    rule: "self.name.matches('^a+\\\\z')",
    self: { name: 'aaa' },
    expected: true,
  },
  {
    name: 'lowerAscii leaves non-ASCII alone',
    rule: "self.name.lowerAscii() == 'äbc'",
    self: { name: 'äBC' },
    expected: true,
  },
  {
    name: 'indices count code points',
    rule: "self.name.indexOf('b') == 1 && self.name.substring(1) == 'b😀'.substring(0, 1) + '😀'",
    self: { name: '😀b😀' },
    expected: true,
  },
  {
    name: 'isSorted',
    rule: 'self.sortedTags.isSorted()',
    self: { sortedTags: ['a', 'b', 'c'] },
    expected: true,
  },
  {
    name: 'sum, min, max',
    rule: 'self.ports.sum() == 6 && self.ports.min() == 1 && self.ports.max() == 3',
    self: { ports: [3, 1, 2] },
    expected: true,
  },
  {
    name: 'sets.equivalent ignores order',
    rule: "sets.equivalent(self.sortedTags, ['b', 'a'])",
    self: { sortedTags: ['a', 'b', 'a'] },
    expected: true,
  },
  {
    name: 'quantity comparison',
    rule: "quantity(self.memory).isLessThan(quantity('2Gi'))",
    self: { memory: '1536Mi' },
    expected: true,
  },
  {
    name: 'quantity equality by value',
    rule: "quantity(self.memory) == quantity('1024Mi')",
    self: { memory: '1Gi' },
    expected: true,
  },
  {
    name: 'map values',
    rule: "self.labels.all(k, self.labels[k].size() < 10) && 'app' in self.labels",
    self: { labels: { app: 'x' } },
    expected: true,
  },
  {
    name: 'embedded resource metadata',
    rule: "self.template.metadata.name == 'p'",
    self: {
      template: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', labels: { a: 'b' } } },
    },
    expected: true,
  },
  {
    name: 'message',
    rule: { rule: 'self.replicas <= 3', message: 'too many replicas' },
    self: { replicas: 4 },
    expected: { failed: 'too many replicas' },
  },
  {
    name: 'messageExpression',
    rule: {
      rule: 'self.replicas <= 3',
      messageExpression: "'replicas ' + string(self.replicas) + ' > 3'",
    },
    self: { replicas: 4 },
    expected: { failed: 'replicas 4 > 3' },
  },
  {
    name: 'empty messageExpression falls back',
    rule: { rule: 'false', message: 'fallback', messageExpression: "''" },
    self: {},
    expected: { failed: 'fallback' },
  },
  {
    name: 'default message',
    rule: 'self.replicas <= 3',
    self: { replicas: 4 },
    expected: { failed: 'failed rule: self.replicas <= 3' },
  },
  {
    name: 'immutable: unchanged',
    rule: 'self == oldSelf',
    self: { name: 'a', ports: [1] },
    oldSelf: { name: 'a', ports: [1] },
    expected: true,
  },
  {
    name: 'immutable: changed',
    rule: 'self == oldSelf',
    self: { name: 'a' },
    oldSelf: { name: 'b' },
    expected: false,
  },
  {
    name: 'list-map equality ignores order inside objects',
    rule: 'self == oldSelf',
    self: { volumes: [{ name: 'a' }, { name: 'b' }] },
    oldSelf: { volumes: [{ name: 'b' }, { name: 'a' }] },
    expected: true,
  },
  {
    name: 'atomic list equality keeps order',
    rule: 'self == oldSelf',
    self: { ports: [1, 2] },
    oldSelf: { ports: [2, 1] },
    expected: false,
  },
  {
    name: 'transition rule skipped on create',
    rule: 'self.replicas >= oldSelf.replicas',
    self: { replicas: 1 },
    expected: 'skipped',
  },
  {
    name: 'optionalOldSelf runs on create',
    rule: {
      rule: '!oldSelf.hasValue() || self.name == oldSelf.value().name',
      optionalOldSelf: true,
    },
    self: { name: 'a' },
    expected: true,
  },
  {
    name: 'optionalOldSelf on update',
    rule: {
      rule: '!oldSelf.hasValue() || self.name == oldSelf.value().name',
      optionalOldSelf: true,
    },
    self: { name: 'a' },
    oldSelf: { name: 'b' },
    expected: false,
  },
  {
    name: 'data that does not fit the schema',
    rule: 'self.replicas > 0',
    self: { replicas: 'x' },
    expected: { error: 'invalid data' },
  },
  {
    name: 'the useless uniqueness check is always true',
    rule: 'size(self.volumes.map(v, v.name)) == size(self.volumes)',
    self: { volumes: [{ name: 'a' }, { name: 'a' }] },
    expected: true,
  },
];

function matches(outcome: RuleOutcome, expected: Case['expected']): boolean {
  if (expected === true) return outcome.status === 'passed';
  if (expected === false) return outcome.status === 'failed';
  if (expected === 'skipped') return outcome.status === 'skipped';
  if ('failed' in expected)
    return outcome.status === 'failed' && outcome.message.includes(expected.failed);
  return outcome.status === 'error' && outcome.message.includes(expected.error);
}

describe('evaluateRule', () => {
  for (const c of cases) {
    it(c.name, () => {
      const rule = typeof c.rule === 'string' ? { rule: c.rule } : c.rule;
      const compiled = compileRule(rule, c.schema ?? spec);
      expect(compiled.issues, JSON.stringify(compiled.issues)).to.deep.equal([]);
      const input =
        c.oldSelf === undefined ? { self: c.self } : { self: c.self, oldSelf: c.oldSelf };
      const outcome = evaluateRule(compiled, input);
      expect(matches(outcome, c.expected), JSON.stringify(outcome)).to.equal(true);
    });
  }

  it('refuses a rule that did not compile', () => {
    const compiled = compileRule({ rule: 'self.nope' }, spec);
    expect(compiled.issues).to.have.length(1);
    expect(() => evaluateRule(compiled, { self: {} })).to.throw('did not compile');
  });
});
