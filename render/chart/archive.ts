// Chart archives (.tgz) as Helm's loader reads them (LoadArchiveFiles): gunzip, read the tar,
// keep regular files only, drop the archive's top folder from every name, refuse a Chart.yaml
// outside it, and strip a UTF-8 BOM. Reads ustar, PAX `path` records and GNU long names.
import { LoadedFile, type ChartFile } from './chart.js';
import { ChartError } from './errors.js';

const block = 512;
const decoder = new TextDecoder();

function field(buf: Uint8Array, start: number, length: number): string {
  const slice = buf.subarray(start, start + length);
  const nul = slice.indexOf(0);
  return decoder.decode(nul < 0 ? slice : slice.subarray(0, nul));
}

function octal(buf: Uint8Array, start: number, length: number): number {
  const text = field(buf, start, length).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

// PAX records: "<len> key=value\n".
function paxPath(data: Uint8Array): string | undefined {
  const text = decoder.decode(data);
  for (const m of text.matchAll(/\d+ path=([^\n]*)\n/g)) return m[1];
  return undefined;
}

/** The regular files of a gzipped tar, with their full names. */
export function readTarGz(bytes: Uint8Array): ChartFile[] {
  // zlib is loaded only for an archive: most charts are folders, and loading it costs ~2 ms.
  const { gunzipSync } = process.getBuiltinModule('node:zlib');
  let tar: Uint8Array;
  try {
    tar = gunzipSync(bytes);
  } catch {
    throw new ChartError('gzip: invalid header');
  }
  const out: ChartFile[] = [];
  let longName: string | undefined;
  for (let at = 0; at + block <= tar.length;) {
    const header = tar.subarray(at, at + block);
    if (header.every((b) => b === 0)) break;
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] ?? 0);
    const data = tar.subarray(at + block, at + block + size);
    at += block + Math.ceil(size / block) * block;
    if (type === 'x') {
      longName = paxPath(data);
      continue;
    }
    if (type === 'L') {
      longName = field(data, 0, data.length);
      continue;
    }
    if (type === 'g') continue;
    const prefix = field(header, 345, 155);
    const name =
      longName ?? (prefix === '' ? field(header, 0, 100) : `${prefix}/${field(header, 0, 100)}`);
    longName = undefined;
    if (type === '0' || type === '\0' || type === '7') out.push({ name, data });
  }
  return out;
}

/** The files of a chart archive, named relative to the chart (its top folder removed). */
export function loadArchiveFiles(bytes: Uint8Array): ChartFile[] {
  const files: ChartFile[] = [];
  for (const f of readTarGz(bytes)) {
    if (f.name === 'pax_global_header') continue;
    const parts = f.name.replaceAll('\\', '/').split('/').slice(1);
    const name = parts.filter((p) => p !== '' && p !== '.').join('/');
    if (parts.includes('..')) throw new ChartError('chart illegally references parent directory');
    if (name === '') continue;
    if (parts[0] === 'Chart.yaml' && parts.length > 1)
      throw new ChartError('chart yaml not in base directory');
    files.push(new LoadedFile(name, stripBom(f.data)));
  }
  if (files.length === 0) throw new ChartError('no files in chart archive');
  return files;
}

/** Drops a leading UTF-8 byte order mark, as Helm does for every chart file. */
export function stripBom(data: Uint8Array): Uint8Array {
  return data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data;
}
