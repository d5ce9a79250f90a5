// .Chart as each major hands it to templates. Helm 3: `struct { chart.Metadata; IsRoot bool }`,
// the metadata's fields promoted (nil slices and maps where Chart.yaml has none). Helm 4: the
// metadata converted to a map[string]interface {} by field name (slices as []interface {},
// never nil) with IsRoot added.
import {
  GoStruct,
  goTypes,
  mapOf,
  nilOf,
  sliceOf,
  typedMap,
  typedSlice,
  type GoMap,
  type GoType,
  type GoValue,
  type NamedType,
} from '../go/index.js';
import type { Dependency, Maintainer, Metadata } from './chart.js';

const named = (name: string): NamedType => ({
  kind: 'named',
  name,
  underlying: { kind: 'struct' },
  methods: new Map(),
});
const metadataType = named('chart.Metadata');
const chartType = named('struct { chart.Metadata; IsRoot bool }');
const maintainerType = named('chart.Maintainer');
const dependencyType = named('chart.Dependency');
const strings = sliceOf(goTypes.string);
const stringMap = mapOf(goTypes.string);
const maintainers: GoType = sliceOf({ kind: 'pointer', elem: maintainerType });
const dependencies: GoType = sliceOf({ kind: 'pointer', elem: dependencyType });

function list(items: readonly string[] | null, type: GoType): GoValue {
  return items === null ? nilOf(type) : typedSlice(type, [...items]);
}

function maintainerFields(m: Maintainer): [string, GoValue][] {
  return [
    ['Name', m.name],
    ['Email', m.email],
    ['URL', m.url],
  ];
}

function dependencyFields(d: Dependency, major: 3 | 4): [string, GoValue][] {
  return [
    ['Name', d.name],
    ['Version', d.version],
    ['Repository', d.repository],
    ['Condition', d.condition],
    ['Tags', major === 3 ? typedSlice(strings, d.tags) : [...d.tags]],
    ['Enabled', d.enabled],
    ['ImportValues', d.importValues as GoValue[]],
    ['Alias', d.alias],
  ];
}

function metadataFields(md: Metadata, major: 3 | 4): [string, GoValue][] {
  const annotations =
    md.annotations === null ? nilOf(stringMap) : typedMap(stringMap, [...md.annotations]);
  const v3 = major === 3;
  return [
    ['Name', md.name],
    ['Home', md.home],
    ['Sources', v3 ? list(md.sources, strings) : [...(md.sources ?? [])]],
    ['Version', md.version],
    ['Description', md.description],
    ['Keywords', v3 ? list(md.keywords, strings) : [...(md.keywords ?? [])]],
    [
      'Maintainers',
      v3
        ? md.maintainers === null
          ? nilOf(maintainers)
          : typedSlice(
              maintainers,
              md.maintainers.map(
                (m) => new GoStruct(maintainerType, new Map(maintainerFields(m)), true),
              ),
            )
        : (md.maintainers ?? []).map((m) => new Map(maintainerFields(m)) as GoMap),
    ],
    ['Icon', md.icon],
    ['APIVersion', md.apiVersion],
    ['Condition', md.condition],
    ['Tags', md.tags],
    ['AppVersion', md.appVersion],
    ['Deprecated', md.deprecated],
    ['Annotations', annotations],
    ['KubeVersion', md.kubeVersion],
    [
      'Dependencies',
      v3
        ? md.dependencies === null
          ? nilOf(dependencies)
          : typedSlice(
              dependencies,
              md.dependencies.map(
                (d) => new GoStruct(dependencyType, new Map(dependencyFields(d, 3)), true),
              ),
            )
        : (md.dependencies ?? []).map((d) => new Map(dependencyFields(d, 4)) as GoMap),
    ],
    ['Type', md.type],
  ];
}

/** The .Chart value of a chart's templates. */
export function chartObject(md: Metadata, isRoot: boolean, major: 3 | 4): GoValue {
  const fields = metadataFields(md, major);
  if (major === 4) {
    const m: GoMap = new Map(fields);
    m.set('IsRoot', isRoot);
    return m;
  }
  // Go promotes the embedded struct's fields; the embedded struct is a field too.
  return new GoStruct(
    chartType,
    new Map<string, GoValue>([
      ['Metadata', new GoStruct(metadataType, new Map(fields))],
      ...fields,
      ['IsRoot', isRoot],
    ]),
  );
}
