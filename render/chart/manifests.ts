// Helm's manifest sorting (releaseutil: SplitManifests, SortManifests, kind_sorter.go): each
// rendered file (sorted by name, partials and blank files skipped) is split on Helm's loose
// separator `(?:^|\s*\n)---\s*` and each piece trimmed; every piece is read as YAML for its
// apiVersion, kind, name and annotations; pieces with a `helm.sh/hook` annotation become hooks
// (unknown hook names dropped), the rest manifests; both sorted stably by Helm's install order
// of kinds (unknown kinds after, alphabetically). Helm 4 added the webhook configurations.
import { DiagnosticError } from '../../diagnostics/index.js';
import { decodeYaml, quote, yamlErrorText, type GoValue } from '../go/index.js';
import { ChartError } from './errors.js';
import { fastHead, type Head } from './fast-head.js';
import { goLogLine, slogLine } from './helm-log.js';

/** One document of the rendered output. */
export interface Manifest {
  /** The template it came from (`chart/templates/x.yaml`). */
  readonly name: string;
  readonly content: string;
  readonly kind: string;
}

/** A hook document: a manifest with the hook events it runs on. */
export interface Hook extends Manifest {
  readonly events: readonly string[];
}

const installOrder3 = [
  'PriorityClass',
  'Namespace',
  'NetworkPolicy',
  'ResourceQuota',
  'LimitRange',
  'PodSecurityPolicy',
  'PodDisruptionBudget',
  'ServiceAccount',
  'Secret',
  'SecretList',
  'ConfigMap',
  'StorageClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'CustomResourceDefinition',
  'ClusterRole',
  'ClusterRoleList',
  'ClusterRoleBinding',
  'ClusterRoleBindingList',
  'Role',
  'RoleList',
  'RoleBinding',
  'RoleBindingList',
  'Service',
  'DaemonSet',
  'Pod',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
  'HorizontalPodAutoscaler',
  'StatefulSet',
  'Job',
  'CronJob',
  'IngressClass',
  'Ingress',
  'APIService',
];

/** Helm's InstallOrder of kinds for a major. */
export function installOrder(major: 3 | 4): readonly string[] {
  return major === 3
    ? installOrder3
    : [...installOrder3, 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'];
}

const hookEvents = new Map([
  ['pre-install', 'pre-install'],
  ['post-install', 'post-install'],
  ['pre-delete', 'pre-delete'],
  ['post-delete', 'post-delete'],
  ['pre-upgrade', 'pre-upgrade'],
  ['post-upgrade', 'post-upgrade'],
  ['pre-rollback', 'pre-rollback'],
  ['post-rollback', 'post-rollback'],
  ['test', 'test'],
  ['test-success', 'test'],
]);

// Go's regexp `\s` is [\t\n\f\r ]; strings.TrimSpace also trims \v, U+0085, U+00A0 and the other
// Unicode spaces. Both are scanned by hand: the regular expressions take quadratic time on the
// long runs of text a CRD template renders.
const isSpace = (c: number): boolean =>
  c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;
const isTrimSpace = (c: number): boolean =>
  isSpace(c) ||
  c === 0x0b ||
  c === 0x85 ||
  c === 0xa0 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x1680 ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000;

/** Go's strings.TrimSpace. */
export function trimSpace(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isTrimSpace(s.charCodeAt(a))) a++;
  while (b > a && isTrimSpace(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

// Go's sep.Split(text, -1) for sep = `(?:^|\s*\n)---\s*`: each match starts at the whitespace run
// before a `\n---` (or at a leading `---`) and takes the whitespace after it.
function splitOnSeparator(text: string): string[] {
  const pieces: string[] = [];
  let last = 0;
  let from = 0;
  if (text.startsWith('---')) {
    let end = 3;
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    pieces.push('');
    last = from = end;
  }
  for (;;) {
    const i = text.indexOf('\n---', from);
    if (i < 0) break;
    let start = i;
    while (start > last && isSpace(text.charCodeAt(start - 1))) start--;
    let end = i + 4;
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    pieces.push(text.slice(last, start));
    last = from = end;
  }
  pieces.push(text.slice(last));
  return pieces;
}

/** Helm's SplitManifests: the documents of one rendered file, in order. */
export function splitManifests(text: string): string[] {
  const out: string[] = [];
  for (const d of splitOnSeparator(trimSpace(text))) if (d !== '') out.push(trimSpace(d));
  return out;
}

function headField(v: GoValue | undefined, field: string, head: string): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  const what =
    typeof v === 'number' || (typeof v === 'object' && v !== null && 'value' in v)
      ? 'number'
      : typeof v === 'boolean'
        ? 'bool'
        : Array.isArray(v)
          ? 'array'
          : 'object';
  throw new ChartError(
    `json: cannot unmarshal ${what} into Go struct field ${head}.${field} of type string`,
  );
}

// The head of a document: the fast reading when it is sure, else the full decoding (which alone
// decides validity and words the errors).
function readHead(doc: string, major: 3 | 4): Head {
  return fastHead(doc) ?? fullHead(doc, major);
}

/** sigs.k8s.io/yaml into SimpleHead: YAML errors are `error converting YAML to JSON: yaml: line N: …`. */
export function fullHead(doc: string, major: 3 | 4): Head {
  const head = major === 3 ? 'SimpleHead' : 'SimpleHead';
  let v: GoValue;
  try {
    v = decodeYaml(doc, { file: '' });
  } catch (e) {
    if (!(e instanceof DiagnosticError)) throw e;
    throw new ChartError(yamlErrorText(e.diagnostics[0]!));
  }
  if (v === null) return { kind: '', annotations: undefined };
  if (!(v instanceof Map)) {
    const what =
      typeof v === 'string'
        ? 'string'
        : Array.isArray(v)
          ? 'array'
          : typeof v === 'boolean'
            ? 'bool'
            : 'number';
    const pkg = major === 3 ? 'releaseutil' : 'util';
    throw new ChartError(
      `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${what} into Go value of type ${pkg}.SimpleHead`,
    );
  }
  headField(v.get('apiVersion'), 'apiVersion', head);
  const kind = headField(v.get('kind'), 'kind', head);
  const md = v.get('metadata');
  let annotations: Map<string, string> | undefined;
  if (md instanceof Map) {
    headField(md.get('name'), 'metadata.name', head);
    const a = md.get('annotations');
    if (a instanceof Map) {
      annotations = new Map();
      for (const [k, x] of a) annotations.set(k, headField(x, 'metadata.annotations', head));
    }
  }
  return { kind, annotations };
}

/** Hooks and manifests of the rendered files, each sorted by kind as Helm sorts them. */
export function sortManifests(
  files: ReadonlyMap<string, string>,
  major: 3 | 4,
  warn: (text: string) => void = () => {},
): { hooks: Hook[]; manifests: Manifest[] } {
  const hooks: Hook[] = [];
  const manifests: Manifest[] = [];
  for (const path of [...files.keys()].sort()) {
    const content = files.get(path)!;
    if (path.slice(path.lastIndexOf('/') + 1).startsWith('_') || trimSpace(content) === '')
      continue;
    for (const m of splitManifests(content)) {
      let head: Head;
      try {
        head = readHead(m, major);
      } catch (e) {
        if (e instanceof ChartError)
          throw new ChartError(`YAML parse error on ${path}: ${e.message}`, true);
        throw e;
      }
      const hookTypes = head.annotations?.get('helm.sh/hook');
      if (hookTypes === undefined) {
        manifests.push({ name: path, content: m, kind: head.kind });
        continue;
      }
      const events: string[] = [];
      let unknown = false;
      for (const t of hookTypes.split(',')) {
        const e = hookEvents.get(t.trim().toLowerCase());
        if (e === undefined) unknown = true;
        else events.push(e);
        if (unknown) break;
      }
      if (!unknown) hooks.push({ name: path, content: m, kind: head.kind, events });
      else if (major === 3)
        warn(
          goLogLine(
            3,
            'manifest_sorter.go:190',
            `info: skipping unknown hook: ${quote(hookTypes)}`,
          ),
        );
      else warn(slogLine('INFO', 'skipping unknown hooks', [['hookTypes', hookTypes]]));
    }
  }
  const order = installOrder(major);
  return { hooks: sortByKind(hooks, order), manifests: sortByKind(manifests, order) };
}

/** Helm's stable sort by kind: known kinds in install order, unknown ones after, by name. */
export function sortByKind<T extends { readonly kind: string }>(
  items: T[],
  order: readonly string[],
): T[] {
  const rank = new Map(order.map((k, i) => [k, i]));
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => {
      const ra = rank.get(a.item.kind);
      const rb = rank.get(b.item.kind);
      if (ra === undefined && rb === undefined) {
        if (a.item.kind !== b.item.kind) return a.item.kind < b.item.kind ? -1 : 1;
        return a.i - b.i;
      }
      if (ra === undefined) return 1;
      if (rb === undefined) return -1;
      return ra - rb || a.i - b.i;
    })
    .map((x) => x.item);
}
