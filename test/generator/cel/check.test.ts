import { expect } from 'chai';
import { checkRule, type CelIssue, type CheckRuleOptions } from '../../../generator/cel/index.js';
import type {
  JSONSchemaProps,
  ValidationRule,
} from '../../../generator/schema/json-schema-props.js';
import { root, spec } from './fixtures.js';

/** An expected issue: `severity/code` and a fragment of its message (or '' for any). */
type Expected = readonly [string, string];

interface Case {
  readonly name: string;
  readonly rule: string | ValidationRule;
  readonly schema?: JSONSchemaProps;
  readonly options?: CheckRuleOptions;
  readonly expected: readonly Expected[];
}

const ok: readonly Expected[] = [];

// Realistic rules in the style of Kubernetes and Kelos CRDs; each passes the API server's checks.
const accepted: readonly Case[] = [
  { name: 'field comparison', rule: "self.name != 'workspace'", expected: ok },
  {
    name: 'reserved volume names',
    rule: "self.volumes.all(v, v.name != 'workspace' && v.name != 'home')",
    expected: ok,
  },
  {
    name: 'list-map key uniqueness (kept although list-map keys already ensure it)',
    rule: 'self.volumes.all(a, self.volumes.exists_one(b, a.name == b.name))',
    expected: ok,
  },
  {
    name: 'exists',
    rule: "self.volumes.exists(v, v.mountPath.startsWith('/workspace'))",
    expected: ok,
  },
  {
    name: 'filter and size',
    rule: "self.volumes.filter(v, v.name.startsWith('tmp')).size() <= 2",
    expected: ok,
  },
  { name: 'map macro', rule: 'self.volumes.map(v, v.name).all(n, n.size() > 0)', expected: ok },
  {
    name: 'useless uniqueness check still compiles',
    rule: 'size(self.volumes.map(v, v.name)) == size(self.volumes)',
    expected: ok,
  },
  {
    name: 'mutually exclusive fields',
    rule: '!(has(self.agentConfigRef) && has(self.agentConfigRefs))',
    expected: ok,
  },
  {
    name: 'has on a map key',
    rule: "has(self.labels.app) && self.labels['app'] != ''",
    expected: ok,
  },
  { name: 'size bound', rule: 'self.sortedTags.size() <= 10', expected: ok },
  { name: 'size function form', rule: 'size(self.name) <= 63', expected: ok },
  {
    name: 'RE2 label pattern',
    rule: "self.name.matches('^[a-z]([-a-z0-9]*[a-z0-9])?$')",
    expected: ok,
  },
  { name: 'RE2 \\d class', rule: "self.name.matches('^v\\\\d+$')", expected: ok },
  {
    name: 'RE2 named group (?P<name>)',
    rule: "self.name.matches('^(?P<prefix>[a-z]+)-[0-9]+$')",
    expected: ok,
  },
  { name: 'global matches', rule: "matches(self.name, '^[a-z]+$')", expected: ok },
  {
    name: 'find',
    rule: "self.name.find('[0-9]+') == '' || int(self.name.find('[0-9]+')) < 100",
    expected: ok,
  },
  {
    name: 'ints compare with ints',
    rule: 'self.replicas >= 0 && self.replicas <= 100',
    expected: ok,
  },
  { name: 'doubles', rule: 'self.ratio >= 0.0 && self.ratio <= 1.0', expected: ok },
  { name: 'cross-type ordering is allowed', rule: 'self.replicas < 1.5', expected: ok },
  {
    name: 'int-or-string guarded by type()',
    rule: "type(self.maxUnavailable) == int ? self.maxUnavailable >= 0 : self.maxUnavailable.endsWith('%')",
    expected: ok,
  },
  {
    name: 'string functions',
    rule: "self.name.lowerAscii() == self.name && self.name.trim() == self.name && self.name.split('-').size() < 5",
    expected: ok,
  },
  {
    name: 'charAt, indexOf, substring, replace',
    rule: "self.name.charAt(0) != '-' && self.name.indexOf('--') == -1 && self.name.substring(0, 1) != '_' && self.name.replace('-', '') != ''",
    expected: ok,
  },
  { name: 'join', rule: "self.sortedTags.join(',').size() < 512", expected: ok },
  {
    name: 'format',
    rule: "'%s has %d tags'.format([dyn(self.name), dyn(self.sortedTags.size())]) != ''",
    expected: ok,
  },
  {
    name: 'lists library',
    rule: 'self.sortedTags.isSorted() && self.ports.sum() < 100000 && (self.ports.size() == 0 || self.ports.min() > 0)',
    expected: ok,
  },
  {
    name: 'list indexOf',
    rule: "self.sortedTags.indexOf('x') == self.sortedTags.lastIndexOf('x')",
    expected: ok,
  },
  {
    name: 'sets',
    rule: "sets.contains(['a', 'b', 'c'], self.sortedTags) && !sets.intersects(self.sortedTags, ['x'])",
    expected: ok,
  },
  { name: 'timestamps', rule: "self.created > timestamp('2020-01-01T00:00:00Z')", expected: ok },
  {
    name: 'durations',
    rule: "self.timeout <= duration('1h') && self.timeout > duration('0s')",
    expected: ok,
  },
  { name: 'bytes', rule: 'size(self.caBundle) > 0', expected: ok },
  { name: 'escaped dash field', rule: 'self.my__dash__field > 0', expected: ok },
  { name: 'escaped dot and slash', rule: "self.a__dot__b__slash__c != ''", expected: ok },
  {
    name: 'escaped keyword and the bare keyword (1.31+)',
    rule: 'self.__namespace__ == self.namespace',
    expected: ok,
  },
  { name: 'optional field access', rule: "self.?image.orValue('') != 'latest'", expected: ok },
  { name: 'optional.of', rule: 'optional.of(self.name).hasValue()', expected: ok },
  {
    name: 'immutability',
    rule: { rule: 'self == oldSelf', message: 'spec is immutable' },
    expected: ok,
  },
  { name: 'transition rule on a field', rule: 'self.replicas >= oldSelf.replicas', expected: ok },
  {
    name: 'optionalOldSelf',
    rule: {
      rule: 'oldSelf.hasValue() ? self.name == oldSelf.value().name : true',
      optionalOldSelf: true,
    },
    expected: ok,
  },
  {
    name: 'messageExpression',
    rule: {
      rule: 'self.replicas <= 10',
      messageExpression: "'replicas is ' + string(self.replicas)",
    },
    expected: ok,
  },
  { name: 'fieldPath', rule: { rule: "self.name != ''", fieldPath: '.name' }, expected: ok },
  {
    name: 'fieldPath into a map',
    rule: { rule: 'true', fieldPath: ".labels['app.kubernetes.io/name']" },
    expected: ok,
  },
  {
    name: 'embedded resource gets apiVersion, kind, metadata',
    rule: "self.template.kind == 'Pod' && self.template.metadata.name != ''",
    expected: ok,
  },
  {
    name: 'url functions',
    rule: "isURL(self.url) && url(self.url).getScheme() == 'https' && url(self.url).getHost() != ''",
    expected: ok,
  },
  {
    name: 'quantity functions',
    rule: "quantity(self.memory).isLessThan(quantity('64Gi')) && quantity(self.memory).sign() >= 0",
    expected: ok,
  },
  { name: 'cel.bind', rule: 'cel.bind(n, self.name, n.size() < 10)', expected: ok },
  {
    name: 'IP and CIDR functions',
    rule: "isIP(self.address) && ip(self.address).family() == 4 && cidr('10.0.0.0/8').containsIP(self.address) && type(ip(self.address)) == net.IP",
    expected: ok,
  },
  { name: 'ip.isCanonical', rule: 'ip.isCanonical(self.address)', expected: ok },
  {
    name: 'format library',
    rule: {
      rule: '!format.dns1123Label().validate(self.name).hasValue()',
      messageExpression: "format.dns1123Label().validate(self.name).value().join(', ')",
    },
    expected: ok,
  },
  {
    name: 'macro variables may be named like a namespace',
    rule: "self.sortedTags.all(ip, ip != '') && cel.bind(format, self.name, format != '')",
    expected: ok,
  },
  {
    name: 'multi-line rule with a message',
    rule: { rule: "self.name != 'a' &&\nself.name != 'b'", message: 'not a or b' },
    expected: ok,
  },
];

const rejected: readonly Case[] = [
  { name: 'syntax error', rule: 'self.name ==', expected: [['error/syntax', 'syntax error']] },
  {
    name: 'undeclared field',
    rule: "self.nam == 'x'",
    expected: [['error/undefined-field', "undefined field 'nam'"]],
  },
  {
    name: 'undeclared field in has()',
    rule: 'has(self.nam)',
    expected: [['error/undefined-field', "undefined field 'nam'"]],
  },
  {
    name: 'undeclared field inside a macro',
    rule: "self.volumes.all(v, v.nmae != '')",
    expected: [['error/undefined-field', "'nmae'"]],
  },
  {
    name: 'has() inside a macro',
    rule: 'self.volumes.all(v, has(v.path))',
    expected: [['error/undefined-field', "'path'"]],
  },
  {
    name: 'no heterogeneous equality',
    rule: '1 == 1.0',
    expected: [['error/no-matching-overload', 'int == double']],
  },
  {
    name: 'int field against a double',
    rule: 'self.replicas == 1.0',
    expected: [['error/no-matching-overload', 'int == double']],
  },
  {
    name: 'unknown method',
    rule: 'self.name.frobnicate()',
    expected: [['error/undeclared-reference', "undeclared reference to 'frobnicate'"]],
  },
  {
    name: 'unknown function',
    rule: 'frobnicate(self.name)',
    expected: [['error/undeclared-reference', "'frobnicate'"]],
  },
  {
    name: 'our internal names are not reachable',
    rule: "self.name.__k8s_trim() == ''",
    expected: [['error/undeclared-reference', "'trim'"]],
  },
  {
    name: 'wrong argument type',
    rule: 'self.name.startsWith(1)',
    expected: [['error/no-matching-overload', 'startsWith']],
  },
  {
    name: 'rule not bool',
    rule: 'self.replicas',
    expected: [['error/result-type', 'must evaluate to a bool']],
  },
  {
    name: 'unknown variable',
    rule: 'other.name == self.name',
    expected: [['error/undeclared-reference', "'other'"]],
  },
  {
    name: 'root metadata exposes only name and generateName',
    rule: "self.metadata.labels['a'] == 'b'",
    schema: root,
    options: { isRoot: true },
    expected: [['error/undefined-field', "'labels'"]],
  },
  {
    name: 'unescapable property is invisible',
    rule: "self.1st == 'a'",
    expected: [['error/syntax', '']],
  },
  {
    name: 'preserve-unknown-fields without type has no CEL type',
    rule: 'self.raw == 1',
    expected: [['error/undefined-field', "'raw'"]],
  },
  {
    name: 'invalid RE2 literal',
    rule: "self.name.matches('(?<=a)b')",
    expected: [['error/invalid-regex', 'invalid']],
  },
  {
    name: 'invalid duration literal',
    rule: "self.timeout < duration('1x')",
    expected: [['error/invalid-literal', 'duration']],
  },
  {
    name: 'invalid timestamp literal',
    rule: "self.created < timestamp('yesterday')",
    expected: [['error/invalid-literal', 'timestamp']],
  },
  {
    name: 'heterogeneous list literal',
    rule: "[1, 'a'].size() == 2",
    expected: [['error/type-error', 'same type']],
  },
  {
    name: 'has() on a string',
    rule: 'has(self.name.x)',
    expected: [['error/type-error', 'does not support field selection']],
  },
  {
    name: 'messageExpression not a string',
    rule: { rule: 'true', messageExpression: 'self.replicas' },
    expected: [['error/result-type', 'must evaluate to a string']],
  },
  {
    name: 'messageExpression with an error',
    rule: { rule: 'true', messageExpression: "self.nmae + ''" },
    expected: [['error/undefined-field', "'nmae'"]],
  },
  {
    name: 'fieldPath to a missing field',
    rule: { rule: 'true', fieldPath: '.nope' },
    expected: [['error/invalid', 'nope does not refer to a valid field']],
  },
  {
    name: 'fieldPath without a leading dot',
    rule: { rule: 'true', fieldPath: 'name' },
    expected: [['error/invalid', 'expected [ or .']],
  },
  {
    name: 'fieldPath with a list index',
    rule: { rule: 'true', fieldPath: '.volumes[0]' },
    expected: [['error/invalid', 'single quoted']],
  },
  { name: 'empty rule', rule: '  ', expected: [['error/required', 'rule is not specified']] },
  {
    name: 'multi-line rule needs a message',
    rule: "self.name != 'a' &&\nself.name != 'b'",
    expected: [['error/required', 'message must be specified']],
  },
  {
    name: 'message with a line break',
    rule: { rule: 'true', message: 'a\nb' },
    expected: [['error/invalid', 'line breaks']],
  },
  {
    name: 'oldSelf under an atomic list',
    rule: 'self == oldSelf',
    options: { uncorrelatablePath: 'spec.items' },
    expected: [['error/old-self-uncorrelatable', 'within spec.items']],
  },
  {
    name: 'optionalOldSelf without oldSelf',
    rule: { rule: 'self.replicas > 0', optionalOldSelf: true },
    expected: [['error/optional-old-self-unused', 'may not be set']],
  },
  {
    name: 'oldSelf is optional with optionalOldSelf',
    rule: { rule: 'self.name == oldSelf.name', optionalOldSelf: true },
    expected: [['error/', '']],
  },
  {
    name: 'namespaces are not variables (ip)',
    rule: 'type(ip) != int',
    expected: [['error/undeclared-reference', "undeclared reference to 'ip'"]],
  },
  {
    name: 'namespaces are not variables (format, net, sets)',
    rule: 'format == format || net == net || sets == sets',
    expected: [
      ['error/undeclared-reference', "'format'"],
      ['error/undeclared-reference', "'format'"],
      ['error/undeclared-reference', "'net'"],
      ['error/undeclared-reference', "'net'"],
      ['error/undeclared-reference', "'sets'"],
      ['error/undeclared-reference', "'sets'"],
    ],
  },
  {
    name: 'cel.bind does not bind in its own value',
    rule: 'cel.bind(ip, ip, true)',
    expected: [['error/undeclared-reference', "'ip'"]],
  },
  {
    name: 'int-or-string is dyn: result must still be bool',
    rule: 'self.maxUnavailable',
    expected: [['error/result-type', 'not dyn']],
  },
];

const warned: readonly Case[] = [
  {
    name: 'all over an unbounded list',
    rule: "self.tags.all(t, t != '')",
    expected: [['warning/unbounded-cost', 'self.tags, which has no maxItems']],
  },
  {
    name: 'exists over an unbounded map',
    rule: "self.annotations.exists(k, k == 'a')",
    expected: [['warning/unbounded-cost', 'no maxProperties']],
  },
  {
    name: 'regex on an unbounded string',
    rule: "self.image.matches('^[a-z]+$')",
    expected: [['warning/unbounded-cost', 'self.image, which has no maxLength']],
  },
  {
    name: 'isSorted on an unbounded list',
    rule: 'self.tags.isSorted()',
    expected: [['warning/unbounded-cost', 'isSorted() scans self.tags']],
  },
  {
    name: '`in` on an unbounded list',
    rule: "'a' in self.tags",
    expected: [['warning/unbounded-cost', 'self.tags']],
  },
  {
    name: 'nested iteration reaches an unbounded string',
    rule: "self.volumes.all(v, v.name.matches('^a')) && self.tags.exists(t, t.contains('x'))",
    expected: [
      ['warning/unbounded-cost', 'exists() iterates over self.tags'],
      ['warning/unbounded-cost', 'contains() scans self.tags[*]'],
    ],
  },
  {
    name: 'iteration under an unbounded ancestor',
    rule: "self.sortedTags.all(t, t != '')",
    options: { unboundedAncestorPath: 'spec.groups' },
    expected: [['warning/unbounded-cost', 'once per element of spec.groups']],
  },
  {
    name: 'format validate() on an unbounded string',
    rule: '!format.uri().validate(self.image).hasValue()',
    expected: [['warning/unbounded-cost', 'validate() scans self.image']],
  },
  {
    name: 'bounded lists draw no warning',
    rule: "self.sortedTags.all(t, t.matches('^[a-z]+$'))",
    expected: ok,
  },
];

function describeIssue(i: CelIssue): string {
  return `${i.severity}/${i.code}: ${i.message}`;
}

function run(cases: readonly Case[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const rule = typeof c.rule === 'string' ? { rule: c.rule } : c.rule;
      const issues = checkRule(rule, c.schema ?? spec, c.options ?? {});
      const got = issues.map(describeIssue);
      expect(got, got.join('\n')).to.have.length(c.expected.length);
      c.expected.forEach(([kind, fragment], i) => {
        expect(got[i]).to.satisfy(
          (s: string) => s.startsWith(kind) && s.includes(fragment),
          `${got[i]} ~ ${kind} ${fragment}`,
        );
      });
    });
  }
}

describe('checkRule', () => {
  describe('accepts what the API server accepts', () => run(accepted));
  describe('rejects what the API server rejects', () => run(rejected));
  describe('warns where the cost estimate would bite', () => run(warned));
});
