/**
 * The OpenAPI string formats the API server checks with kube-openapi's `strfmt` (the checks behind
 * a CRD's `format: uuid | byte | date | date-time`): uuid, byte (standard base64, padded), date
 * (Go's time.Parse with layout 2006-01-02, so day-of-month is checked) and datetime (strfmt's
 * own split-on-'t' check, which is looser than RFC 3339 in places, kept as is).
 */

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// strfmt's time-of-day pattern; its `.` is any code point but a newline (Go's default).
const TIME = /^([0-9]{2}):([0-9]{2}):([0-9]{2})([^\n][0-9]+)?(z|([+-][0-9]{2}:[0-9]{2}))$/u;

/** strfmt's uuid: 32 hex digits, dashes optional, any case. */
export function isUuid(s: string): boolean {
  return UUID.test(s);
}

/** strfmt's byte: padded standard base64; the empty string is not valid. */
export function isBase64(s: string): boolean {
  return BASE64.test(s);
}

function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** strfmt's date: a real calendar date written YYYY-MM-DD. */
export function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year);
}

/**
 * strfmt's date-time: lower-cased and split on every 't'; the first part must be a date and the
 * second a time with hours ≤ 23, minutes and seconds ≤ 59 (text after a second 't' is ignored).
 */
export function isDateTime(s: string): boolean {
  if (Buffer.byteLength(s, 'utf8') < 4) return false;
  // Only ASCII case matters here: no other character lowercases to 't', 'z' or a digit.
  const parts = s.replace(/[A-Z]/g, (c) => c.toLowerCase()).split('t');
  const [date, time] = parts;
  if (date === undefined || time === undefined || !isDate(date)) return false;
  const m = TIME.exec(time);
  return m !== null && (m[1] ?? '') <= '23' && (m[2] ?? '') <= '59' && (m[3] ?? '') <= '59';
}
