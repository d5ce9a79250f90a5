/**
 * Input files → the objects to validate, each with its file and starting line. Files are split
 * with the render stage's line-exact reader (Kubernetes' YAMLReader rule), then each document is
 * parsed as kubectl reads YAML: YAML 1.1 (`yes` is true, `0755` octal), timestamps kept as
 * strings, merge keys, duplicate keys refused. A `kind: List` document yields its items. A document
 * that is not YAML, or not a mapping, is an error naming the file and line.
 */
import {
  isMap,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type Tags,
} from 'yaml';
import { DiagnosticError, type Diagnostic } from '../diagnostics/index.js';
import { contentDocuments, splitDocuments } from '../render/index.js';
import { isObject, type JsonObject } from './json-value.js';

/** One object read from an input file. */
export interface InputObject {
  readonly file: string;
  /** The 1-based line of the document (or List item) in `file`. */
  readonly line: number;
  readonly object: JsonObject;
  /** The 1-based line of a field path in the document, for reports; undefined if not found. */
  readonly lineOf: (path: string) => number | undefined;
}

/** What reading a file gave: its objects, and diagnostics for documents that could not be read. */
export interface ReadResult {
  readonly objects: InputObject[];
  readonly diagnostics: Diagnostic[];
}

const PARSE_OPTIONS = {
  version: '1.1',
  merge: true,
  uniqueKeys: true,
  // kubectl's YAML reader keeps a timestamp-like scalar as a string.
  customTags: (tags: Tags): Tags =>
    tags.filter((t) => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:timestamp'),
} as const;

/** Reads every object in `text`; `file` names it in diagnostics (`-` for stdin). */
export function readObjects(text: string, file: string): ReadResult {
  const objects: InputObject[] = [];
  const diagnostics: Diagnostic[] = [];
  let split;
  try {
    split = splitDocuments(text, { file });
  } catch (e) {
    if (e instanceof DiagnosticError) return { objects, diagnostics: [...e.diagnostics] };
    throw e;
  }
  for (const doc of contentDocuments(split)) {
    const lineCounter = new LineCounter();
    const parsed = parseDocument(doc.text, { ...PARSE_OPTIONS, lineCounter });
    if (parsed.errors.length > 0) {
      for (const e of parsed.errors) {
        const [pos] = e.linePos ?? [];
        diagnostics.push({
          code: 'yaml-syntax',
          // The position is reported here, in the file's own lines, not the document's.
          message: (e.message.split('\n')[0] ?? e.message).replace(
            / at line \d+, column \d+:?$/,
            '',
          ),
          file,
          position: { line: doc.line - 1 + (pos?.line ?? 1), column: pos?.col ?? 1 },
        });
      }
      continue;
    }
    const value: unknown = parsed.toJS({ maxAliasCount: 100 });
    const base = doc.line - 1;
    const lineAt = (offset: number): number => base + lineCounter.linePos(offset).line;
    if (!isObject(value)) {
      diagnostics.push({
        code: 'not-an-object',
        message: `cannot unmarshal ${Array.isArray(value) ? 'array' : typeof value} into an object: a document must be a mapping`,
        file,
        position: { line: lineAt(parsed.contents?.range?.[0] ?? 0), column: 1 },
      });
      continue;
    }
    const items = value['items'];
    if (
      typeof value['kind'] === 'string' &&
      value['kind'].endsWith('List') &&
      Array.isArray(items)
    ) {
      const seq = isMap(parsed.contents) ? parsed.contents.get('items', true) : undefined;
      items.forEach((item, i) => {
        const node = isSeq(seq) ? (seq.items[i] as Node | undefined) : undefined;
        if (isObject(item)) {
          objects.push({
            file,
            line: lineAt(node?.range?.[0] ?? 0),
            object: item,
            lineOf: (p) => lineOfPath(node, p, lineAt),
          });
        }
      });
      continue;
    }
    objects.push({
      file,
      line: lineAt(parsed.contents?.range?.[0] ?? 0),
      object: value,
      lineOf: (p) => lineOfPath(parsed.contents ?? undefined, p, lineAt),
    });
  }
  return { objects, diagnostics };
}

// `spec.volumes[1].name` → ['spec', 'volumes', 1, 'name']; a bracketed key stays a string.
function segments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[([^\]]*)\]/g)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(/^\d+$/.test(m[2]) ? Number(m[2]) : m[2]);
  }
  return out;
}

/** The line of the deepest node along `path` that exists (a missing field points at its parent). */
function lineOfPath(
  root: Document['contents'] | Node | undefined,
  path: string,
  lineAt: (offset: number) => number,
): number | undefined {
  let node: unknown = root;
  let line = isNodeWithRange(node) ? lineAt(node.range[0]) : undefined;
  const segs = segments(path);
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
    } else if (isMap(node)) {
      // A map key may itself contain dots (`spec.limits.example.com/gpu`): take the longest match.
      let found: unknown;
      for (let j = segs.length; j > i && found === undefined; j--) {
        const name = segs.slice(i, j).join('.');
        const pair = node.items.find(
          (p) => String((p.key as { value?: unknown })?.value ?? p.key) === name,
        );
        if (pair !== undefined) {
          found = pair;
          i = j - 1;
        }
      }
      if (found === undefined) return line;
      const pair = found as { key: unknown; value: unknown };
      if (isNodeWithRange(pair.key)) line = lineAt(pair.key.range[0]);
      node = pair.value;
      continue;
    } else {
      return line;
    }
    if (isNodeWithRange(node)) line = lineAt(node.range[0]);
  }
  return line;
}

function isNodeWithRange(n: unknown): n is { range: [number, number, number] } {
  return typeof n === 'object' && n !== null && Array.isArray((n as { range?: unknown }).range);
}
