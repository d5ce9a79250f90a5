import { runLibraryCases, type LibraryCase } from './library-cases.js';

const PARSE = 'network address parse error during conversion from string: ';

/** `isCIDR(self.v)` for each input. */
const isCidrCases = (rows: readonly (readonly [string, boolean])[]): LibraryCase[] =>
  rows.map(([v, ok]) => ({
    name: `isCIDR(${JSON.stringify(v)}) is ${ok}`,
    rule: 'isCIDR(self.v)',
    self: { v },
    expected: ok,
  }));

/** `cidr(self.v)` fails with netip.ParsePrefix's reason, prefixed twice as the server does. */
const parseErrors = (rows: readonly (readonly [string, string])[]): LibraryCase[] =>
  rows.map(([v, reason]) => ({
    name: `cidr(${JSON.stringify(v)}): ${reason}`,
    rule: 'cidr(self.v).prefixLength() >= 0',
    self: { v },
    expected: { error: `${PARSE}${PARSE}netip.ParsePrefix(${JSON.stringify(v)}): ${reason}` },
  }));

const cases: readonly LibraryCase[] = [
  ...isCidrCases([
    ['192.168.0.0/16', true],
    ['::1/128', true],
    ['0.0.0.0/0', true],
    ['192.168.0.1/24', true],
    ['2001:db8::/32', true],
    ['192.168.0.0/33', false],
    ['::1/129', false],
    ['192.168.0.0', false],
    ['10.0.0.0/08', false],
    ['10.0.0.0/+8', false],
    ['010.0.0.0/8', false],
    ['fe80::1%eth0/64', false],
    ['::ffff:1.2.3.4/120', false],
    ['10.0.0.0/8/8', false],
    ['', false],
  ]),
  ...parseErrors([
    ['192.168.0.0/', 'bad bits after slash: ""'],
    ['2001:db8::/', 'bad bits after slash: ""'],
    ['10.0.0.0/08', 'bad bits after slash: "08"'],
    ['10.0.0.0/-1', 'bad bits after slash: "-1"'],
    ['10.0.0.0/99999999999999999999', 'bad bits after slash: "99999999999999999999"'],
    ['192.168.0.0/33', 'prefix length out of range'],
    ['::/129', 'prefix length out of range'],
    ['10.0.0.0', "no '/'"],
    ['1.2.3/8', 'ParseAddr("1.2.3"): IPv4 address too short'],
    ['fe80::1%eth0/64', 'IPv6 zones cannot be present in a prefix'],
  ]),
  {
    name: 'IPv4-mapped prefixes are refused',
    rule: 'cidr(self.v).prefixLength() >= 0',
    self: { v: '::ffff:1.2.3.4/120' },
    expected: { error: `${PARSE}IPv4-mapped IPv6 address "::ffff:1.2.3.4/120" is not allowed` },
  },
  {
    name: 'containsIP(ip)',
    rule: "cidr('192.168.0.0/24').containsIP(ip('192.168.0.1'))",
    expected: true,
  },
  {
    name: 'containsIP(ip) outside',
    rule: "cidr('192.168.0.0/24').containsIP(ip('192.168.1.1'))",
    expected: false,
  },
  {
    name: 'containsIP(string)',
    rule: "cidr('192.168.0.0/24').containsIP('192.168.0.255')",
    expected: true,
  },
  {
    name: 'containsIP(string) outside',
    rule: "cidr('192.168.0.0/24').containsIP('192.168.1.1')",
    expected: false,
  },
  {
    name: 'containsIP IPv6',
    rule: "cidr('2001:db8::/32').containsIP('2001:db8::1') && !cidr('2001:db8::/32').containsIP(ip('2001:dc8::1'))",
    expected: true,
  },
  {
    name: 'containsIP with host bits set',
    rule: "cidr('10.1.2.3/8').containsIP('10.200.0.1')",
    expected: true,
  },
  {
    name: 'containsIP never across families',
    rule: "cidr('::/0').containsIP('1.2.3.4') || cidr('0.0.0.0/0').containsIP('::1')",
    expected: false,
  },
  // The server type-checks the parsed string against the wrong operand: no parse error surfaces.
  {
    name: 'containsIP of a bad string',
    rule: 'cidr("10.0.0.0/8").containsIP(self.v)',
    self: { v: '10.0.0.300' },
    expected: { error: 'no such overload' },
  },
  {
    name: 'containsIP of a zoned string',
    rule: 'cidr("fe80::/10").containsIP(self.v)',
    self: { v: 'fe80::1%eth0' },
    expected: { error: 'no such overload' },
  },
  {
    name: 'containsCIDR(cidr)',
    rule: "cidr('192.168.0.0/24').containsCIDR(cidr('192.168.0.0/25')) && cidr('192.168.0.0/24').containsCIDR(cidr('192.168.0.1/32'))",
    expected: true,
  },
  {
    name: 'containsCIDR wider or elsewhere',
    rule: "cidr('192.168.0.0/24').containsCIDR(cidr('192.168.0.0/23')) || cidr('192.168.0.0/24').containsCIDR(cidr('192.169.0.1/32'))",
    expected: false,
  },
  {
    name: 'containsCIDR(string)',
    rule: "cidr('192.168.0.0/16').containsCIDR('192.168.10.0/24') && !cidr('192.168.1.0/24').containsCIDR('192.168.2.0/24')",
    expected: true,
  },
  {
    name: 'containsCIDR IPv6',
    rule: "cidr('2001:db8::/32').containsCIDR('2001:db8::/33') && !cidr('2001:db8::/32').containsCIDR('2001:db8::/31')",
    expected: true,
  },
  {
    name: 'containsCIDR of itself, host bits set',
    rule: "cidr('192.168.0.1/24').containsCIDR('192.168.0.0/24')",
    expected: true,
  },
  {
    name: 'containsCIDR from /0',
    rule: "cidr('0.0.0.0/0').containsCIDR('10.0.0.0/8')",
    expected: true,
  },
  {
    name: 'containsCIDR never across families',
    rule: "cidr('::/0').containsCIDR('10.0.0.0/8')",
    expected: false,
  },
  {
    name: 'containsCIDR of a bad string',
    rule: 'cidr("10.0.0.0/8").containsCIDR(self.v)',
    self: { v: '10.0.0.0' },
    expected: { error: `${PARSE}${PARSE}netip.ParsePrefix("10.0.0.0"): no '/'` },
  },
  {
    name: 'ip() keeps host bits',
    rule: "cidr('192.168.0.1/24').ip() == ip('192.168.0.1') && cidr('::1/128').ip().family() == 6",
    expected: true,
  },
  {
    name: 'masked',
    rule: "cidr('192.168.0.1/24').masked() == cidr('192.168.0.0/24')",
    expected: true,
  },
  {
    name: 'masked mid-byte',
    rule: "string(cidr('10.15.2.3/13').masked()) == '10.8.0.0/13'",
    expected: true,
  },
  {
    name: 'masked IPv6',
    rule: "cidr('2001:db8:1::/32').masked() == cidr('2001:db8::/32')",
    expected: true,
  },
  { name: 'masked /0', rule: "string(cidr('10.1.2.3/0').masked()) == '0.0.0.0/0'", expected: true },
  {
    name: 'unmasked is not equal to masked',
    rule: "cidr('192.168.0.1/24') == cidr('192.168.0.1/24').masked()",
    expected: false,
  },
  {
    name: 'equality by value',
    rule: "cidr('2001:db8::/32') == cidr('2001:0DB8:0::/32')",
    expected: true,
  },
  {
    name: 'prefixLength',
    rule: "cidr('192.168.0.0/16').prefixLength() == 16 && cidr('::1/128').prefixLength() == 128",
    expected: true,
  },
  {
    name: 'string() is canonical, host bits kept',
    rule: "string(cidr('2001:0DB8::1/32')) == '2001:db8::1/32'",
    expected: true,
  },
  { name: 'type name net.CIDR', rule: "type(cidr('192.168.0.0/24')) == net.CIDR", expected: true },
  {
    name: 'from data',
    rule: 'isCIDR(self.v) && cidr(self.v).containsIP(self.w)',
    self: { v: '10.0.0.0/8', w: '10.1.2.3' },
    expected: true,
  },
  {
    name: 'cidr of an int',
    rule: 'cidr(8).prefixLength() == 8',
    expected: { rejected: ['error/no-matching-overload', 'cidr'] },
  },
  {
    name: 'containsIP of an int',
    rule: "cidr('10.0.0.0/8').containsIP(1)",
    expected: { rejected: ['error/no-matching-overload', 'containsIP'] },
  },
  {
    name: 'isCIDR of an IP',
    rule: "isCIDR(ip('1.2.3.4'))",
    expected: { rejected: ['error/no-matching-overload', 'isCIDR'] },
  },
  {
    name: 'prefixLength is an int',
    rule: "cidr('10.0.0.0/8').prefixLength() == 8.0",
    expected: { rejected: ['error/no-matching-overload', 'int == double'] },
  },
];

describe('CEL CIDR library', () => runLibraryCases(cases));
