/**
 * IP prefixes (CIDRs) as Go's `netip.ParsePrefix` parses them and `netip.Prefix` compares and
 * prints them. Host bits are kept (`192.168.0.1/24` is valid and differs from its `masked()`),
 * as the API server's CIDR library relies on. Tested through test/generator/cel/cidr.test.ts.
 */
import { goQuote } from './go-quote.js';
import { NetAddr, parseAddr, type Parsed } from './net-addr.js';

const MAX_GO_INT = 2n ** 63n - 1n;

/** An address and a prefix length in bits. */
export class NetPrefix {
  constructor(
    readonly addr: NetAddr,
    readonly bits: number,
  ) {}

  /** The prefix with the host bits of its address zeroed. */
  masked(): NetPrefix {
    return new NetPrefix(this.addr.masked(this.bits), this.bits);
  }

  /** Whether `ip` is in this network; never across families, as netip. */
  contains(ip: NetAddr): boolean {
    if (ip.zone !== '' || ip.bytes.length !== this.addr.bytes.length) return false;
    return ip.masked(this.bits).equals(this.addr.masked(this.bits));
  }

  /** Whether the two networks share any address (netip.Prefix.Overlaps). */
  overlaps(o: NetPrefix): boolean {
    if (this.equals(o)) return true;
    if (this.addr.is4 !== o.addr.is4) return false;
    const bits = Math.min(this.bits, o.bits);
    return bits === 0 || this.addr.masked(bits).equals(o.addr.masked(bits));
  }

  equals(o: unknown): boolean {
    return o instanceof NetPrefix && o.bits === this.bits && o.addr.equals(this.addr);
  }

  toString(): string {
    return `${this.addr.toString()}/${this.bits}`;
  }
}

function fail(input: string, msg: string): { ok: false; error: string } {
  return { ok: false, error: `netip.ParsePrefix(${goQuote(input)}): ${msg}` };
}

/** Parses `s` as netip.ParsePrefix does: no zones, no sign or leading zero in the length. */
export function parsePrefix(s: string): Parsed<NetPrefix> {
  const slash = s.lastIndexOf('/');
  if (slash < 0) return fail(s, "no '/'");
  const addr = parseAddr(s.slice(0, slash));
  if (!addr.ok) return fail(s, addr.error);
  if (addr.value.zone !== '') return fail(s, 'IPv6 zones cannot be present in a prefix');
  const bitsText = s.slice(slash + 1);
  const badBits = fail(s, `bad bits after slash: ${goQuote(bitsText)}`);
  // Go's strconv.Atoi would take a sign or leading zeros; netip refuses both first.
  if (bitsText.length > 1 && !/^[1-9]/.test(bitsText)) return badBits;
  // Atoi fails on anything but ASCII digits, and on values past int64.
  if (!/^[0-9]+$/.test(bitsText) || BigInt(bitsText) > MAX_GO_INT) return badBits;
  const bits = Number(bitsText);
  if (bits > addr.value.bytes.length * 8) return fail(s, 'prefix length out of range');
  return { ok: true, value: new NetPrefix(addr.value, bits) };
}
