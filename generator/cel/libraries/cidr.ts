/**
 * The Kubernetes CIDR library (k8s.io/apiserver/pkg/cel/library/cidr.go, Kubernetes 1.30+):
 * cidr(), isCIDR(), containsIP, containsCIDR, ip, masked, prefixLength, string(cidr), equality,
 * and the type names `net.IP` and `net.CIDR` for `type(x) == net.CIDR`. Errors are the server's
 * texts, including its quirks; tested in test/generator/cel/cidr.test.ts.
 */
import { goQuote } from './go-quote.js';
import { IP_TYPE, parseIp } from './ip.js';
import type { NetAddr, Parsed } from './net-addr.js';
import { NetPrefix, parsePrefix } from './net-prefix.js';
import { evalError, type CelEnvironment } from './registry.js';

const CIDR_TYPE = 'net.CIDR';
const PARSE_ERROR = 'network address parse error during conversion from string: ';

/** Parses a CIDR as the API server's library does (IPv4-mapped addresses refused), or its error. */
export function parseCidr(raw: string): Parsed<NetPrefix> {
  const r = parsePrefix(raw);
  if (!r.ok) return { ok: false, error: PARSE_ERROR + r.error };
  if (r.value.addr.is4In6)
    return { ok: false, error: `IPv4-mapped IPv6 address ${goQuote(raw)} is not allowed` };
  return r;
}

// The server's cidr() adds the parse-error prefix again to what parseCidr says, so a bad CIDR
// reads "network address parse error …: network address parse error …: netip.ParsePrefix(…)".
function cidrOrThrow(raw: string): NetPrefix {
  const r = parseCidr(raw);
  if (!r.ok) throw evalError(PARSE_ERROR + r.error);
  return r.value;
}

function containsCidr(c: NetPrefix, o: NetPrefix): boolean {
  return c.overlaps(o) && c.bits <= o.bits;
}

/** The type values behind `net.IP` and `net.CIDR`; cel-js has no qualified type identifiers. */
class NetNamespace {
  constructor(
    readonly IP: unknown,
    readonly CIDR: unknown,
  ) {}
}

/** Registers the CIDR library and the `net` type names (after the IP library). */
export function registerCidr(env: CelEnvironment): void {
  const C = CIDR_TYPE;
  env.registerType(C, NetPrefix);
  env.registerFunction(`cidr(string): ${C}`, cidrOrThrow);
  env.registerFunction('isCIDR(string): bool', (s: string) => parseCidr(s).ok);
  env.registerFunction(`${C}.containsIP(${IP_TYPE}): bool`, (c: NetPrefix, ip: NetAddr) =>
    c.contains(ip),
  );
  // The server checks the parsed string's type against the wrong operand, so any unparsable
  // string gives "no such overload" rather than the parse error (containsCIDR keeps it).
  env.registerFunction(`${C}.containsIP(string): bool`, (c: NetPrefix, s: string) => {
    const ip = parseIp(s);
    if (!ip.ok) throw evalError('no such overload');
    return c.contains(ip.value);
  });
  env.registerFunction(`${C}.containsCIDR(${C}): bool`, containsCidr);
  env.registerFunction(`${C}.containsCIDR(string): bool`, (c: NetPrefix, s: string) =>
    containsCidr(c, cidrOrThrow(s)),
  );
  env.registerFunction(`${C}.ip(): ${IP_TYPE}`, (c: NetPrefix) => c.addr);
  env.registerFunction(`${C}.masked(): ${C}`, (c: NetPrefix) => c.masked());
  env.registerFunction(`${C}.prefixLength(): int`, (c: NetPrefix) => BigInt(c.bits));
  env.registerFunction(`string(${C}): string`, (c: NetPrefix) => c.toString());
  env.registerOperator(`${C} == ${C}`, (a: NetPrefix, b: NetPrefix) => a.equals(b));
  const net = new NetNamespace(
    env.evaluate("type(ip('0.0.0.0'))"),
    env.evaluate("type(cidr('0.0.0.0/0'))"),
  );
  env.registerType('NetNamespace', { ctor: NetNamespace, fields: { IP: 'type', CIDR: 'type' } });
  env.registerConstant('net', 'NetNamespace', net);
}
