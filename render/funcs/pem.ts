// Go's encoding/pem: Decode finds the first well-formed block (a BEGIN line, optional
// `Key: value` headers, base64 with spaces, tabs and line breaks ignored, the matching END line
// with nothing but whitespace after it) and skips malformed ones; Encode writes 64-column base64.
// Pinned by test/render/funcs/certs.test.ts.
import { decodeBase64 } from './encoding.js';

/** A decoded PEM block (headers are read past but not kept; Sprig never looks at them). */
export interface PemBlock {
  readonly type: string;
  readonly bytes: Uint8Array;
}

const begin = '\n-----BEGIN ';
const end = '\n-----END ';
const dashes = '-----';

// Go's getLine: the line without its trailing spaces, tabs and CRs, and what follows it.
function getLine(s: string): [string, string] {
  const i = s.indexOf('\n');
  const [line, rest] = i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
  return [line.replace(/[ \t\r]+$/, ''), rest];
}

/** pem.Decode: the first block in `data`, or undefined when there is none. */
export function decodePem(data: string): PemBlock | undefined {
  let rest = data;
  for (;;) {
    if (rest.startsWith(begin.slice(1))) rest = rest.slice(begin.length - 1);
    else {
      const i = rest.indexOf(begin);
      if (i < 0) return undefined;
      rest = rest.slice(i + begin.length);
    }
    let typeLine: string;
    [typeLine, rest] = getLine(rest);
    if (!typeLine.endsWith(dashes)) continue;
    const type = typeLine.slice(0, -dashes.length);
    let headers = 0;
    for (;;) {
      if (rest === '') return undefined;
      const [line, next] = getLine(rest);
      if (!line.includes(':')) break;
      headers++;
      rest = next;
    }
    let endIndex: number;
    let trailerIndex: number;
    if (headers === 0 && rest.startsWith(end.slice(1))) {
      endIndex = 0;
      trailerIndex = end.length - 1;
    } else {
      endIndex = rest.indexOf(end);
      trailerIndex = endIndex + end.length;
    }
    if (endIndex < 0) continue;
    const trailerLength = type.length + dashes.length;
    const trailer = rest.slice(trailerIndex, trailerIndex + trailerLength);
    if (trailer.length < trailerLength || trailer !== type + dashes) continue;
    if (getLine(rest.slice(trailerIndex + trailerLength))[0] !== '') continue;
    const bytes = decodeBase64(rest.slice(0, endIndex).replace(/[ \t]/g, ''));
    if (typeof bytes === 'number') continue;
    return { type, bytes };
  }
}

/** pem.EncodeToMemory of a block without headers. */
export function encodePem(type: string, bytes: Uint8Array): string {
  const body = Buffer.from(bytes).toString('base64');
  let out = `-----BEGIN ${type}-----\n`;
  for (let i = 0; i < body.length; i += 64) out += body.slice(i, i + 64) + '\n';
  return out + `-----END ${type}-----\n`;
}
