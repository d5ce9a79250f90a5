// Chart.yaml (and a v1 chart's requirements.yaml) into chart.Metadata, as sigs.k8s.io/yaml
// fills the struct: unknown fields ignored, absent strings empty; then Helm's Validate rules
// (sanitised strings, required apiVersion/name/version, semver version, chart type, unique
// dependency names or aliases), each failing with Helm's `validation: …` text.
import { GoInt, type GoMap, type GoValue } from '../go/index.js';
import type { Dependency, Maintainer, Metadata } from './chart.js';
import { ChartError } from './errors.js';
import { parseVersion } from './semver.js';

/** An empty Metadata, as `new(chart.Metadata)` starts. */
export function emptyMetadata(): Metadata {
  return {
    name: '',
    home: '',
    sources: null,
    version: '',
    description: '',
    keywords: null,
    maintainers: null,
    icon: '',
    apiVersion: '',
    condition: '',
    tags: '',
    appVersion: '',
    deprecated: false,
    annotations: null,
    kubeVersion: '',
    dependencies: null,
    type: '',
  };
}

// JSON decoding into a string field: Go refuses other kinds; Helm's error names the field.
function str(v: GoValue | undefined, field: string): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  throw new ChartError(
    `json: cannot unmarshal ${jsonKind(v)} into Go struct field Metadata.${field} of type string`,
  );
}

function jsonKind(v: GoValue): string {
  if (typeof v === 'number' || v instanceof GoInt) return 'number';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'array';
  if (v instanceof Map) return 'object';
  return 'string';
}

function strings(v: GoValue | undefined, field: string): string[] | null {
  if (v === undefined || v === null) return null;
  if (!Array.isArray(v))
    throw new ChartError(
      `json: cannot unmarshal ${jsonKind(v)} into Go struct field Metadata.${field} of type []string`,
    );
  return v.map((x) => str(x, field));
}

/** Fills `md` from a decoded Chart.yaml or requirements.yaml document, as yaml.Unmarshal does. */
export function fillMetadata(md: Metadata, doc: GoMap): void {
  for (const [key, v] of doc) {
    switch (key) {
      case 'name':
        md.name = str(v, 'name');
        break;
      case 'home':
        md.home = str(v, 'home');
        break;
      case 'sources':
        md.sources = strings(v, 'sources');
        break;
      case 'version':
        md.version = str(v, 'version');
        break;
      case 'description':
        md.description = str(v, 'description');
        break;
      case 'keywords':
        md.keywords = strings(v, 'keywords');
        break;
      case 'maintainers':
        md.maintainers = v === null ? null : list(v, 'maintainers').map(maintainer);
        break;
      case 'icon':
        md.icon = str(v, 'icon');
        break;
      case 'apiVersion':
        md.apiVersion = str(v, 'apiVersion');
        break;
      case 'condition':
        md.condition = str(v, 'condition');
        break;
      case 'tags':
        md.tags = str(v, 'tags');
        break;
      case 'appVersion':
        md.appVersion = str(v, 'appVersion');
        break;
      case 'deprecated':
        md.deprecated = v === true;
        break;
      case 'annotations':
        md.annotations =
          v instanceof Map ? new Map([...v].map(([k, x]) => [k, str(x, 'annotations')])) : null;
        break;
      case 'kubeVersion':
        md.kubeVersion = str(v, 'kubeVersion');
        break;
      case 'dependencies':
        md.dependencies = v === null ? null : list(v, 'dependencies').map(dependency);
        break;
      case 'type':
        md.type = str(v, 'type');
        break;
    }
  }
}

function list(v: GoValue, field: string): GoMap[] {
  if (!Array.isArray(v))
    throw new ChartError(
      `json: cannot unmarshal ${jsonKind(v)} into Go struct field Metadata.${field}`,
    );
  return v.map((x) => (x instanceof Map ? x : new Map()));
}

function maintainer(m: GoMap): Maintainer {
  return {
    name: str(m.get('name'), 'name'),
    email: str(m.get('email'), 'email'),
    url: str(m.get('url'), 'url'),
  };
}

function dependency(m: GoMap): Dependency {
  const iv = m.get('import-values');
  return {
    name: str(m.get('name'), 'name'),
    version: str(m.get('version'), 'version'),
    repository: str(m.get('repository'), 'repository'),
    condition: str(m.get('condition'), 'condition'),
    tags: strings(m.get('tags'), 'tags') ?? [],
    enabled: m.get('enabled') === true,
    importValues: Array.isArray(iv) ? [...iv] : [],
    alias: str(m.get('alias'), 'alias'),
  };
}

// Helm's sanitizeString: drops every control character except tab and newline... and strips
// all Unicode "space" runes other than ' ' — we keep it to what charts meet: control characters.
function sanitize(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Helm's Metadata.Validate: sanitises the free-text fields and checks the required ones. */
export function validateMetadata(md: Metadata): void {
  md.name = sanitize(md.name);
  md.description = sanitize(md.description);
  md.home = sanitize(md.home);
  md.icon = sanitize(md.icon);
  md.condition = sanitize(md.condition);
  md.tags = sanitize(md.tags);
  md.appVersion = sanitize(md.appVersion);
  md.kubeVersion = sanitize(md.kubeVersion);
  const fail = (m: string): never => {
    throw new ChartError(`validation: ${m}`);
  };
  if (md.apiVersion === '') fail('chart.metadata.apiVersion is required');
  if (md.name === '') fail('chart.metadata.name is required');
  if (md.name.includes('/') || md.name === '.' || md.name === '..')
    fail(`chart.metadata.name ${JSON.stringify(md.name)} is invalid`);
  if (md.version === '') fail('chart.metadata.version is required');
  if (parseVersion(md.version) === undefined)
    fail(`chart.metadata.version ${JSON.stringify(md.version)} is invalid`);
  if (!['', 'application', 'library'].includes(md.type))
    fail('chart.metadata.type must be application or library');
  const seen = new Set<string>();
  for (const d of md.dependencies ?? []) {
    const key = d.alias === '' ? d.name : d.alias;
    if (seen.has(key)) fail(`more than one dependency with name or alias ${JSON.stringify(key)}`);
    seen.add(key);
  }
}
