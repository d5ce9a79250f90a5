// Go's path package (base, dir, clean, ext, isAbs) and path/filepath on Linux (osBase, osClean,
// osDir, osExt, osIsAbs), which Helm's Linux builds give the same results. Pinned by the paths
// golden chart.
import { def, funcMap, t, type FuncMap } from './func.js';

/** path.Clean: the shortest equivalent path by lexical processing. */
export function clean(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return '/' + joined;
  return joined === '' ? '.' : joined;
}

/** path.Base. */
export function base(p: string): string {
  if (p === '') return '.';
  p = p.replace(/\/+$/, '');
  if (p === '') return '/';
  return p.slice(p.lastIndexOf('/') + 1);
}

/** path.Dir. */
export function dir(p: string): string {
  return clean(p.slice(0, p.lastIndexOf('/') + 1));
}

/** path.Ext: the suffix from the final dot of the final element, or "". */
export function ext(p: string): string {
  for (let i = p.length - 1; i >= 0 && p[i] !== '/'; i--) if (p[i] === '.') return p.slice(i);
  return '';
}

/** The paths family. */
export function pathFuncs(): FuncMap {
  const s = t.string;
  const fns = {
    base: (p: string) => base(p),
    dir: (p: string) => dir(p),
    clean: (p: string) => clean(p),
    ext: (p: string) => ext(p),
  };
  return funcMap([
    ...Object.entries(fns).flatMap(([name, f]) => [
      def(name, [s], s, (p) => f(p as string)),
      def(`os${name[0]!.toUpperCase()}${name.slice(1)}`, [s], s, (p) => f(p as string)),
    ]),
    def('isAbs', [s], t.bool, (p) => (p as string).startsWith('/')),
    def('osIsAbs', [s], t.bool, (p) => (p as string).startsWith('/')),
  ]);
}
