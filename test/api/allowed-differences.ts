/** A difference from the reference CRDs that the API makes on purpose, and why. */
export interface AllowedDifference {
  readonly kind: string;
  /** The schema path (as the parity test prints it) the difference is at. */
  readonly path: RegExp;
  readonly reason: string;
}

const podOverrides =
  '/properties/spec/properties/(taskTemplate/properties/)?podOverrides/properties';

/** The only differences from the reference that the Kelos API may have (issue 4 lists them). */
export const allowedDifferences: readonly AllowedDifference[] = [
  ...['Task', 'TaskSpawner'].flatMap((kind) => [
    {
      kind,
      path: new RegExp(`^${podOverrides}/volumes/x-kubernetes-list-(type|map-keys)$`),
      reason: 'volumes is a list map keyed by name: the API server itself rejects duplicate names',
    },
    {
      kind,
      path: new RegExp(`^${podOverrides}/volumes/x-kubernetes-validations$`),
      reason: 'a CEL rule, generated from api/ reservedVolumeNames, rejects the reserved names',
    },
    {
      kind,
      path: new RegExp(`^${podOverrides}/(volumes|volumeMounts)/maxItems$`),
      reason: 'bounds keep the CEL rules far inside the API server cost budget',
    },
    {
      kind,
      path: new RegExp(`^${podOverrides}/volumeMounts/x-kubernetes-list-(type|map-keys)$`),
      reason: 'volumeMounts is a list map keyed by mountPath: two mounts on one path are invalid',
    },
  ]),
  {
    kind: 'Workspace',
    path: /^\/properties\/spec\/properties\/remotes\/maxItems$/,
    reason: 'a bound keeps the rules iterating remotes far inside the API server cost budget',
  },
];
