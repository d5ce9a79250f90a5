import { runLibraryCases, type LibraryCase } from './library-cases.js';

const PARSE = 'parse error during conversion from string';

/** `isIP(self.v)` for each input. */
const isIpCases = (rows: readonly (readonly [string, boolean])[]): LibraryCase[] =>
  rows.map(([v, ok]) => ({
    name: `isIP(${JSON.stringify(v)}) is ${ok}`,
    rule: 'isIP(self.v)',
    self: { v },
    expected: ok,
  }));

/** `ip(self.v)` fails with netip's reason for each input. */
const parseErrors = (rows: readonly (readonly [string, string])[]): LibraryCase[] =>
  rows.map(([v, reason]) => ({
    name: `ip(${JSON.stringify(v)}): ${reason}`,
    rule: 'ip(self.v).family() > 0',
    self: { v },
    expected: {
      error: `IP Address ${JSON.stringify(v)} ${PARSE}: ParseAddr(${JSON.stringify(v)}): ${reason}`,
    },
  }));

const cases: readonly LibraryCase[] = [
  { name: 'IPv4 family', rule: "ip('192.168.0.1').family() == 4", expected: true },
  { name: 'IPv6 family', rule: "ip('2001:db8::68').family() == 6", expected: true },
  ...isIpCases([
    ['192.168.0.1', true],
    ['2001:db8::68', true],
    ['::', true],
    ['1:2:3:4:5:6:7:8', true],
    ['1:2:3:4:5:6:7::', true],
    ['::1.2.3.4', true],
    ['64:ff9b::192.0.2.1', true],
    ['1:2:3:4:5:6:1.2.3.4', true],
    ['192.168.0.1.0', false],
    ['01.2.3.4', false],
    ['1.2.3', false],
    ['', false],
    [' 1.2.3.4', false],
    ['fe80::1%eth0', false],
    ['::ffff:1.2.3.4', false],
    ['::ffff:102:304', false],
    ['12345::', false],
    ['1:2:3:4:5:6:7:8:9', false],
    ['localhost', false],
  ]),
  ...parseErrors([
    ['192.168.0.1.0', 'IPv4 address too long'],
    ['1.2.3.04', 'IPv4 field has octet with leading zero'],
    ['1.2.3.256', 'IPv4 field has value >255'],
    ['1.2.3', 'IPv4 address too short'],
    ['1..2.3', 'IPv4 field must have at least one digit (at ".2.3")'],
    ['1.2.3.4/8', 'unexpected character (at "/8")'],
    ['hello', 'unable to parse IP'],
    ['%eth0', 'missing IPv6 address'],
    ['2001:db8:::68', 'each colon-separated field must have at least one digit (at ":68")'],
    ['1::2::3', 'multiple :: in address (at ":3")'],
    ['1:2', 'address string too short'],
    ['1:', 'colon must be followed by more characters (at ":")'],
    ['1x::', 'unexpected character, want colon (at "x::")'],
    ['12345::', 'each group must have 4 or less digits (at "12345::")'],
    ['1:2:3:4:5:6:7:8:9', 'trailing garbage after address (at "9")'],
    ['1:2:3:4:5:6:7:8::', 'the :: must expand to at least one field of zeros'],
    [
      '1:2:3:4:5:1.2.3.4',
      'embedded IPv4 address must replace the final 2 fields of the address (at "1.2.3.4")',
    ],
    ['::1.2.3', 'IPv4 address too short'],
    ['fe80::1%', 'zone must be a non-empty string'],
  ]),
  {
    name: 'control characters are quoted as Go quotes them',
    rule: 'ip(self.v).family() > 0',
    self: { v: '1.2.3.4\u0000' },
    expected: {
      error: `IP Address "1.2.3.4\\x00" ${PARSE}: ParseAddr("1.2.3.4\\x00"): unexpected character (at "\\x00")`,
    },
  },
  {
    name: 'zones are refused',
    rule: 'ip(self.v).family() > 0',
    self: { v: 'fe80::1%eth0' },
    expected: { error: 'IP address "fe80::1%eth0" with zone value is not allowed' },
  },
  {
    name: 'IPv4-mapped IPv6 addresses are refused',
    rule: 'ip(self.v).family() > 0',
    self: { v: '::ffff:192.168.0.1' },
    expected: { error: 'IPv4-mapped IPv6 address "::ffff:192.168.0.1" is not allowed' },
  },
  { name: 'isCanonical: any valid IPv4', rule: "ip.isCanonical('127.0.0.1')", expected: true },
  { name: 'isCanonical: IPv6', rule: "ip.isCanonical('2001:db8::abcd')", expected: true },
  { name: 'isCanonical: upper case', rule: "!ip.isCanonical('2001:DB8::ABCD')", expected: true },
  { name: 'isCanonical: zeros', rule: "!ip.isCanonical('2001:db8::0:0:0:abcd')", expected: true },
  { name: 'isCanonical: longest run', rule: "ip.isCanonical('1:0:0:2::3')", expected: true },
  {
    name: 'isCanonical: first of equal runs',
    rule: "ip.isCanonical('1::2:0:0:3')",
    expected: true,
  },
  { name: 'isCanonical: later equal run', rule: "!ip.isCanonical('1:0:0:2::3:4')", expected: true },
  {
    name: 'isCanonical: single zero group',
    rule: "ip.isCanonical('1:0:2:3:4:5:6:7')",
    expected: true,
  },
  { name: 'isCanonical: embedded IPv4', rule: "!ip.isCanonical('::1.2.3.4')", expected: true },
  {
    name: 'isCanonical: invalid',
    rule: 'ip.isCanonical(self.v)',
    self: { v: '127.0.0.1.0' },
    expected: {
      error: `IP Address "127.0.0.1.0" ${PARSE}: ParseAddr("127.0.0.1.0"): IPv4 address too long`,
    },
  },
  { name: 'isUnspecified IPv4', rule: "ip('0.0.0.0').isUnspecified()", expected: true },
  { name: 'isUnspecified IPv6', rule: "ip('::').isUnspecified()", expected: true },
  {
    name: 'not isUnspecified',
    rule: "ip('::1').isUnspecified() || ip('127.0.0.1').isUnspecified()",
    expected: false,
  },
  {
    name: 'isLoopback',
    rule: "ip('127.0.0.1').isLoopback() && ip('127.255.0.9').isLoopback() && ip('::1').isLoopback()",
    expected: true,
  },
  {
    name: 'not isLoopback',
    rule: "ip('1.2.3.4').isLoopback() || ip('2001:db8::abcd').isLoopback() || ip('::2').isLoopback()",
    expected: false,
  },
  {
    name: 'isLinkLocalMulticast',
    rule: "ip('224.0.0.1').isLinkLocalMulticast() && ip('ff02::1').isLinkLocalMulticast()",
    expected: true,
  },
  // netip tests ffX2::/16 (any flags), not the ff00::/8 the library's documentation names.
  {
    name: 'isLinkLocalMulticast with flags',
    rule: "ip('ff12::1').isLinkLocalMulticast()",
    expected: true,
  },
  {
    name: 'not isLinkLocalMulticast',
    rule: "ip('224.0.1.1').isLinkLocalMulticast() || ip('fd00::1').isLinkLocalMulticast() || ip('ff05::1').isLinkLocalMulticast()",
    expected: false,
  },
  {
    name: 'isLinkLocalUnicast',
    rule: "ip('169.254.169.254').isLinkLocalUnicast() && ip('fe80::1').isLinkLocalUnicast() && ip('febf::1').isLinkLocalUnicast()",
    expected: true,
  },
  {
    name: 'not isLinkLocalUnicast',
    rule: "ip('192.168.0.1').isLinkLocalUnicast() || ip('fd80::1').isLinkLocalUnicast() || ip('fec0::1').isLinkLocalUnicast()",
    expected: false,
  },
  {
    name: 'isGlobalUnicast',
    rule: "ip('192.168.0.1').isGlobalUnicast() && ip('10.0.0.1').isGlobalUnicast() && ip('2001:db8::abcd').isGlobalUnicast() && ip('fd00::1').isGlobalUnicast()",
    expected: true,
  },
  {
    name: 'not isGlobalUnicast',
    rule: "ip('255.255.255.255').isGlobalUnicast() || ip('0.0.0.0').isGlobalUnicast() || ip('127.0.0.1').isGlobalUnicast() || ip('224.0.0.1').isGlobalUnicast() || ip('169.254.0.1').isGlobalUnicast() || ip('ff00::1').isGlobalUnicast() || ip('::').isGlobalUnicast() || ip('fe80::1').isGlobalUnicast()",
    expected: false,
  },
  {
    name: 'string() is canonical',
    rule: "string(ip('2001:0DB8:0:0:1:0:0:1')) == '2001:db8::1:0:0:1'",
    expected: true,
  },
  { name: 'string() of IPv4', rule: "string(ip('192.168.0.1')) == '192.168.0.1'", expected: true },
  {
    name: 'string() of an embedded IPv4',
    rule: "string(ip('::1.2.3.4')) == '::102:304'",
    expected: true,
  },
  { name: 'equality by address', rule: "ip('::1') == ip('0:0:0:0:0:0:0:1')", expected: true },
  { name: 'inequality across families', rule: "ip('1.2.3.4') != ip('::102:304')", expected: true },
  { name: 'in a list', rule: "ip('::1') in [ip('::2'), ip('0::1')]", expected: true },
  {
    name: 'type name net.IP',
    rule: "type(ip('1.2.3.4')) == net.IP && type(ip('::1')) != net.CIDR",
    expected: true,
  },
  {
    name: 'from data',
    rule: 'isIP(self.v) && ip(self.v).family() == 6',
    self: { v: 'fe80::1' },
    expected: true,
  },
  {
    name: 'isIP of a CIDR',
    rule: "isIP(cidr('192.168.0.0/24'))",
    expected: { rejected: ['error/no-matching-overload', 'isIP'] },
  },
  {
    name: 'ip of an int',
    rule: 'ip(1).family() == 4',
    expected: { rejected: ['error/no-matching-overload', 'ip'] },
  },
  {
    name: 'family is an int',
    rule: "ip('1.2.3.4').family() == '4'",
    expected: { rejected: ['error/no-matching-overload', 'int == string'] },
  },
  {
    name: 'no member string()',
    rule: "ip('1.2.3.4').string() == ''",
    expected: { rejected: ['error/no-matching-overload', 'string'] },
  },
  {
    name: 'isCanonical is not a method',
    rule: "ip('1.2.3.4').isCanonical()",
    expected: { rejected: ['error/no-matching-overload', 'isCanonical'] },
  },
  {
    name: 'IP and CIDR do not compare',
    rule: "ip('1.2.3.4') == cidr('1.2.3.4/32')",
    expected: { rejected: ['error/no-matching-overload', 'net.IP == net.CIDR'] },
  },
];

describe('CEL IP library', () => runLibraryCases(cases));
