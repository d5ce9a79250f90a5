// Sprig's URL functions (url.go): urlParse gives Go's url.Parse result as a dict (scheme, host,
// hostname, path, query, opaque, fragment, userinfo; a bad URL panics with Go's error), urlJoin
// builds a url.URL from such a dict (every present key must hold a string) and prints it with
// URL.String. Pinned by test/render/funcs/urls.test.ts and the urls golden chart.
import { kindOf, type GoMap, type GoValue } from '../go/index.js';
import { def, fail, funcMap, nilDereference, t, type FuncMap } from './func.js';
import { UrlError, hostname, parseUrl, urlString, userString, type Url } from './go-url.js';

function urlParse(v: string): GoMap {
  let u: Url;
  try {
    u = parseUrl(v);
  } catch (e) {
    if (e instanceof UrlError) return fail(`unable to parse url: ${e.message}`);
    throw e;
  }
  return new Map<string, GoValue>([
    ['scheme', u.scheme],
    ['host', u.host],
    ['hostname', hostname(u.host)],
    ['path', u.path],
    ['query', u.rawQuery],
    ['opaque', u.opaque],
    ['fragment', u.fragment],
    ['userinfo', u.user === undefined ? '' : userString(u.user)],
  ]);
}

// dictGetOrEmpty: "" when absent; reflect's Kind of nil panics.
function get(d: GoMap, key: string): string {
  if (!d.has(key)) return '';
  const v = d.get(key)!;
  if (v === null) return fail(nilDereference);
  if (typeof v !== 'string') {
    return fail(`unable to parse ${key} key, must be of type string, but ${kindOf(v)} found`);
  }
  return v;
}

function urlJoin(d: GoMap): string {
  const u: Url = {
    scheme: get(d, 'scheme'),
    host: get(d, 'host'),
    path: get(d, 'path'),
    rawQuery: get(d, 'query'),
    opaque: get(d, 'opaque'),
    fragment: get(d, 'fragment'),
    forceQuery: false,
    omitHost: false,
  };
  const userinfo = get(d, 'userinfo');
  if (userinfo !== '') {
    try {
      const user = parseUrl(`proto://${userinfo}@host`).user;
      if (user !== undefined) u.user = user;
    } catch (e) {
      if (e instanceof UrlError) return fail(`unable to parse userinfo in dict: ${e.message}`);
      throw e;
    }
  }
  return urlString(u);
}

/** The URL family. */
export function urlFuncs(): FuncMap {
  return funcMap([
    def('urlParse', [t.string], t.anyMap, (v) => urlParse(v as string)),
    def('urlJoin', [t.anyMap], t.string, (d) => urlJoin(d as GoMap)),
  ]);
}
