// ASN.1 DER, the little that X.509 certificates and private keys need: writing the universal
// types Go's encoding/asn1 emits for them (minimal lengths, minimal two's-complement integers,
// UTCTime inside 1950–2049 and GeneralizedTime outside, as Go's marshal chooses), and reading
// tag-length-value elements back. Pinned by test/render/funcs/certs.test.ts.

/** Universal tags used here. */
export const tag = {
  boolean: 0x01,
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  printableString: 0x13,
  utcTime: 0x17,
  generalizedTime: 0x18,
  sequence: 0x30,
  set: 0x31,
} as const;

function lengthBytes(n: number): number[] {
  if (n < 0x80) return [n];
  const out: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) out.unshift(v % 256);
  return [0x80 | out.length, ...out];
}

/** One element: its tag byte, its length, its contents. */
export function tlv(tagByte: number, ...contents: readonly Uint8Array[]): Uint8Array {
  const body = Buffer.concat(contents);
  return Buffer.concat([Uint8Array.from([tagByte, ...lengthBytes(body.length)]), body]);
}

/** A SEQUENCE of already encoded elements. */
export const sequence = (...items: readonly Uint8Array[]): Uint8Array =>
  tlv(tag.sequence, ...items);

/** A context-specific constructed (EXPLICIT) wrapper `[n]`. */
export const explicit = (n: number, ...items: readonly Uint8Array[]): Uint8Array =>
  tlv(0xa0 | n, ...items);

/** An INTEGER from a non-negative bigint, in the fewest bytes (a 0x00 first when the top bit is set). */
export function integer(v: bigint): Uint8Array {
  if (v < 0n) throw new RangeError('negative INTEGER');
  let hex = v.toString(16);
  if (hex.length % 2 === 1) hex = '0' + hex;
  let bytes = Buffer.from(hex, 'hex');
  if (bytes[0]! & 0x80) bytes = Buffer.concat([Uint8Array.of(0), bytes]);
  return tlv(tag.integer, bytes);
}

/** An OBJECT IDENTIFIER from its dotted text. */
export function oid(dotted: string): Uint8Array {
  const arcs = dotted.split('.').map(Number);
  const out: number[] = [];
  const base128 = (n: number): void => {
    const bytes = [n & 0x7f];
    for (let v = Math.floor(n / 128); v > 0; v = Math.floor(v / 128))
      bytes.unshift(0x80 | (v & 0x7f));
    out.push(...bytes);
  };
  base128(arcs[0]! * 40 + arcs[1]!);
  for (const arc of arcs.slice(2)) base128(arc);
  return tlv(tag.oid, Uint8Array.from(out));
}

/** The dotted text of an OBJECT IDENTIFIER's contents. */
export function oidText(contents: Uint8Array): string {
  const arcs: number[] = [];
  let v = 0;
  for (const b of contents) {
    v = v * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) {
      if (arcs.length === 0) arcs.push(v < 80 ? Math.floor(v / 40) : 2, v < 80 ? v % 40 : v - 80);
      else arcs.push(v);
      v = 0;
    }
  }
  return arcs.join('.');
}

/** An OCTET STRING. */
export const octetString = (bytes: Uint8Array): Uint8Array => tlv(tag.octetString, bytes);

/** A BIT STRING of whole bytes. */
export const bitString = (bytes: Uint8Array): Uint8Array =>
  tlv(tag.bitString, Uint8Array.of(0), bytes);

/** A BIT STRING of `bits` bits, the unused low bits of the last byte counted in its first byte. */
export const bitStringOfLength = (bytes: Uint8Array, bits: number): Uint8Array =>
  tlv(tag.bitString, Uint8Array.of(bytes.length * 8 - bits), bytes);

/** BOOLEAN TRUE as DER writes it. */
export const booleanTrue = (): Uint8Array => Uint8Array.of(tag.boolean, 1, 0xff);

/** NULL. */
export const nullValue = (): Uint8Array => Uint8Array.of(tag.null, 0);

// Go's asn1 isPrintable, called by marshal with '*' and '&' rejected.
const printable = /^[A-Za-z0-9 '()+,\-./:=?]*$/;

/** A string as Go's asn1.Marshal writes an untagged Go string: PrintableString when it can be. */
export function goString(s: string): Uint8Array {
  const bytes = Buffer.from(s, 'utf8');
  return tlv(printable.test(s) ? tag.printableString : tag.utf8String, bytes);
}

const two = (n: number): string => String(n).padStart(2, '0');

/** A time (whole seconds since the epoch, UTC) as Go's asn1 writes a time.Time. */
export function goTime(seconds: bigint): Uint8Array {
  const d = new Date(Number(seconds) * 1000);
  const year = d.getUTCFullYear();
  const rest =
    two(d.getUTCMonth() + 1) +
    two(d.getUTCDate()) +
    two(d.getUTCHours()) +
    two(d.getUTCMinutes()) +
    two(d.getUTCSeconds()) +
    'Z';
  if (year >= 1950 && year < 2050) return tlv(tag.utcTime, Buffer.from(two(year % 100) + rest));
  return tlv(tag.generalizedTime, Buffer.from(String(year).padStart(4, '0') + rest));
}

/** One element read from DER: its tag byte, contents, and the whole element's bytes. */
export interface Element {
  readonly tag: number;
  readonly contents: Uint8Array;
  readonly raw: Uint8Array;
}

/** The element at `offset`, or undefined when the bytes there are not one (or are truncated). */
export function readElement(der: Uint8Array, offset = 0): Element | undefined {
  if (offset + 2 > der.length) return undefined;
  const tagByte = der[offset]!;
  if ((tagByte & 0x1f) === 0x1f) return undefined;
  let length = der[offset + 1]!;
  let start = offset + 2;
  if (length & 0x80) {
    const n = length & 0x7f;
    if (n === 0 || n > 4 || start + n > der.length) return undefined;
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + der[start + i]!;
    start += n;
  }
  if (start + length > der.length) return undefined;
  return {
    tag: tagByte,
    contents: der.subarray(start, start + length),
    raw: der.subarray(offset, start + length),
  };
}

/** The elements inside a constructed element's contents, or undefined if they do not parse. */
export function children(contents: Uint8Array): Element[] | undefined {
  const out: Element[] = [];
  for (let offset = 0; offset < contents.length;) {
    const e = readElement(contents, offset);
    if (e === undefined) return undefined;
    out.push(e);
    offset += e.raw.length;
  }
  return out;
}

/** An INTEGER element's value as a non-negative bigint. */
export function integerValue(e: Element): bigint {
  return e.contents.length === 0 ? 0n : BigInt('0x' + Buffer.from(e.contents).toString('hex'));
}
