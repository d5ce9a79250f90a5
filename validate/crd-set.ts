/**
 * The CRDs documents are validated against: read from YAML (`apiextensions.k8s.io/v1`
 * CustomResourceDefinition documents; other documents are ignored), indexed by group, version and
 * kind. Only served versions resolve, as only they have an endpoint. A version's CEL rules are
 * compiled on first use and kept.
 */
import { parseAllDocuments } from 'yaml';
import { DiagnosticError, type Diagnostic } from '../diagnostics/index.js';
import type { JSONSchemaProps } from '../generator/schema/json-schema-props.js';
import { compileRuleTree, type RuleNode } from './cel-rules.js';
import { isObject } from './json-value.js';

/** One served version of one CRD: what validating its objects needs. */
export interface CrdVersion {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  readonly namespaced: boolean;
  readonly schema: JSONSchemaProps;
  /** `subresources.status` is set: status is ignored on create and kept from the old object. */
  readonly statusSubresource: boolean;
  /** The compiled rules (undefined when the schema has none); compiled on first access. */
  readonly rules: RuleNode | undefined;
}

/** CRDs by `group/version` and kind. */
export class CrdSet {
  readonly #versions = new Map<string, CrdVersion>();
  readonly #groups = new Set<string>();

  /** Adds every CRD found in `text` (one YAML stream); `file` names it in errors. */
  addYaml(text: string, file: string): void {
    const diagnostics: Diagnostic[] = [];
    for (const doc of parseAllDocuments(text)) {
      if ('errors' in doc && doc.errors.length > 0) {
        for (const e of doc.errors) {
          const [pos] = e.linePos ?? [];
          diagnostics.push({
            code: 'crd-yaml',
            message: e.message.split('\n')[0] ?? e.message,
            file,
            ...(pos === undefined ? {} : { position: { line: pos.line, column: pos.col } }),
          });
        }
        continue;
      }
      this.add(doc.toJS() as unknown);
    }
    if (diagnostics.length > 0) throw new DiagnosticError(diagnostics);
  }

  /** Adds one decoded CRD; anything that is not a v1 CRD is ignored. */
  add(crd: unknown): void {
    if (!isObject(crd) || crd['kind'] !== 'CustomResourceDefinition') return;
    const spec = crd['spec'];
    if (!isObject(spec) || typeof spec['group'] !== 'string') return;
    const names = spec['names'];
    const kind = isObject(names) ? names['kind'] : undefined;
    if (typeof kind !== 'string' || !Array.isArray(spec['versions'])) return;
    const group = spec['group'];
    this.#groups.add(group);
    for (const v of spec['versions'] as unknown[]) {
      if (!isObject(v) || v['served'] === false || typeof v['name'] !== 'string') continue;
      const schema = isObject(v['schema']) ? v['schema']['openAPIV3Schema'] : undefined;
      const subresources = isObject(v['subresources']) ? v['subresources'] : {};
      this.#versions.set(
        `${group}/${v['name']}:${kind}`,
        lazyRules({
          group,
          version: v['name'],
          kind,
          namespaced: spec['scope'] !== 'Cluster',
          schema: isObject(schema)
            ? (schema as JSONSchemaProps)
            : { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
          statusSubresource: isObject(subresources) && subresources['status'] !== undefined,
        }),
      );
    }
  }

  /** The version for `apiVersion` and `kind`, if a CRD serves it. */
  find(apiVersion: string, kind: string): CrdVersion | undefined {
    return this.#versions.get(`${apiVersion}:${kind}`);
  }

  /** Whether some CRD of the set belongs to `group`. */
  hasGroup(group: string): boolean {
    return this.#groups.has(group);
  }

  /** How many served versions the set holds. */
  get size(): number {
    return this.#versions.size;
  }
}

function lazyRules(v: Omit<CrdVersion, 'rules'>): CrdVersion {
  let rules: RuleNode | undefined | null = null;
  return {
    ...v,
    get rules() {
      if (rules === null) rules = compileRuleTree(v.schema);
      return rules;
    },
  };
}
