// YAML syntax errors in Helm's words (values files, Chart.yaml, rendered manifests, fromYaml).
// Helm decodes with
// sigs.k8s.io/yaml, which runs go-yaml v2 (Helm 3.17: sigs.k8s.io/yaml v1.4.0 and its goyaml.v2
// fork; Helm 4.1: v1.6.0 and go.yaml.in/yaml/v2 v2.4.2, the same code). go-yaml reads the first
// document only, event by event, and stops at the first error; decode.go's fail() words it as
// `yaml: line N: <problem>`, N being the problem's 0-based line (+1 for scanner errors) or, on
// line 0, the context's 0-based line, and no line at all when both are 0. The `yaml` package that
// builds our values words its errors its own way and parses all documents, so the full decoding
// (yaml-values.ts) runs this port of go-yaml's scanner and parser (goyaml-scan.ts,
// goyaml-parse.ts) first.
// Pinned by test/render/funcs/yaml-errors.test.ts (texts recorded from Helm 3 and 4).
import { Parser } from './goyaml-parse.js';
import { GoYamlProblem, Scanner, type Mark } from './goyaml-scan.js';

/** What go-yaml makes of a text's first document: its error, or where the document ends. */
export interface GoYamlCheck {
  /** go-yaml's error text, `yaml: line 2: did not find expected key`, when it fails. */
  readonly error?: string;
  /** Where the problem is (1-based line and column), when it fails. */
  readonly at?: { readonly line: number; readonly column: number };
  /** The UTF-16 offset where the first document ends (go-yaml never reads past it). */
  readonly end: number;
}

/** Runs go-yaml v2's syntax check over the first document of `text`, as yaml.Unmarshal does. */
export function checkGoYaml(text: string): GoYamlCheck {
  const scanner = new Scanner(text);
  const parser = new Parser(scanner);
  try {
    parser.next(); // STREAM-START
    const first = parser.next();
    if (first.type !== 'DOCUMENT-START') return { end: text.length };
    const anchors = new Set<string>();
    let depth = 0;
    do {
      const e = parser.next();
      if (e.type === 'ALIAS') {
        if (!anchors.has(e.anchor!))
          return {
            error: `yaml: unknown anchor '${e.anchor!}' referenced`,
            at: position(e.start),
            end: 0,
          };
      } else if (e.anchor !== undefined) anchors.add(e.anchor);
      if (e.type === 'MAPPING-START' || e.type === 'SEQUENCE-START') depth++;
      if (e.type === 'MAPPING-END' || e.type === 'SEQUENCE-END') depth--;
    } while (depth > 0);
    const end = parser.next(); // DOCUMENT-END
    return { end: scanner.offsets[Math.min(end.start.index, scanner.offsets.length - 1)]! };
  } catch (e) {
    if (e instanceof GoYamlProblem) {
      return { error: `yaml: ${where(e)}${e.problem}`, at: position(e.problemMark), end: 0 };
    }
    throw e;
  }
}

const position = (m: Mark): { line: number; column: number } => ({
  line: m.line + 1,
  column: m.column + 1,
});

// decode.go's fail(): which line, if any, the message names.
function where(e: GoYamlProblem): string {
  const line = (m: Mark): number => m.line;
  let n = 0;
  if (line(e.problemMark) !== 0) n = line(e.problemMark) + (e.kind === 'scanner' ? 1 : 0);
  else if (line(e.contextMark) !== 0) n = line(e.contextMark);
  return n === 0 ? '' : `line ${n}: `;
}
