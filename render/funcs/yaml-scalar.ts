// What go-yaml's emitter (v2 for toYaml, v3 for toYamlPretty; both libyaml ports) decides about
// one scalar before writing it: whether a string would read back as something else when plain
// (so the encoder asks for double quotes), and which styles its characters allow (libyaml's
// yaml_emitter_analyze_scalar). Characters are judged as libyaml judges UTF-8 bytes: tabs, C1
// controls, U+FEFF and everything beyond the BMP are "special" and force double quotes.
// Pinned by test/render/funcs/yaml.test.ts and the yaml golden charts.

/** What a scalar's characters allow; libyaml's scalar_data. */
export interface ScalarAnalysis {
  readonly multiline: boolean;
  readonly flowPlain: boolean;
  readonly blockPlain: boolean;
  readonly singleQuoted: boolean;
  readonly block: boolean;
}

/** libyaml's is_break: CR, LF, NEL, LS, PS. */
export function isBreak(c: string | undefined): boolean {
  return c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';
}

/** libyaml's is_printable, on a code point rather than its UTF-8 bytes. */
export function isPrintable(r: number): boolean {
  return (
    r === 0x0a ||
    (r >= 0x20 && r <= 0x7e) ||
    (r >= 0xa0 && r <= 0xd7ff) ||
    (r >= 0xe000 && r <= 0xfffd && r !== 0xfeff)
  );
}

const blankz = (c: string | undefined): boolean =>
  c === undefined || c === ' ' || c === '\t' || isBreak(c);

/** yaml_emitter_analyze_scalar. `v3` counts tabs apart: they forbid plain and quoted, not block. */
export function analyzeScalar(value: string, v3: boolean): ScalarAnalysis {
  if (value === '') {
    return {
      multiline: false,
      flowPlain: false,
      blockPlain: true,
      singleQuoted: true,
      block: false,
    };
  }
  const cs = Array.from(value);
  let blockIndicators = false;
  let flowIndicators = false;
  let lineBreaks = false;
  let special = false;
  let tabs = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let prevSpace = false;
  let prevBreak = false;
  if (value.startsWith('---') || value.startsWith('...')) {
    blockIndicators = true;
    flowIndicators = true;
  }
  let precededByWhitespace = true;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    const followedByWhitespace = blankz(cs[i + 1]);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) {
        flowIndicators = true;
        blockIndicators = true;
      } else if (c === '?' || c === ':') {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      } else if (c === '-' && followedByWhitespace) {
        flowIndicators = true;
        blockIndicators = true;
      }
    } else if (',?[]{}'.includes(c)) {
      flowIndicators = true;
    } else if (c === ':') {
      flowIndicators = true;
      if (followedByWhitespace) blockIndicators = true;
    } else if (c === '#' && precededByWhitespace) {
      flowIndicators = true;
      blockIndicators = true;
    }
    if (v3 && c === '\t') tabs = true;
    else if (!isPrintable(c.codePointAt(0)!)) special = true;
    const last = i === cs.length - 1;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (last) trailingSpace = true;
      if (prevBreak) breakSpace = true;
      prevSpace = true;
      prevBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (last) trailingBreak = true;
      if (prevSpace) spaceBreak = true;
      prevSpace = false;
      prevBreak = true;
    } else {
      prevSpace = false;
      prevBreak = false;
    }
    precededByWhitespace = blankz(c);
  }
  const plainOk = !(
    leadingSpace ||
    leadingBreak ||
    trailingSpace ||
    trailingBreak ||
    breakSpace ||
    spaceBreak ||
    tabs ||
    special ||
    lineBreaks
  );
  return {
    multiline: lineBreaks,
    flowPlain: plainOk && !flowIndicators,
    blockPlain: plainOk && !blockIndicators,
    singleQuoted: !(breakSpace || spaceBreak || tabs || special),
    block: !(trailingSpace || spaceBreak || special),
  };
}

const boolsAndNulls = new Set(
  [
    'true True TRUE false False FALSE ~ null Null NULL',
    '.nan .NaN .NAN .inf .Inf .INF +.inf +.Inf +.INF -.inf -.Inf -.INF',
  ]
    .join(' ')
    .split(' '),
);
const oldBools = new Set('y Y yes Yes YES on On ON n N no No NO off Off OFF'.split(' '));
const goInt = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
const yamlStyleFloat = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const base60Float = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/**
 * Whether go-yaml's encoder may write `s` plain: it must resolve to a string (not a bool, null,
 * number, timestamp or merge key; both majors of go-yaml quote the YAML 1.1 bools y/yes/on/…)
 * and not look like a base-60 float (`10:30`).
 */
export function plainResolvesToString(s: string): boolean {
  if (s === '' || boolsAndNulls.has(s) || oldBools.has(s) || base60Float.test(s)) return false;
  const c = s[0]!;
  if (c === '.') return !/^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s);
  if (!(c === '+' || c === '-' || (c >= '0' && c <= '9'))) return true;
  if (isTimestamp(s)) return false;
  const plain = s.replaceAll('_', '');
  if (goInt.test(plain) && fitsParseIntOrUint(plain)) return false;
  if (yamlStyleFloat.test(plain) && Number.isFinite(Number(plain))) return false;
  // go-yaml's own binary fallbacks: 0b with a signed binary rest, and -0b….
  return !/^0b[-+]?[01]+$/.test(plain) && !/^-0b[01]+$/.test(plain);
}

// strconv.ParseInt(s, 0, 64) or ParseUint(s, 0, 64) (no sign) succeeds.
function fitsParseIntOrUint(s: string): boolean {
  const neg = s[0] === '-';
  const body = s[0] === '-' || s[0] === '+' ? s.slice(1) : s;
  const v = /^0[0-7]+$/.test(body) ? BigInt('0o' + body.slice(1)) : BigInt(body.toLowerCase());
  if (neg ? v <= 1n << 63n : v < 1n << 63n) return true;
  return s[0] !== '-' && s[0] !== '+' && v < 1n << 64n;
}

const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

// go-yaml's parseTimestamp: YYYY-M-D, optionally with a time (T, t or space) that has a zone
// (Z or ±hh:mm) after T/t and none after a space; fractions after '.' or ','.
function isTimestamp(s: string): boolean {
  const m =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt ])(\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,]\d+)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(
      s,
    );
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return false;
  if (m[4] === undefined) return true;
  if (Number(m[5]) > 23 || Number(m[6]) > 59 || Number(m[7]) > 59) return false;
  return m[4] === ' ' ? m[8] === undefined : m[8] !== undefined;
}
