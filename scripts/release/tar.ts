import { gzipSync } from 'node:zlib';

/** A file to put into an archive. */
export interface ArchiveEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

const block = 512;

/**
 * A gzipped POSIX ustar archive that is the same bytes for the same entries: entries sorted by
 * name, one fixed modification time, owner 0:0 with no user or group names, mode 0644, and a gzip
 * header without a time stamp. Folders are implied by the file paths, as Helm's own archives do.
 */
export function reproducibleTarGz(entries: readonly ArchiveEntry[], mtime: number): Buffer {
  const parts: Buffer[] = [];
  for (const entry of [...entries].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  )) {
    parts.push(header(entry.name, entry.data.length, mtime));
    parts.push(Buffer.from(entry.data));
    parts.push(Buffer.alloc((block - (entry.data.length % block)) % block));
  }
  parts.push(Buffer.alloc(block * 2));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

function header(path: string, size: number, mtime: number): Buffer {
  const h = Buffer.alloc(block);
  const [prefix, name] = splitPath(path);
  h.write(name, 0, 100, 'utf8');
  h.write(octal(0o644, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  h.write(octal(size, 12), 124, 'ascii');
  h.write(octal(mtime, 12), 136, 'ascii');
  h.fill(' ', 148, 156);
  h.write('0', 156, 'ascii');
  h.write('ustar\u000000', 257, 'ascii');
  h.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of h) {
    sum += byte;
  }
  h.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 'ascii');
  return h;
}

// ustar keeps names up to 100 bytes, or 155 more in a prefix split at a slash.
function splitPath(path: string): [string, string] {
  if (Buffer.byteLength(path) <= 100) {
    return ['', path];
  }
  for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100) {
      return [prefix, name];
    }
  }
  throw new Error(`${path}: too long for a ustar archive`);
}

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\u0000`;
}
