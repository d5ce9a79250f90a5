// Go's net/url as Sprig's urlParse and urlJoin use it: url.Parse (scheme, opaque, authority with
// userinfo and host, path and fragment unescaping, with Go's error texts) and URL.String (with
// each component's escaping rules). Strings are handled as UTF-8 bytes, as Go handles them.
// Pinned by test/render/funcs/urls.test.ts and the urls golden chart.
import { quote, utf8Bytes, goString } from '../go/index.js';

/** A URL's error; `message` is Go's text without the `parse "…": ` wrapper. */
export class UrlError extends Error {}

/** The parts of a Go url.URL that Sprig reads or sets. */
export interface Url {
  scheme: string;
  opaque: string;
  user?: { username: string; password?: string };
  host: string;
  path: string;
  rawQuery: string;
  fragment: string;
  forceQuery: boolean;
  omitHost: boolean;
}

type Mode = 'path' | 'host' | 'zone' | 'userPassword' | 'fragment';

const alnum = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
const has = (set: string, c: number): boolean => c < 0x80 && set.includes(String.fromCharCode(c));

// shouldEscape of net/url: which bytes each component must percent-encode.
function shouldEscape(c: number, mode: Mode): boolean {
  if (alnum(c)) return false;
  if ((mode === 'host' || mode === 'zone') && has(`!$&'()*+,;=:[]<>"`, c)) return false;
  if (has('-_.~', c)) return false;
  if (has('$&+,/:;=?@', c)) {
    if (mode === 'path') return c === 0x3f;
    if (mode === 'userPassword') return has('@/?:', c);
    if (mode === 'fragment') return false;
  }
  return !(mode === 'fragment' && has('!()*', c));
}

/** net/url's escape of a component. */
export function escape(s: string, mode: Mode): string {
  let out = '';
  for (const b of utf8Bytes(s)) {
    out += shouldEscape(b, mode)
      ? `%${b.toString(16).toUpperCase().padStart(2, '0')}`
      : String.fromCharCode(b);
  }
  return out;
}

const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/** net/url's unescape; throws UrlError with Go's EscapeError or InvalidHostError text. */
function unescape(s: string, mode: Mode): string {
  const b = utf8Bytes(s);
  const out: number[] = [];
  for (let i = 0; i < b.length;) {
    const c = b[i]!;
    if (c === 0x25) {
      const hex = String.fromCharCode(...b.subarray(i + 1, i + 3));
      if (i + 2 >= b.length || !isHex(hex[0]) || !isHex(hex[1])) {
        throw new UrlError(`invalid URL escape ${quote(goString(b.subarray(i, i + 3)))}`);
      }
      const v = parseInt(hex, 16);
      if (mode === 'host' && v >> 4 < 8 && hex !== '25')
        throw new UrlError(`invalid URL escape ${quote(`%${hex}`)}`);
      if (mode === 'zone' && hex !== '25' && v !== 0x20 && shouldEscape(v, 'host')) {
        throw new UrlError(`invalid URL escape ${quote(`%${hex}`)}`);
      }
      out.push(v);
      i += 3;
    } else {
      if ((mode === 'host' || mode === 'zone') && c < 0x80 && shouldEscape(c, mode)) {
        throw new UrlError(`invalid character ${quote(String.fromCharCode(c))} in host name`);
      }
      out.push(c);
      i++;
    }
  }
  return goString(Uint8Array.from(out));
}

const validPort = (p: string): boolean => p === '' || /^:[0-9]*$/.test(p);

function parseHost(host: string): string {
  if (host.startsWith('[')) {
    const i = host.lastIndexOf(']');
    if (i < 0) throw new UrlError("missing ']' in host");
    const port = host.slice(i + 1);
    if (!validPort(port)) throw new UrlError(`invalid port ${quote(port)} after host`);
    const zone = host.slice(0, i).indexOf('%25');
    if (zone >= 0) {
      return (
        unescape(host.slice(0, zone), 'host') +
        unescape(host.slice(zone, i), 'zone') +
        unescape(host.slice(i), 'host')
      );
    }
  } else {
    const i = host.lastIndexOf(':');
    if (i !== -1 && !validPort(host.slice(i)))
      throw new UrlError(`invalid port ${quote(host.slice(i))} after host`);
  }
  return unescape(host, 'host');
}

const validUserinfo = (s: string): boolean => /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(s);

function parseAuthority(authority: string, u: Url): void {
  const i = authority.lastIndexOf('@');
  u.host = parseHost(i < 0 ? authority : authority.slice(i + 1));
  if (i < 0) return;
  const info = authority.slice(0, i);
  if (!validUserinfo(info)) throw new UrlError('net/url: invalid userinfo');
  const colon = info.indexOf(':');
  u.user =
    colon < 0
      ? { username: unescape(info, 'userPassword') }
      : {
          username: unescape(info.slice(0, colon), 'userPassword'),
          password: unescape(info.slice(colon + 1), 'userPassword'),
        };
}

// getScheme: letters, then letters, digits, + - . up to a colon.
function splitScheme(raw: string): [string, string] {
  const m = /^[A-Za-z][A-Za-z0-9+\-.]*:/.exec(raw);
  if (raw.startsWith(':')) throw new UrlError('missing protocol scheme');
  return m === null ? ['', raw] : [m[0].slice(0, -1), raw.slice(m[0].length)];
}

/** url.Parse; throws UrlError with Go's full text (`parse "…": …`, naming the URL before its `#` unless the fragment failed). */
export function parseUrl(raw: string): Url {
  const hash = raw.indexOf('#');
  const [body, frag] = hash < 0 ? [raw, ''] : [raw.slice(0, hash), raw.slice(hash + 1)];
  const u = wrapped(body, () => parseBody(body));
  u.fragment = wrapped(raw, () => unescape(frag, 'fragment'));
  return u;
}

function wrapped<T>(url: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof UrlError) throw new UrlError(`parse ${quote(url)}: ${e.message}`);
    throw e;
  }
}

function parseBody(body: string): Url {
  const u: Url = {
    scheme: '',
    opaque: '',
    host: '',
    path: '',
    rawQuery: '',
    fragment: '',
    forceQuery: false,
    omitHost: false,
  };
  if (/[\x00-\x1f\x7f]/.test(body)) throw new UrlError('net/url: invalid control character in URL');
  if (body === '*') {
    u.path = '*';
    return u;
  }
  const [scheme, afterScheme] = splitScheme(body);
  u.scheme = scheme.toLowerCase();
  let rest = afterScheme;
  if (rest.endsWith('?') && rest.indexOf('?') === rest.length - 1) {
    u.forceQuery = true;
    rest = rest.slice(0, -1);
  } else if (rest.includes('?')) {
    u.rawQuery = rest.slice(rest.indexOf('?') + 1);
    rest = rest.slice(0, rest.indexOf('?'));
  }
  if (!rest.startsWith('/')) {
    // A rootless path after a scheme is opaque (RFC 3986).
    if (u.scheme !== '') {
      u.opaque = rest;
      return u;
    }
    if (rest.split('/')[0]!.includes(':'))
      throw new UrlError('first path segment in URL cannot contain colon');
  }
  if ((u.scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    parseAuthority(slash < 0 ? rest.slice(2) : rest.slice(2, slash), u);
    rest = slash < 0 ? '' : rest.slice(slash);
  } else if (u.scheme !== '' && rest.startsWith('/')) u.omitHost = true;
  u.path = unescape(rest, 'path');
  return u;
}

/** Userinfo.String: the escaped username, and `:password` when one is set. */
export function userString(user: NonNullable<Url['user']>): string {
  const name = escape(user.username, 'userPassword');
  return user.password === undefined ? name : `${name}:${escape(user.password, 'userPassword')}`;
}

/** url.URL.String. */
export function urlString(u: Url): string {
  let out = u.scheme === '' ? '' : `${u.scheme}:`;
  if (u.opaque !== '') out += u.opaque;
  else {
    if (
      (u.scheme !== '' || u.host !== '' || u.user !== undefined) &&
      !(u.omitHost && u.host === '' && u.user === undefined)
    ) {
      if (u.host !== '' || u.path !== '' || u.user !== undefined) out += '//';
      if (u.user !== undefined) out += `${userString(u.user)}@`;
      if (u.host !== '') out += escape(u.host, 'host');
    }
    const path = u.path === '*' ? '*' : escape(u.path, 'path');
    if (path !== '' && path[0] !== '/' && u.host !== '') out += '/';
    // A relative path whose first segment has a colon is written `./a:b`, so it is not a scheme.
    if (out === '' && path.split('/')[0]!.includes(':')) out += './';
    out += path;
  }
  if (u.forceQuery || u.rawQuery !== '') out += `?${u.rawQuery}`;
  if (u.fragment !== '') out += `#${escape(u.fragment, 'fragment')}`;
  return out;
}

/** URL.Hostname: the host without its port and IPv6 brackets. */
export function hostname(host: string): string {
  let h = host;
  const colon = h.lastIndexOf(':');
  if (colon !== -1 && validPort(h.slice(colon))) h = h.slice(0, colon);
  return h.startsWith('[') && h.endsWith(']') ? h.slice(1, -1) : h;
}
