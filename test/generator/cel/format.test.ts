import { runLibraryCases, type LibraryCase } from './library-cases.js';

const LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const DNS1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const QUALIFIED =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const LABEL_VALUE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const MAX63 = 'must be no more than 63 characters';

/**
 * `format.<f>().validate(self.v)`: `[]` for a valid value (the rule holds), else the exact
 * messages, which the messageExpression joins with ' | '.
 */
const validate = (
  f: string,
  rows: readonly (readonly [string, readonly string[]])[],
): LibraryCase[] =>
  rows.map(([v, messages]) => ({
    name: `${f} ${JSON.stringify(v.length > 40 ? `${v.slice(0, 20)}…(${v.length})` : v)}`,
    rule: `!format.${f}().validate(self.v).hasValue()`,
    messageExpression: `format.${f}().validate(self.v).value().join(' | ')`,
    self: { v },
    expected: messages.length === 0 ? true : { failed: messages.join(' | ') },
  }));

const NAMES = [
  'dns1123Label',
  'dns1123Subdomain',
  'dns1035Label',
  'qualifiedName',
  'dns1123LabelPrefix',
  'dns1123SubdomainPrefix',
  'dns1035LabelPrefix',
  'labelValue',
  'uri',
  'uuid',
  'byte',
  'date',
  'datetime',
];

const cases: readonly LibraryCase[] = [
  ...validate('dns1123Label', [
    ['my-label-name', []],
    ['123-abc', []],
    ['contains a space', [LABEL]],
    ['-abc', [LABEL]],
    ['Abc', [LABEL]],
    ['a.b', ['must not contain dots']],
    ['a'.repeat(63), []],
    ['a'.repeat(64), [MAX63]],
    ['é'.repeat(32), [MAX63, LABEL]],
    ['', [LABEL]],
  ]),
  ...validate('dns1123Subdomain', [
    ['apiextensions.k8s.io', []],
    ['example.com', []],
    ['contains a space', [SUBDOMAIN]],
    ['example.com.', [SUBDOMAIN]],
    ['a'.repeat(254), ['must be no more than 253 characters']],
  ]),
  ...validate('dns1035Label', [
    ['my-label-name', []],
    ['contains a space', [DNS1035]],
    ['1abc', [DNS1035]],
    ['a'.repeat(64), [MAX63]],
  ]),
  ...validate('qualifiedName', [
    ['apiextensions.k8s.io/v1beta1', []],
    ['my.name', []],
    ['MyName_1', []],
    ['contains a space', [`name part ${QUALIFIED}`]],
    [
      'a/b/c',
      [
        `a qualified name ${QUALIFIED} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
      ],
    ],
    ['/name', ['prefix part must be non-empty']],
    ['Example.com/name', [`prefix part ${SUBDOMAIN}`]],
    ['example.com/', ['name part must be non-empty', `name part ${QUALIFIED}`]],
    ['a'.repeat(64), [`name part ${MAX63}`]],
  ]),
  ...validate('dns1123LabelPrefix', [
    ['my-label-prefix-', []],
    ['contains a space-', [LABEL]],
    ['-', [LABEL]],
    // apimachinery masks the last two bytes, not one: 'a.-' is checked as 'aa'.
    ['a.-', []],
  ]),
  ...validate('dns1123SubdomainPrefix', [
    ['mysubdomain.prefix.-', []],
    ['contains a space-', [SUBDOMAIN]],
  ]),
  ...validate('dns1035LabelPrefix', [
    ['my-label-prefix-', []],
    ['contains a space-', [DNS1035]],
    ['1abc-', [DNS1035]],
  ]),
  ...validate('labelValue', [
    ['', []],
    ['my-cool-label-Value', []],
    ['my-cool-label-Value!!\n\n!!!', [LABEL_VALUE]],
    ['a'.repeat(64), [MAX63]],
  ]),
  ...validate('uri', [
    ['http://example.com', []],
    ['/path/with space', []],
    ['*', []],
    ['mailto:me@example.com', []],
    ['http://user:pass@[fe80::1%25en0]:8080/a%20b?q=%zz#frag', []],
    ['foo', ['parse "foo": invalid URI for request']],
    ['', ['parse "": empty url']],
    [':foo', ['parse ":foo": missing protocol scheme']],
    ['http://[::1/', [`parse "http://[::1/": missing ']' in host`]],
    ['http://host:port/', ['parse "http://host:port/": invalid port ":port" after host']],
    ['http://[::1]x/', ['parse "http://[::1]x/": invalid port "x" after host']],
    ['http://a b/', ['parse "http://a b/": invalid character " " in host name']],
    ['http://%41.com/', ['parse "http://%41.com/": invalid URL escape "%41"']],
    ['http://[fe80::1%25%2f]/', ['parse "http://[fe80::1%25%2f]/": invalid URL escape "%2f"']],
    ['/a%zz', ['parse "/a%zz": invalid URL escape "%zz"']],
    ['/a%2', ['parse "/a%2": invalid URL escape "%2"']],
    ['http://us er@host/', ['parse "http://us er@host/": net/url: invalid userinfo']],
    ['http://u%zz@host/', ['parse "http://u%zz@host/": invalid URL escape "%zz"']],
    [
      'http://host/\u0001',
      ['parse "http://host/\\x01": net/url: invalid control character in URL'],
    ],
  ]),
  ...validate('uuid', [
    ['123e4567-e89b-12d3-a456-426614174000', []],
    ['123E4567E89B12D3A456426614174000', []],
    ['not-a-uuid', ['does not match the UUID format']],
    ['123e4567-e89b-12d3-a456-42661417400', ['does not match the UUID format']],
  ]),
  ...validate('byte', [
    ['aGVsbG8=', []],
    ['aGVsbA==', []],
    ['aGVsbG8', ['invalid base64']],
    ['', ['invalid base64']],
    ['aGV sbG8=', ['invalid base64']],
  ]),
  ...validate('date', [
    ['2021-01-01', []],
    ['2020-02-29', []],
    ['2020-01-32', ['invalid date']],
    ['2021-02-29', ['invalid date']],
    ['2021-13-01', ['invalid date']],
    ['2021-1-01', ['invalid date']],
    ['2021-01-01T00:00:00Z', ['invalid date']],
  ]),
  ...validate('datetime', [
    ['2021-01-01T00:00:00Z', []],
    ['2021-01-01t23:59:59.123+05:30', []],
    // strfmt splits on every 't' and ignores what follows a second one.
    ['2021-01-01T00:00:00Zt', []],
    ['2020-01-32T00:00:00Z', ['invalid datetime']],
    ['2021-01-01T24:00:00Z', ['invalid datetime']],
    ['2021-01-01 00:00:00Z', ['invalid datetime']],
    ['2021-01-01T00:00:00', ['invalid datetime']],
  ]),
  ...NAMES.map((n) => ({
    name: `format.named('${n}') is format.${n}()`,
    rule: `format.named('${n}').hasValue() && format.named('${n}').value() == format.${n}()`,
    expected: true,
  })),
  {
    name: 'formats differ from each other',
    rule: `[${NAMES.map((n) => `format.${n}()`).join(', ')}].all(a, [${NAMES.map((n) => `format.${n}()`).join(', ')}].exists_one(b, a == b))`,
    expected: true,
  },
  { name: 'unknown format name', rule: "format.named('unknown').hasValue()", expected: false },
  {
    name: 'named format from data',
    rule: '!format.named(self.w).value().validate(self.v).hasValue()',
    self: { v: 'abc', w: 'dns1035Label' },
    expected: true,
  },
  {
    name: 'validate gives a list of strings',
    rule: "format.dns1123Label().validate('A').value().size() == 1",
    expected: true,
  },
  {
    name: 'named of an int',
    rule: 'format.named(1).hasValue()',
    expected: { rejected: ['error/no-matching-overload', 'named'] },
  },
  {
    name: 'validate of an int',
    rule: 'format.uuid().validate(1).hasValue()',
    expected: { rejected: ['error/no-matching-overload', 'validate'] },
  },
  {
    name: 'validate is optional, not a list',
    rule: "format.uuid().validate('x') == ['x']",
    expected: { rejected: ['error/no-matching-overload', '=='] },
  },
  {
    name: 'unknown format function',
    rule: "format.email().validate('x').hasValue()",
    expected: { rejected: ['error/undeclared-reference', "'email'"] },
  },
];

describe('CEL format library', () => runLibraryCases(cases));
