/**
 * The Kubernetes URL library (k8s.io/apiserver/pkg/cel/library/urls.go): url(), isURL(),
 * getScheme, getHost, getHostname, getPort, getEscapedPath, getQuery. Parsing follows Go's
 * `url.ParseRequestURI`: an absolute URL or an absolute path, no fragment splitting; WHATWG `URL`
 * would normalise and accept more, so it is not used.
 */
import { evalError, type CelEnvironment } from './registry.js';
import { requestUriError } from './request-uri.js';

/** A parsed request URI. */
export class CelUrl {
  constructor(
    readonly scheme: string,
    readonly host: string,
    readonly path: string,
    readonly query: string,
    readonly text: string,
  ) {}

  /** Parses as Go's url.ParseRequestURI, or `undefined` where Go reports an error. */
  static parse(s: string): CelUrl | undefined {
    // One judge of validity for isURL, url() and format.uri(): Go's own rules (request-uri.ts).
    if (requestUriError(s) !== undefined) return undefined;
    if (s === '*') return new CelUrl('', '', '*', '', s);
    const qi = s.indexOf('?');
    const [rest, query] = qi >= 0 ? [s.slice(0, qi), s.slice(qi + 1)] : [s, ''];
    const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$/.exec(rest);
    if (m === null || m[1] === undefined || m[2] === undefined)
      return new CelUrl('', '', rest, query, s);
    const after = m[2];
    if (!after.startsWith('//')) return new CelUrl(m[1].toLowerCase(), '', after, query, s);
    const slash = after.indexOf('/', 2);
    const authority = slash >= 0 ? after.slice(2, slash) : after.slice(2);
    const host = authority.slice(authority.lastIndexOf('@') + 1);
    return new CelUrl(m[1].toLowerCase(), host, slash >= 0 ? after.slice(slash) : '', query, s);
  }

  /**
   * Go's `URL.EscapedPath()`: the path as written when that is a valid encoding of it, otherwise
   * the decoded path escaped the way Go escapes paths (a space becomes %20).
   */
  escapedPath(): string {
    if (/^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@[\]/]|%[0-9A-Fa-f]{2})*$/.test(this.path))
      return this.path;
    // Decode %XX at the byte level (the path is UTF-8), then escape what Go escapes in paths.
    const raw = Buffer.from(this.path, 'utf8');
    const decoded: number[] = [];
    for (let i = 0; i < raw.length; i++) {
      const hex = raw[i] === 0x25 ? raw.subarray(i + 1, i + 3).toString('latin1') : '';
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        decoded.push(parseInt(hex, 16));
        i += 2;
      } else {
        decoded.push(raw[i]!);
      }
    }
    let out = '';
    for (const byte of decoded) {
      const c = String.fromCharCode(byte);
      out += /[A-Za-z0-9\-._~$&+,/:;=@]/.test(c)
        ? c
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
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
  env.registerFunction(`${U}.getEscapedPath(): string`, (u: CelUrl) => u.escapedPath());
  env.registerFunction(`${U}.getQuery(): map<string, list<string>>`, (u: CelUrl) =>
    queryMap(u.query),
  );
}
