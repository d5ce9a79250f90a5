import type ts from 'typescript';

// kubernetes-models lays its definitions out by API group and version; the overlay of upstream
// facts is keyed by that Kubernetes name, e.g. `core/v1.PodSecurityContext`, `meta/v1.ObjectMeta`.
const layouts: readonly {
  readonly pattern: RegExp;
  readonly name: (m: RegExpMatchArray) => string;
}[] = [
  {
    pattern:
      /\/@kubernetes-models\/apimachinery\/(?:_definitions\/)?(?:apis\/)?([\w.-]+)\/([\w.-]+)\/(\w+)\.d\.ts$/,
    name: (m) => `${m[1]}/${m[2]}.${m[3]}`,
  },
  { pattern: /\/kubernetes-models\/v1\/(\w+)\.d\.ts$/, name: (m) => `core/v1.${m[1]}` },
  {
    pattern: /\/kubernetes-models\/([\w.-]+)\/(v\w+)\/(\w+)\.d\.ts$/,
    name: (m) => `${m[1]}/${m[2]}.${m[3]}`,
  },
];

/** The upstream Kubernetes name of the type that declares `node`, when it comes from kubernetes-models. */
export function upstreamName(node: ts.Node): string | undefined {
  const file = node.getSourceFile().fileName;
  if (!file.includes('kubernetes-models/')) {
    return undefined;
  }
  for (const { pattern, name } of layouts) {
    const match = file.match(pattern);
    if (match !== null) {
      return name(match);
    }
  }
  return undefined;
}
