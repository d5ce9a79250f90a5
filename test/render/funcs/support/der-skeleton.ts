// A certificate's structure without its random parts, for comparing Helm's certificates with
// ours: a tiny DER walker (independent of render/funcs/der.ts) that prints every element's tag,
// descends into extension values, and keeps the content of OIDs, booleans, names, SAN entries and
// key usage bits, but only the length of keys, signatures and key ids, and nothing of serials
// and times beyond their type.

interface Node {
  readonly tag: number;
  readonly body: Buffer;
  readonly size: number;
}

function read(buf: Buffer, at: number): Node {
  const tag = buf[at]!;
  let len = buf[at + 1]!;
  let head = 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[at + 2 + i]!;
    head += n;
  }
  if (at + head + len > buf.length) throw new Error(`truncated DER at ${at}`);
  return { tag, body: buf.subarray(at + head, at + head + len), size: head + len };
}

function items(buf: Buffer): Node[] {
  const out: Node[] = [];
  for (let at = 0; at < buf.length;) {
    const n = read(buf, at);
    out.push(n);
    at += n.size;
  }
  return out;
}

// An extension value: an OCTET STRING holding exactly one SEQUENCE, BIT STRING (key usage) or
// OCTET STRING (a subject key id).
function nested(body: Buffer): Node | undefined {
  if (![0x30, 0x03, 0x04].includes(body[0] ?? 0)) return undefined;
  try {
    const n = read(body, 0);
    return n.size === body.length ? n : undefined;
  } catch {
    return undefined;
  }
}

const hex = (b: Buffer): string => b.toString('hex');

function describe(n: Node): string {
  const t = n.tag.toString(16).padStart(2, '0');
  if (n.tag & 0x20) return `${t}(${items(n.body).map(describe).join(' ')})`;
  switch (n.tag) {
    case 0x02: // INTEGER: small ones (versions) kept, serials only as a type
      return n.body.length <= 1 ? `02:${hex(n.body)}` : '02:~';
    case 0x03: // BIT STRING: key usage kept, keys and signatures by kind only
      return n.body.length <= 3 ? `03:${hex(n.body)}` : '03:~';
    case 0x04: {
      const inner = nested(n.body);
      if (inner === undefined) return `04#${n.body.length}`;
      return inner.tag === 0x04 ? `04[04#${inner.body.length}]` : `04[${describe(inner)}]`;
    }
    case 0x17:
    case 0x18:
      return t;
    case 0x80: // a key identifier
      return `80#${n.body.length}`;
    default: // OID, BOOLEAN, NULL, strings, SAN entries
      return `${t}:${hex(n.body)}`;
  }
}

/** The skeleton of a DER certificate. */
export function skeleton(der: Buffer): string {
  return describe(read(der, 0));
}

/** The contents of the extension with the given DER-encoded OID, or undefined. */
export function extensionValue(der: Buffer, oidHex: string): Buffer | undefined {
  const tbs = items(read(der, 0).body)[0]!;
  const wrapper = items(tbs.body).find((n) => n.tag === 0xa3);
  if (wrapper === undefined) return undefined;
  for (const ext of items(items(wrapper.body)[0]!.body)) {
    const parts = items(ext.body);
    if (hex(parts[0]!.body) === oidHex) return parts[parts.length - 1]!.body;
  }
  return undefined;
}

/** The serial number's content bytes. */
export function serialBytes(der: Buffer): Buffer {
  const tbs = items(read(der, 0).body)[0]!;
  return items(tbs.body)[1]!.body;
}
