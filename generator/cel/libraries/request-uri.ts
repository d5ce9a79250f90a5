/**
 * Why Go's `url.ParseRequestURI` (Go 1.24, the Go of Kubernetes 1.34) rejects a string, in its
 * words (`parse "x": invalid URI for request`), for the format library's `uri`. Only the checks
 * that can fail are reproduced: control bytes, the scheme, the authority (userinfo, host, port,
 * %-escapes) and %-escapes in the path. As in Go, the query is not checked and '#' is not split.
 */
import { goQuote } from './go-quote.js';
import { goBytes } from './name-validation.js';

type Mode = 'path' | 'host' | 'zone' | 'userinfo';

/** A slice of the byte string quoted as Go quotes it (bytes back to text first). */
const quoteBytes = (b: string): string => goQuote(Buffer.from(b, 'latin1').toString('utf8'));

const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);
const HOST_SAFE = /^[A-Za-z0-9\-_.~!$&'()*+,;=:[\]<>"]$/;
const USERINFO = /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/;

/** Go's unescape: the first bad %-escape (or, in a host, a byte a host may not hold). */
function unescapeError(s: string, mode: Mode): string | undefined {
  for (let i = 0; i < s.length;) {
    const c = s[i] ?? '';
    if (c === '%') {
      if (!isHex(s[i + 1]) || !isHex(s[i + 2]))
        return `invalid URL escape ${quoteBytes(s.slice(i, i + 3))}`;
      const esc = s.slice(i, i + 3);
      const v = parseInt(esc.slice(1), 16);
      // In a host, escapes are only for non-ASCII bytes, except %25 that starts an IPv6 zone.
      if (mode === 'host' && v < 0x80 && esc !== '%25')
        return `invalid URL escape ${quoteBytes(esc)}`;
      const decoded = String.fromCharCode(v);
      if (mode === 'zone' && esc !== '%25' && v !== 0x20 && !HOST_SAFE.test(decoded))
        return `invalid URL escape ${quoteBytes(esc)}`;
      i += 3;
    } else {
      if ((mode === 'host' || mode === 'zone') && c.charCodeAt(0) < 0x80 && !HOST_SAFE.test(c))
        return `invalid character ${quoteBytes(c)} in host name`;
      i++;
    }
  }
  return undefined;
}

const validOptionalPort = (p: string): boolean => p === '' || /^:[0-9]*$/.test(p);

function hostError(host: string): string | undefined {
  if (host.startsWith('[')) {
    const close = host.lastIndexOf(']');
    if (close < 0) return "missing ']' in host";
    const port = host.slice(close + 1);
    if (!validOptionalPort(port)) return `invalid port ${quoteBytes(port)} after host`;
    const zone = host.slice(0, close).indexOf('%25');
    if (zone >= 0)
      return (
        unescapeError(host.slice(0, zone), 'host') ??
        unescapeError(host.slice(zone, close), 'zone') ??
        unescapeError(host.slice(close), 'host')
      );
  } else {
    const colon = host.lastIndexOf(':');
    if (colon >= 0 && !validOptionalPort(host.slice(colon)))
      return `invalid port ${quoteBytes(host.slice(colon))} after host`;
  }
  return unescapeError(host, 'host');
}

function authorityError(authority: string): string | undefined {
  const at = authority.lastIndexOf('@');
  const hostProblem = hostError(authority.slice(at + 1));
  if (hostProblem !== undefined || at < 0) return hostProblem;
  const userinfo = authority.slice(0, at);
  if (!USERINFO.test(userinfo)) return 'net/url: invalid userinfo';
  const colon = userinfo.indexOf(':');
  if (colon < 0) return unescapeError(userinfo, 'userinfo');
  return (
    unescapeError(userinfo.slice(0, colon), 'userinfo') ??
    unescapeError(userinfo.slice(colon + 1), 'userinfo')
  );
}

/** The scheme and the rest, `undefined` scheme when there is none, or Go's error. */
function splitScheme(s: string): { scheme: string; rest: string } | string {
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    if (/[A-Za-z]/.test(c)) continue;
    if (/[0-9+\-.]/.test(c)) {
      if (i === 0) break;
      continue;
    }
    if (c === ':') {
      if (i === 0) return 'missing protocol scheme';
      return { scheme: s.slice(0, i), rest: s.slice(i + 1) };
    }
    break;
  }
  return { scheme: '', rest: s };
}

function parseError(s: string): string | undefined {
  if (/[\x00-\x1f\x7f]/.test(s)) return 'net/url: invalid control character in URL';
  if (s === '') return 'empty url';
  if (s === '*') return undefined;
  const split = splitScheme(s);
  if (typeof split === 'string') return split;
  let rest = split.rest;
  const q = rest.indexOf('?');
  if (q >= 0) rest = rest.slice(0, q);
  if (!rest.startsWith('/')) return split.scheme !== '' ? undefined : 'invalid URI for request';
  if (split.scheme !== '' && rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    const authority = slash >= 0 ? rest.slice(2, slash) : rest.slice(2);
    const problem = authorityError(authority);
    if (problem !== undefined) return problem;
    rest = slash >= 0 ? rest.slice(slash) : '';
  }
  return unescapeError(rest, 'path');
}

/** Go's `url.ParseRequestURI(s)` error text, or `undefined` if Go accepts `s`. */
export function requestUriError(s: string): string | undefined {
  // Go indexes bytes; a non-ASCII character never matches a delimiter, so bytes are safe here.
  const problem = parseError(goBytes(s));
  return problem === undefined ? undefined : `parse ${goQuote(s)}: ${problem}`;
}
