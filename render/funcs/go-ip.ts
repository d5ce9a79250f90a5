// Go's net.ParseIP (netip.ParseAddr without a zone): dotted-quad IPv4 without leading zeros,
// IPv6 with at most one "::" and an optional dotted-quad tail; the result is 16 bytes, IPv4 as
// ::ffff:a.b.c.d. Pinned by test/render/funcs/certs.test.ts.

function parseIPv4(s: string): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(p) || Number(p) > 255) return undefined;
    out.push(Number(p));
  }
  return out;
}

function parseIPv6(s: string): number[] | undefined {
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const groups = (text: string): number[] | undefined => {
    if (text === '') return [];
    const out: number[] = [];
    const fields = text.split(':');
    for (const [i, f] of fields.entries()) {
      if (i === fields.length - 1 && f.includes('.')) {
        const v4 = parseIPv4(f);
        if (v4 === undefined) return undefined;
        out.push(...v4);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(f)) {
        const v = parseInt(f, 16);
        out.push(v >> 8, v & 0xff);
      } else return undefined;
    }
    return out;
  };
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (head === undefined || tail === undefined) return undefined;
  if (halves.length === 1) return head.length === 16 ? head : undefined;
  // A "::" stands for at least one group of zeros.
  if (head.length + tail.length > 14) return undefined;
  return [...head, ...new Array<number>(16 - head.length - tail.length).fill(0), ...tail];
}

/** net.ParseIP: the address's 16 bytes, or undefined when Go would return nil. */
export function parseGoIP(s: string): Uint8Array | undefined {
  if (!s.includes(':')) {
    const v4 = parseIPv4(s);
    return v4 && Uint8Array.from([...new Array<number>(10).fill(0), 0xff, 0xff, ...v4]);
  }
  const v6 = parseIPv6(s);
  return v6 && Uint8Array.from(v6);
}
