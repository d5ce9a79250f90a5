// Property tests for the line-exact reader: the split always reproduces its input, agrees with a
// line-by-line model of Kubernetes' YAMLReader rule on arbitrary text, and agrees with the `yaml`
// package on where documents begin for valid multi-document YAML.
import { expect } from 'chai';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, parse, parseAllDocuments, stringify } from 'yaml';
import { DiagnosticError } from '../../diagnostics/index.js';
import {
  hasYamlContent,
  joinDocuments,
  splitDocuments,
  type SplitDocuments,
} from '../../render/index.js';

interface ModelSplit {
  readonly documents: readonly (readonly [string, number])[];
  readonly separators: readonly (readonly [string, number])[];
  readonly errorLines: readonly number[];
}

// The rule, written the slow and obvious way: cut the text into `\n`-terminated lines and test
// each against one regular expression.
function modelSplit(input: string): ModelSplit {
  const body = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const lines = body.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const documents: (readonly [string, number])[] = [];
  const separators: (readonly [string, number])[] = [];
  const errorLines: number[] = [];
  let current = '';
  let currentLine = 1;
  lines.forEach((text, i) => {
    const content = text.endsWith('\n') ? text.slice(0, -1) : text;
    if (/^---[ \t]*(?:#.*)?\r?$/s.test(content)) {
      documents.push([current, currentLine]);
      separators.push([text, i + 1]);
      current = '';
      currentLine = text.endsWith('\n') ? i + 2 : i + 1;
    } else {
      if (content.startsWith('---')) {
        errorLines.push(i + 1);
      }
      current += text;
    }
  });
  documents.push([current, currentLine]);
  return { documents, separators, errorLines };
}

const pieces = ['-', '---', '----', '\n', '\r\n', '\r', ' ', '\t', '#', 'a', ': ', '...', 'rw-'];
const arbitraryStream = fc
  .tuple(fc.boolean(), fc.array(fc.constantFrom(...pieces), { maxLength: 80 }))
  .map(([bom, parts]) => (bom ? '\uFEFF' : '') + parts.join(''));

function trySplit(input: string): SplitDocuments | DiagnosticError {
  try {
    return splitDocuments(input);
  } catch (error) {
    if (error instanceof DiagnosticError) {
      return error;
    }
    throw error;
  }
}

describe('splitDocuments properties', () => {
  it('reproduces the input exactly and agrees with the line-by-line model', () => {
    fc.assert(
      fc.property(arbitraryStream, (input) => {
        const model = modelSplit(input);
        const result = trySplit(input);
        if (result instanceof DiagnosticError) {
          expect(result.diagnostics.map((d) => d.position?.line)).to.deep.equal(model.errorLines);
          return;
        }
        expect(model.errorLines).to.deep.equal([]);
        expect(joinDocuments(result)).to.equal(input);
        expect(result.documents.map((d) => [d.text, d.line])).to.deep.equal(model.documents);
        expect(result.separators.map((s) => [s.text, s.line])).to.deep.equal(model.separators);
        for (const piece of [...result.documents, ...result.separators]) {
          expect(input.substr(piece.offset, piece.text.length)).to.equal(piece.text);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with yaml.parseAllDocuments on generated multi-document YAML', () => {
    fc.assert(
      fc.property(arbitraryYamlStream, (input) => expectAgreement(input)),
      { numRuns: 300 },
    );
  });

  it('agrees with yaml.parseAllDocuments on the reference manifests', () => {
    const reference = new URL('../../../shared/reference/kelos/', import.meta.url).pathname;
    const files = [
      join(reference, 'install-crd.yaml'),
      ...readdirSync(join(reference, 'chart-rendered'))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => join(reference, 'chart-rendered', f)),
    ];
    expect(files.length).to.be.greaterThan(1);
    const crds = readFileSync(files[0]!, 'utf8');
    expect(crds).to.contain('rw-rw----\n');
    for (const file of files) {
      expectAgreement(readFileSync(file, 'utf8'));
    }
  });
});

// Scalars that stress the rule: separator look-alikes inside values and block scalars.
const trickyText = fc.constantFrom(
  'rw-rw----',
  "3. The permission bits are OR'd with rw-rw----",
  '---',
  '----',
  '--- x',
  'a --- b',
  '...',
  '# not a comment',
  'plain',
);
const lineText = fc.oneof(trickyText, fc.string({ maxLength: 12 }));
const scalar = fc.oneof(
  lineText,
  fc.array(lineText, { minLength: 2, maxLength: 5 }).map((lines) => lines.join('\n')),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.oneof(
  fc.constantFrom('description', 'kind', 'a', '---'),
  fc.string({ minLength: 1, maxLength: 8 }),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(key, tie('value'), { maxKeys: 3 }),
  ),
}));
const documentText = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.dictionary(key, value, { minKeys: 1, maxKeys: 4 }).map((v) => stringify(v)),
  },
  { weight: 1, arbitrary: fc.constantFrom('', '# Source: kelos/templates/empty.yaml\n', '\n') },
);
const separatorLine = fc.constantFrom(
  '---\n',
  '--- # Source: kelos/x.yaml\n',
  '---  \n',
  '---\t# c\n',
);
const arbitraryYamlStream = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(documentText, fc.boolean(), separatorLine), { minLength: 1, maxLength: 5 }),
    fc.boolean(),
  )
  .map(([leading, docs, crlf]) => {
    const text =
      (leading ? '---\n' : '') +
      docs
        .map(
          ([doc, end, sep], i) => (i === 0 ? '' : sep) + doc + (end && doc !== '' ? '...\n' : ''),
        )
        .join('');
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

// Boundaries: the offsets of our separators are exactly the offsets of yaml's `---` markers.
// Contents: each of our documents with content parses to the value yaml gives that document.
function expectAgreement(input: string): void {
  const split = splitDocuments(input);
  const markers: number[] = [];
  for (const token of new Parser().parse(input)) {
    if (token.type === 'document') {
      markers.push(...token.start.filter((t) => t.type === 'doc-start').map((t) => t.offset));
    }
  }
  expect(split.separators.map((s) => s.offset)).to.deep.equal(markers);

  const theirs = parseAllDocuments(input);
  expect(theirs.flatMap((d) => d.errors)).to.deep.equal([]);
  split.documents.forEach((doc, i) => {
    if (!hasYamlContent(doc.text)) {
      return;
    }
    const start = i === 0 ? undefined : split.separators[i - 1]!.offset;
    const match = theirs.find((d) =>
      start === undefined ? d.range[0] < (markers[0] ?? Infinity) : d.range[0] === start,
    );
    expect(match, `no yaml document for ours at line ${doc.line}`).to.not.equal(undefined);
    expect(parse(doc.text)).to.deep.equal(match!.toJS());
  });
}
