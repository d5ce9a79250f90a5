/**
 * The string formats a CRD schema may name and the API server checks (kube-openapi's `strfmt`
 * registry, as far as apiextensions-apiserver `validation/formats.go` keeps it): a value that
 * fails reads `spec.x in body must be of type date-time: "yesterday"`. Formats the server does not
 * support (int32, int64, float, double, anything unknown) are stripped from the schema and never
 * checked. Names are compared with dashes removed, as strfmt normalizes them.
 */
import { parseAddr } from '../generator/cel/shared.js';
import { parsePrefix } from '../generator/cel/shared.js';
import { nameIsDnsLabel, nameIsDnsSubdomain } from '../generator/cel/shared.js';
import { isBase64, isDate, isDateTime, isUuid } from '../generator/cel/shared.js';
import { requestUriError } from '../generator/cel/shared.js';
import { parseDuration } from '../generator/cel/shared.js';

type Check = (s: string) => boolean;

const re =
  (pattern: RegExp): Check =>
  (s) =>
    pattern.test(s);

function isIp(s: string, family: '.' | ':'): boolean {
  const parsed = parseAddr(s);
  return parsed.ok && parsed.value.zone === '' && s.includes(family);
}

function isGoDuration(s: string): boolean {
  try {
    parseDuration(s);
    return true;
  } catch {
    return false;
  }
}

// strfmt's duration also takes `<n> <unit>` with long unit names (`3 days`, `2 weeks`).
const LONG_DURATION =
  /^\s*\d+\s*(ns|us|µs|ms|s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|wk|wks|week|weeks)\s*$/;

// strfmt's hostname: labels of letters, digits and symbols, a final label of 2 to 63 letters.
const HOSTNAME =
  /^([a-zA-Z0-9\p{S}\p{L}]((-?[a-zA-Z0-9\p{S}\p{L}]{0,62})?)|([a-zA-Z0-9\p{S}\p{L}](([a-zA-Z0-9\-\p{S}\p{L}]{0,61}[a-zA-Z0-9\p{S}\p{L}])?)(\.)){1,}([a-zA-Z\p{L}]){2,63})$/u;

// Go's net.ParseMAC: 6, 8 or 20 octets, separated by ':' or '-', or dotted groups of four digits.
const MAC =
  /^(?:[0-9a-fA-F]{2}(?:([:-])[0-9a-fA-F]{2})(?:\1[0-9a-fA-F]{2}){4}(?:(?:\1[0-9a-fA-F]{2}){2}|(?:\1[0-9a-fA-F]{2}){14})?|[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}(?:\.[0-9a-fA-F]{4}|(?:\.[0-9a-fA-F]{4}){7})?)$/;

const BYTE_255 = '(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])';

const CHECKS: ReadonlyMap<string, Check> = new Map<string, Check>([
  ['bsonobjectid', re(/^[0-9a-fA-F]{24}$/)],
  ['uri', (s) => requestUriError(s) === undefined],
  // net/mail.ParseAddress, reduced to its common shape: `name <a@b>` or `a@b`.
  ['email', re(/^(?:[^<>@\s]+|[^<>]*<[^<>@\s]+@[^<>@\s]+>)$/)],
  ['hostname', (s) => Buffer.byteLength(s) <= 255 && HOSTNAME.test(s)],
  ['ipv4', (s) => isIp(s, '.')],
  ['ipv6', (s) => isIp(s, ':')],
  ['cidr', (s) => parsePrefix(s).ok],
  ['mac', re(MAC)],
  ['uuid', isUuid],
  ['uuid3', re(/^[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/i)],
  ['uuid4', re(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i)],
  ['uuid5', re(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i)],
  ['ssn', re(/^\d{3}[- ]?\d{2}[- ]?\d{4}$/)],
  ['hexcolor', re(/^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/)],
  [
    'rgbcolor',
    re(new RegExp(`^rgb\\(\\s*${BYTE_255}\\s*,\\s*${BYTE_255}\\s*,\\s*${BYTE_255}\\s*\\)$`)),
  ],
  ['byte', isBase64],
  ['password', () => true],
  ['date', isDate],
  ['duration', (s) => isGoDuration(s) || LONG_DURATION.test(s)],
  ['datetime', isDateTime],
  ['k8sshortname', (s) => nameIsDnsLabel(s, false).length === 0],
  ['k8slongname', (s) => nameIsDnsSubdomain(s, false).length === 0],
  // isbn, isbn10, isbn13 and creditcard are recognised but not checked here (see validate/README).
  ['isbn', () => true],
  ['isbn10', () => true],
  ['isbn13', () => true],
  ['creditcard', () => true],
]);

/** The check for `format`, or `undefined` when the API server strips the format and checks nothing. */
export function formatCheck(format: string): Check | undefined {
  return CHECKS.get(format.replaceAll('-', ''));
}
