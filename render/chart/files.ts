// .Files (Helm's engine.files, a map[string][]byte of the chart's non-template files): Get (the
// bytes as a Go string, a binary file's included: render/go/strings.ts) and GetBytes ("" /
// empty for a missing name, so nothing outside the chart is ever read), Lines,
// Glob (gobwas syntax, an invalid pattern meaning `**`), AsConfig and AsSecrets (base names to
// contents or base64; the map is never nil, so an empty one is `{}`, marshalled by the function library's toYaml, as Helm's engine toYAML).
import {
  GoError,
  GoFunc,
  goString,
  goTypes,
  mapOf,
  sliceOf,
  typedMap,
  typedSlice,
  type GoMap,
  type GoValue,
  type NamedType,
} from '../go/index.js';
import type { ChartFile } from './chart.js';
import { globMatch } from './glob.js';

const bytes = sliceOf({ kind: 'uint8' });

/** The function the library registers as `toYaml`, which AsConfig and AsSecrets marshal with. */
export type ToYaml = () => GoFunc | undefined;

function filesType(toYaml: ToYaml): NamedType {
  const type: NamedType = {
    kind: 'named',
    name: 'engine.files',
    underlying: mapOf(bytes),
    methods: new Map(),
  };
  const methods = type.methods as Map<string, import('../go/index.js').GoMethod>;
  const m = (
    params: number,
    result: import('../go/index.js').GoType,
    impl: (f: GoMap, arg: string) => GoValue,
  ) => ({
    signature: { params: params === 1 ? [goTypes.string] : [], result, returnsError: false },
    impl: (f: GoValue, arg?: GoValue) => impl(f as GoMap, (arg ?? '') as string),
  });
  const get = (f: GoMap, name: string): Uint8Array =>
    (f.get(name) as Uint8Array | undefined) ?? new Uint8Array();
  methods.set('GetBytes', m(1, bytes, get));
  methods.set(
    'Get',
    m(1, goTypes.string, (f, name) => goString(get(f, name))),
  );
  methods.set(
    'Lines',
    m(1, sliceOf(goTypes.string), (f, path) => {
      const data = f.get(path) as Uint8Array | undefined;
      if (data === undefined) return typedSlice(sliceOf(goTypes.string), []);
      let s = goString(data);
      // Helm drops one trailing newline, and indexes the last byte (an empty file panics in Go).
      if (s.endsWith('\n')) s = s.slice(0, -1);
      return typedSlice(sliceOf(goTypes.string), s.split('\n'));
    }),
  );
  methods.set(
    'Glob',
    m(1, type, (f, pattern) => {
      return typedMap(
        type,
        [...f].filter(([name]) => globMatch(pattern, name)),
      );
    }),
  );
  const asYaml = (f: GoMap, encode: (d: Uint8Array) => string): string => {
    const fn = toYaml();
    if (fn === undefined) throw new GoError('toYaml is not available in this function library');
    const out: GoMap = typedMap(mapOf(goTypes.string));
    for (const [name, data] of f)
      out.set(name.slice(name.lastIndexOf('/') + 1), encode(data as Uint8Array));
    return fn.impl(out) as string;
  };
  methods.set(
    'AsConfig',
    m(0, goTypes.string, (f) => asYaml(f, goString)),
  );
  methods.set(
    'AsSecrets',
    m(0, goTypes.string, (f) => asYaml(f, (d) => Buffer.from(d).toString('base64'))),
  );
  return type;
}

/** The .Files object of a chart. */
export function filesObject(files: readonly ChartFile[], toYaml: ToYaml): GoMap {
  return typedMap(
    filesType(toYaml),
    files.map((f) => [f.name, f.data]),
  );
}
