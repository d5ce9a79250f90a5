/**
 * Kubernetes name and label validators (k8s.io/apimachinery `pkg/util/validation` and
 * `pkg/api/validation`, v0.34), giving the same list of messages. Go measures and matches bytes,
 * so every check runs on the UTF-8 bytes of the value (one char per byte): lengths count bytes,
 * and the trailing-dash mask of the `…Prefix` variants cuts bytes, not characters.
 */

const LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const SUBDOMAIN = `${LABEL}(\\.${LABEL})*`;
const DNS1035 = '[a-z]([-a-z0-9]*[a-z0-9])?';
const QUALIFIED = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_VALUE = `(${QUALIFIED})?`;
const QUALIFIED_MSG =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

const anchored = (fmt: string): RegExp => new RegExp(`^${fmt}$`);
const LABEL_RE = anchored(LABEL);
const SUBDOMAIN_RE = anchored(SUBDOMAIN);
const DNS1035_RE = anchored(DNS1035);
const QUALIFIED_RE = anchored(QUALIFIED);
const LABEL_VALUE_RE = anchored(LABEL_VALUE);

/** `value` as a string of its UTF-8 bytes, so that length and indices are Go's. */
export function goBytes(value: string): string {
  return Buffer.from(value, 'utf8').toString('latin1');
}

function maxLenError(n: number): string {
  return `must be no more than ${n} characters`;
}

function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  const eg = examples.map((e) => `'${e}', `).join(' or ');
  return `${msg} (e.g. ${eg}regex used for validation is '${fmt}')`;
}

/** IsDNS1123Label on a byte string. */
function dns1123Label(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 63) errs.push(maxLenError(63));
  if (LABEL_RE.test(v)) return errs;
  // A valid subdomain of the right length fails as a label only because of its dots.
  if (SUBDOMAIN_RE.test(v)) errs.push('must not contain dots');
  else
    errs.push(
      regexError(
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
        LABEL,
        'my-name',
        '123-abc',
      ),
    );
  return errs;
}

/** IsDNS1123Subdomain on a byte string. */
function dns1123Subdomain(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 253) errs.push(maxLenError(253));
  if (!SUBDOMAIN_RE.test(v))
    errs.push(
      regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        SUBDOMAIN,
        'example.com',
      ),
    );
  return errs;
}

/** IsDNS1035Label on a byte string. */
function dns1035Label(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 63) errs.push(maxLenError(63));
  if (!DNS1035_RE.test(v))
    errs.push(
      regexError(
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
        DNS1035,
        'my-name',
        'abc-123',
      ),
    );
  return errs;
}

/**
 * apimachinery's maskTrailingDash, bug included: it drops the last two bytes, not one, before
 * appending 'a' (`abc-` is checked as `aba`), so `a.-` passes as a label prefix.
 */
function maskTrailingDash(v: string): string {
  return v.length > 1 && v.endsWith('-') ? `${v.slice(0, -2)}a` : v;
}

/** NameIsDNSLabel: a DNS-1123 label, or with `prefix` a label that a suffix will complete. */
export function nameIsDnsLabel(value: string, prefix: boolean): string[] {
  const v = goBytes(value);
  return dns1123Label(prefix ? maskTrailingDash(v) : v);
}

/** NameIsDNSSubdomain: a DNS-1123 subdomain, or its prefix. */
export function nameIsDnsSubdomain(value: string, prefix: boolean): string[] {
  const v = goBytes(value);
  return dns1123Subdomain(prefix ? maskTrailingDash(v) : v);
}

/** NameIsDNS1035Label: a DNS-1035 label, or its prefix. */
export function nameIsDns1035Label(value: string, prefix: boolean): string[] {
  const v = goBytes(value);
  return dns1035Label(prefix ? maskTrailingDash(v) : v);
}

/** IsQualifiedName: `name` or `dns-subdomain/name`, as label keys and annotation keys are. */
export function isQualifiedName(value: string): string[] {
  const parts = goBytes(value).split('/');
  const errs: string[] = [];
  const nameError = (): string =>
    regexError(QUALIFIED_MSG, QUALIFIED, 'MyName', 'my.name', '123-abc');
  if (parts.length > 2)
    return [
      `a qualified name ${nameError()} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  const name = parts.at(-1) ?? '';
  if (parts.length === 2) {
    const prefix = parts[0] ?? '';
    if (prefix === '') errs.push('prefix part must be non-empty');
    else errs.push(...dns1123Subdomain(prefix).map((m) => `prefix part ${m}`));
  }
  if (name === '') errs.push('name part must be non-empty');
  else if (name.length > 63) errs.push(`name part ${maxLenError(63)}`);
  if (!QUALIFIED_RE.test(name)) errs.push(`name part ${nameError()}`);
  return errs;
}

/** IsValidLabelValue: empty, or up to 63 bytes of a qualified-name shape. */
export function isValidLabelValue(value: string): string[] {
  const v = goBytes(value);
  const errs: string[] = [];
  if (v.length > 63) errs.push(maxLenError(63));
  if (!LABEL_VALUE_RE.test(v))
    errs.push(
      regexError(
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        LABEL_VALUE,
        'MyValue',
        'my_value',
        '12345',
      ),
    );
  return errs;
}
