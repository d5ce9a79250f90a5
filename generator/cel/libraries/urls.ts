/**
 * The Kubernetes URL library (k8s.io/apiserver/pkg/cel/library/urls.go): url(), isURL(),
 * getScheme, getHost, getHostname, getPort, getEscapedPath, getQuery. Parsing follows Go's
 * `url.ParseRequestURI`: an absolute URL or an absolute path, no fragment splitting; WHATWG `URL`
 * would normalise and accept more, so it is not used.
 */
import { evalError, type CelEnvironment } from './registry.js';

/** A parsed request URI. */
export class CelUrl {
  constructor(
    readonly scheme: string,
    readonly host: string,
    readonly path: string,
    readonly query: string,
    readonly text: string,
  ) {}

  /** Parses as Go's url.ParseRequestURI, or `undefined`. */
  static parse(s: string): CelUrl | undefined {
    // Go rejects ASCII control characters and spaces in request URIs.
    if (s === '' || /[\x00-\x20\x7f]/.test(s)) return undefined;
    const qi = s.indexOf('?');
    const [rest, query] = qi >= 0 ? [s.slice(0, qi), s.slice(qi + 1)] : [s, ''];
    if (rest.startsWith('/') && !rest.startsWith('//')) return new CelUrl('', '', rest, query, s);
    const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$/.exec(rest);
    if (!m || m[1] === undefined || m[2] === undefined) return undefined;
    const after = m[2];
    if (!after.startsWith('//'))
      return after.startsWith('/') || after !== ''
        ? new CelUrl(m[1].toLowerCase(), '', after, query, s)
        : undefined;
    const slash = after.indexOf('/', 2);
    const authority = slash >= 0 ? after.slice(2, slash) : after.slice(2);
    const host = authority.slice(authority.lastIndexOf('@') + 1);
    if (!/^(\[[0-9a-fA-F:.]+\]|[^[\]:]*)(:\d*)?$/.test(host)) return undefined;
    return new CelUrl(m[1].toLowerCase(), host, slash >= 0 ? after.slice(slash) : '', query, s);
  }

  hostname(): string {
    const h = this.host.replace(/:\d*$/, '');
    return h.startsWith('[') ? h.slice(1, -1) : h;
  }

  port(): string {
    return /:(\d*)$/.exec(this.host.replace(/^\[.*\]/, ''))?.[1] ?? '';
  }

  equals(o: unknown): boolean {
    return o instanceof CelUrl && o.text === this.text;
  }

  toString(): string {
    return this.text;
  }
}

function queryMap(q: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of q.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const decode = (x: string): string => decodeURIComponent(x.replace(/\+/g, ' '));
    const [k, v] =
      eq >= 0 ? [decode(part.slice(0, eq)), decode(part.slice(eq + 1))] : [decode(part), ''];
    out.set(k, [...(out.get(k) ?? []), v]);
  }
  return out;
}

function url(s: string): CelUrl {
  const u = CelUrl.parse(s);
  if (!u) throw evalError(`URL parse error during conversion from string: ${s}`);
  return u;
}

/** Registers the URL library. */
export function registerUrls(env: CelEnvironment): void {
  const U = 'kubernetes.URL';
  env.registerType(U, CelUrl);
  env.registerFunction(`url(string): ${U}`, url);
  env.registerFunction('isURL(string): bool', (s: string) => CelUrl.parse(s) !== undefined);
  env.registerFunction(`${U}.getScheme(): string`, (u: CelUrl) => u.scheme);
  env.registerFunction(`${U}.getHost(): string`, (u: CelUrl) => u.host);
  env.registerFunction(`${U}.getHostname(): string`, (u: CelUrl) => u.hostname());
  env.registerFunction(`${U}.getPort(): string`, (u: CelUrl) => u.port());
  env.registerFunction(`${U}.getEscapedPath(): string`, (u: CelUrl) => u.path);
  env.registerFunction(`${U}.getQuery(): map<string, list<string>>`, (u: CelUrl) =>
    queryMap(u.query),
  );
}
