/**
 * The Kubernetes IP library (k8s.io/apiserver/pkg/cel/library/ip.go, Kubernetes 1.30+): ip(),
 * isIP(), ip.isCanonical(), family, isUnspecified, isLoopback, isLinkLocalMulticast,
 * isLinkLocalUnicast, isGlobalUnicast, string(ip) and equality. Parsing is netip's, and on top of
 * it the API server refuses zones and IPv4-mapped IPv6 addresses, so that one address has one
 * spelling. Errors are the server's texts; tested in test/generator/cel/ip.test.ts.
 */
import { goQuote } from './go-quote.js';
import { NetAddr, parseAddr, type Parsed } from './net-addr.js';
import { evalError, type CelEnvironment } from './registry.js';

/** The CEL type name of IP addresses. */
export const IP_TYPE = 'net.IP';

/** Parses an IP address as the API server's library does, or gives its error text. */
export function parseIp(raw: string): Parsed<NetAddr> {
  const r = parseAddr(raw);
  if (!r.ok)
    return {
      ok: false,
      error: `IP Address ${goQuote(raw)} parse error during conversion from string: ${r.error}`,
    };
  if (r.value.zone !== '')
    return { ok: false, error: `IP address ${goQuote(raw)} with zone value is not allowed` };
  if (r.value.is4In6)
    return { ok: false, error: `IPv4-mapped IPv6 address ${goQuote(raw)} is not allowed` };
  return r;
}

/** The address, or an evaluation error with the server's text. */
export function ipOrThrow(raw: string): NetAddr {
  const r = parseIp(raw);
  if (!r.ok) throw evalError(r.error);
  return r.value;
}

// `ip.isCanonical` is a qualified function name in cel-go; cel-js has none, so `ip` is a
// constant whose type carries the method (as `sets` does for the sets extension).
class IpNamespace {}

/** Registers the IP library. */
export function registerIp(env: CelEnvironment): void {
  const T = IP_TYPE;
  env.registerType(T, NetAddr);
  env.registerType('IpNamespace', IpNamespace);
  env.registerConstant('ip', 'IpNamespace', new IpNamespace());
  env.registerFunction(`ip(string): ${T}`, ipOrThrow);
  env.registerFunction('isIP(string): bool', (s: string) => parseIp(s).ok);
  // netip prints the canonical form, so a string is canonical if it prints as itself.
  env.registerFunction(
    'IpNamespace.isCanonical(string): bool',
    (_: IpNamespace, s: string) => ipOrThrow(s).toString() === s,
  );
  env.registerFunction(`string(${T}): string`, (ip: NetAddr) => ip.toString());
  env.registerFunction(`${T}.family(): int`, (ip: NetAddr) => (ip.is4 ? 4n : 6n));
  env.registerFunction(`${T}.isUnspecified(): bool`, (ip: NetAddr) => ip.isUnspecified());
  env.registerFunction(`${T}.isLoopback(): bool`, (ip: NetAddr) => ip.isLoopback());
  env.registerFunction(`${T}.isLinkLocalMulticast(): bool`, (ip: NetAddr) =>
    ip.isLinkLocalMulticast(),
  );
  env.registerFunction(`${T}.isLinkLocalUnicast(): bool`, (ip: NetAddr) => ip.isLinkLocalUnicast());
  env.registerFunction(`${T}.isGlobalUnicast(): bool`, (ip: NetAddr) => ip.isGlobalUnicast());
  env.registerOperator(`${T} == ${T}`, (a: NetAddr, b: NetAddr) => a.equals(b));
}
