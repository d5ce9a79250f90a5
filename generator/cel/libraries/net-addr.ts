/**
 * IP addresses as Go's `net/netip` parses and prints them (the API server's IP and CIDR libraries
 * are built on it). Node's `node:net` is not used: `isIP` accepts IPv6 zones and no error says
 * why an address failed, while the library's errors quote netip's reasons word for word
 * (`ParseAddr("1.2.3.04"): IPv4 field has octet with leading zero`). Tested through test/generator/cel/ip.test.ts.
 */
import { goQuote } from './go-quote.js';

/** A parse result: the value, or netip's error text. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** An IPv4 (4 bytes) or IPv6 (16 bytes) address, with the IPv6 zone if one was given. */
export class NetAddr {
  constructor(
    readonly bytes: Uint8Array,
    readonly zone = '',
  ) {}

  /** Whether this is an IPv4 address (an IPv4-mapped IPv6 address is not). */
  get is4(): boolean {
    return this.bytes.length === 4;
  }

  /** Whether this is an IPv6 address of the form ::ffff:a.b.c.d. */
  get is4In6(): boolean {
    const b = this.bytes;
    return (
      b.length === 16 && b.subarray(0, 10).every((x) => x === 0) && b[10] === 0xff && b[11] === 0xff
    );
  }

  /** The address as an IPv4 address if it is one or maps one, as netip's predicates see it. */
  private unmapped(): NetAddr {
    return this.is4In6 ? new NetAddr(this.bytes.slice(12)) : this;
  }

  /** The 16-bit group `i` of an IPv6 address. */
  private group(i: number): number {
    return ((this.bytes[2 * i] ?? 0) << 8) | (this.bytes[2 * i + 1] ?? 0);
  }

  isUnspecified(): boolean {
    return this.zone === '' && this.bytes.every((x) => x === 0);
  }

  isLoopback(): boolean {
    const ip = this.unmapped();
    if (ip.is4) return ip.bytes[0] === 127;
    return ip.bytes.subarray(0, 15).every((x) => x === 0) && ip.bytes[15] === 1;
  }

  isMulticast(): boolean {
    const ip = this.unmapped();
    return ip.is4 ? ((ip.bytes[0] ?? 0) & 0xf0) === 0xe0 : ip.bytes[0] === 0xff;
  }

  isLinkLocalUnicast(): boolean {
    const ip = this.unmapped();
    if (ip.is4) return ip.bytes[0] === 169 && ip.bytes[1] === 254;
    return (ip.group(0) & 0xffc0) === 0xfe80;
  }

  /** netip checks ff02::/16 with any flag bits (ffX2::), not all of ff00::/8. */
  isLinkLocalMulticast(): boolean {
    const ip = this.unmapped();
    if (ip.is4) return ip.bytes[0] === 224 && ip.bytes[1] === 0 && ip.bytes[2] === 0;
    return (ip.group(0) & 0xff0f) === 0xff02;
  }

  /** As netip (and package net): private and unique-local addresses count as global unicast. */
  isGlobalUnicast(): boolean {
    const ip = this.unmapped();
    if (ip.is4 && (ip.bytes.every((x) => x === 0) || ip.bytes.every((x) => x === 255)))
      return false;
    const unspecified6 = !ip.is4 && ip.zone === '' && ip.bytes.every((x) => x === 0);
    return !unspecified6 && !ip.isLoopback() && !ip.isMulticast() && !ip.isLinkLocalUnicast();
  }

  /** The same address with its first `bits` bits kept and the rest zeroed. */
  masked(bits: number): NetAddr {
    const out = this.bytes.slice();
    for (let i = 0; i < out.length; i++) {
      const keep = Math.max(0, Math.min(8, bits - 8 * i));
      out[i] = (out[i] ?? 0) & ((0xff << (8 - keep)) & 0xff);
    }
    return new NetAddr(out);
  }

  equals(o: unknown): boolean {
    return (
      o instanceof NetAddr &&
      o.zone === this.zone &&
      o.bytes.length === this.bytes.length &&
      o.bytes.every((x, i) => x === this.bytes[i])
    );
  }

  /** netip's canonical text: dotted quad, or RFC 5952 IPv6 (first longest zero run as ::). */
  toString(): string {
    if (this.is4) return [...this.bytes].join('.');
    const zone = this.zone === '' ? '' : `%${this.zone}`;
    if (this.is4In6) return `::ffff:${[...this.bytes.subarray(12)].join('.')}${zone}`;
    let [start, end] = [-1, -1];
    for (let i = 0; i < 8; i++) {
      let j = i;
      while (j < 8 && this.group(j) === 0) j++;
      if (j - i >= 2 && j - i > end - start) [start, end] = [i, j];
    }
    let out = '';
    for (let i = 0; i < 8; i++) {
      if (i === start) {
        out += '::';
        i = end;
        if (i >= 8) break;
      } else if (i > 0) out += ':';
      out += this.group(i).toString(16);
    }
    return out + zone;
  }
}

function fail(input: string, msg: string, at = ''): { ok: false; error: string } {
  const suffix = at === '' ? '' : ` (at ${goQuote(at)})`;
  return { ok: false, error: `ParseAddr(${goQuote(input)}): ${msg}${suffix}` };
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** The four octets of dotted-quad `s`, errors naming `input` (the whole string given). */
function parseIPv4Fields(input: string, s: string): Parsed<number[]> {
  const fields: number[] = [];
  let val = 0;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (isDigit(c)) {
      // netip rejects leading zeros (an octal reading would be ambiguous).
      if (digits === 1 && val === 0) return fail(input, 'IPv4 field has octet with leading zero');
      val = val * 10 + Number(c);
      digits++;
      if (val > 255) return fail(input, 'IPv4 field has value >255');
    } else if (c === '.') {
      if (i === 0 || i === s.length - 1 || s[i - 1] === '.')
        return fail(input, 'IPv4 field must have at least one digit', s.slice(i));
      if (fields.length === 3) return fail(input, 'IPv4 address too long');
      fields.push(val);
      val = 0;
      digits = 0;
    } else return fail(input, 'unexpected character', s.slice(i));
  }
  if (fields.length < 3) return fail(input, 'IPv4 address too short');
  fields.push(val);
  return { ok: true, value: fields };
}

/** One hex group at the start of `s`: its value and length, or an error. */
function hexGroup(input: string, s: string): Parsed<[number, number]> {
  let acc = 0;
  let off = 0;
  for (; off < s.length && /[0-9a-fA-F]/.test(s[off] ?? ''); off++) {
    if (off > 3) return fail(input, 'each group must have 4 or less digits', s);
    acc = acc * 16 + parseInt(s[off] ?? '0', 16);
  }
  if (off === 0) return fail(input, 'each colon-separated field must have at least one digit', s);
  return { ok: true, value: [acc, off] };
}

function parseIPv6(input: string): Parsed<NetAddr> {
  const pct = input.indexOf('%');
  let s = pct >= 0 ? input.slice(0, pct) : input;
  const zone = pct >= 0 ? input.slice(pct + 1) : '';
  if (pct >= 0 && zone === '') return fail(input, 'zone must be a non-empty string');
  const ip = new Uint8Array(16);
  let ellipsis = -1;
  if (s.startsWith('::')) {
    ellipsis = 0;
    s = s.slice(2);
    if (s === '') return { ok: true, value: new NetAddr(ip, zone) };
  }
  let i = 0;
  while (i < 16) {
    const g = hexGroup(input, s);
    if (!g.ok) return g;
    const [acc, off] = g.value;
    if (s[off] === '.') {
      if (ellipsis < 0 && i !== 12)
        return fail(
          input,
          'embedded IPv4 address must replace the final 2 fields of the address',
          s,
        );
      if (i + 4 > 16)
        return fail(
          input,
          'too many hex fields to fit an embedded IPv4 at the end of the address',
          s,
        );
      const v4 = parseIPv4Fields(input, s);
      if (!v4.ok) return v4;
      ip.set(v4.value, i);
      s = '';
      i += 4;
      break;
    }
    ip[i] = acc >> 8;
    ip[i + 1] = acc & 0xff;
    i += 2;
    s = s.slice(off);
    if (s === '') break;
    if (s[0] !== ':') return fail(input, 'unexpected character, want colon', s);
    if (s.length === 1) return fail(input, 'colon must be followed by more characters', s);
    s = s.slice(1);
    if (s[0] === ':') {
      if (ellipsis >= 0) return fail(input, 'multiple :: in address', s);
      ellipsis = i;
      s = s.slice(1);
      if (s === '') break;
    }
  }
  if (s !== '') return fail(input, 'trailing garbage after address', s);
  if (i < 16) {
    if (ellipsis < 0) return fail(input, 'address string too short');
    const tail = ip.slice(ellipsis, i);
    ip.fill(0, ellipsis);
    ip.set(tail, 16 - tail.length);
  } else if (ellipsis >= 0) return fail(input, 'the :: must expand to at least one field of zeros');
  return { ok: true, value: new NetAddr(ip, zone) };
}

/** Parses `s` as netip.ParseAddr does: the first '.', ':' or '%' decides the family. */
export function parseAddr(s: string): Parsed<NetAddr> {
  for (const c of s) {
    if (c === '.') {
      const v4 = parseIPv4Fields(s, s);
      return v4.ok ? { ok: true, value: new NetAddr(Uint8Array.from(v4.value)) } : v4;
    }
    if (c === ':') return parseIPv6(s);
    if (c === '%') return fail(s, 'missing IPv6 address');
  }
  return fail(s, 'unable to parse IP');
}
