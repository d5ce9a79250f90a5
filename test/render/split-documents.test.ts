import { expect } from 'chai';
import { DiagnosticError, formatDiagnostic } from '../../diagnostics/index.js';
import {
  contentDocuments,
  hasYamlContent,
  joinDocuments,
  splitDocuments,
} from '../../render/index.js';

interface SplitCase {
  readonly name: string;
  readonly input: string;
  /** Each document as [text, start line]. */
  readonly documents?: readonly (readonly [string, number])[];
  /** Each separator as [text, line]. */
  readonly separators?: readonly (readonly [string, number])[];
  /** The expected errors, as [line, column, quoted line text]. */
  readonly errors?: readonly (readonly [number, number, string])[];
}

const longValue = 'x'.repeat(1 << 20);

const cases: readonly SplitCase[] = [
  { name: 'empty input', input: '', documents: [['', 1]], separators: [] },
  {
    name: 'one document without a separator',
    input: 'a: 1\nb: 2\n',
    documents: [['a: 1\nb: 2\n', 1]],
    separators: [],
  },
  {
    name: 'a bare --- line separates',
    input: 'a: 1\n---\nb: 2\n',
    documents: [
      ['a: 1\n', 1],
      ['b: 2\n', 3],
    ],
    separators: [['---\n', 2]],
  },
  {
    name: 'trailing spaces and tabs after ---',
    input: 'a: 1\n--- \t \nb: 2\n',
    documents: [
      ['a: 1\n', 1],
      ['b: 2\n', 3],
    ],
    separators: [['--- \t \n', 2]],
  },
  {
    name: 'a comment after ---',
    input: 'a: 1\n--- # Source: kelos/templates/crds.yaml\nb: 2\n',
    documents: [
      ['a: 1\n', 1],
      ['b: 2\n', 3],
    ],
    separators: [['--- # Source: kelos/templates/crds.yaml\n', 2]],
  },
  {
    name: 'a comment right after --- (Kubernetes accepts it)',
    input: 'a: 1\n---#c\nb: 2\n',
    documents: [
      ['a: 1\n', 1],
      ['b: 2\n', 3],
    ],
    separators: [['---#c\n', 2]],
  },
  {
    name: 'rw-rw---- at the end of a description line never splits',
    input:
      "description: |-\n  3. The permission bits are OR'd with rw-rw----\n  more\n---\nkind: B\n",
    documents: [
      ["description: |-\n  3. The permission bits are OR'd with rw-rw----\n  more\n", 1],
      ['kind: B\n', 5],
    ],
    separators: [['---\n', 4]],
  },
  {
    name: 'an indented --- inside a block scalar never splits',
    input: 'script: |\n  echo a\n  ---\n  echo b\n',
    documents: [['script: |\n  echo a\n  ---\n  echo b\n', 1]],
    separators: [],
  },
  {
    name: '--- in the middle of a value never splits',
    input: 'a: a --- b\nb: "---"\n',
    documents: [['a: a --- b\nb: "---"\n', 1]],
    separators: [],
  },
  {
    name: 'a separator at the start gives an empty first document',
    input: '---\na: 1\n',
    documents: [
      ['', 1],
      ['a: 1\n', 2],
    ],
    separators: [['---\n', 1]],
  },
  {
    name: 'a separator at the end gives an empty last document',
    input: 'a: 1\n---\n',
    documents: [
      ['a: 1\n', 1],
      ['', 3],
    ],
    separators: [['---\n', 2]],
  },
  {
    name: 'a separator as the last line without a newline',
    input: 'a: 1\n---',
    documents: [
      ['a: 1\n', 1],
      ['', 2],
    ],
    separators: [['---', 2]],
  },
  {
    name: 'consecutive separators give empty documents between them',
    input: '---\n---\n--- # x\na: 1',
    documents: [
      ['', 1],
      ['', 2],
      ['', 3],
      ['a: 1', 4],
    ],
    separators: [
      ['---\n', 1],
      ['---\n', 2],
      ['--- # x\n', 3],
    ],
  },
  {
    name: 'the document end marker ... stays in its document, as in Kubernetes',
    input: 'a: 1\n...\n---\nb: 2\n...\n',
    documents: [
      ['a: 1\n...\n', 1],
      ['b: 2\n...\n', 4],
    ],
    separators: [['---\n', 3]],
  },
  {
    name: 'CRLF line endings',
    input: 'a: 1\r\n---\r\nb: 2\r\n--- # c\r\nc: 3',
    documents: [
      ['a: 1\r\n', 1],
      ['b: 2\r\n', 3],
      ['c: 3', 5],
    ],
    separators: [
      ['---\r\n', 2],
      ['--- # c\r\n', 4],
    ],
  },
  {
    name: 'a leading byte order mark before a separator',
    input: '\uFEFF---\na: 1\n',
    documents: [
      ['', 1],
      ['a: 1\n', 2],
    ],
    separators: [['---\n', 1]],
  },
  {
    name: 'a lone carriage return is not a line ending',
    input: 'a: 1\r---\nb: 2\n',
    documents: [['a: 1\r---\nb: 2\n', 1]],
    separators: [],
  },
  {
    name: 'very long lines',
    input: `a: ${longValue}\n---\nb: ${longValue}`,
    documents: [
      [`a: ${longValue}\n`, 1],
      [`b: ${longValue}`, 3],
    ],
    separators: [['---\n', 2]],
  },
  {
    name: '---- is an error, not a separator',
    input: 'a: 1\n----\nb: 2\n',
    errors: [[2, 4, '----']],
  },
  {
    name: '---apiVersion: v1 is an error (Helm lets it through)',
    input: 'a: 1\n---apiVersion: v1\n',
    errors: [[2, 4, '---apiVersion: v1']],
  },
  {
    name: '--- foo is an error',
    input: 'a: 1\n--- foo\n',
    errors: [[2, 5, '--- foo']],
  },
  {
    name: 'a document starting on the separator line (--- |) is an error',
    input: '--- |\n  text\n',
    errors: [[1, 5, '--- |']],
  },
  {
    name: 'every invalid separator is reported, with its line',
    input: 'a: 1\n--- x\r\nb: 2\n---\n------------\n',
    errors: [
      [2, 5, '--- x'],
      [5, 4, '------------'],
    ],
  },
  {
    name: 'a bad separator after a byte order mark counts lines from 1',
    input: '\uFEFF--- x\n',
    errors: [[1, 5, '--- x']],
  },
];

describe('splitDocuments', () => {
  for (const c of cases) {
    it(c.name, () => {
      if (c.errors !== undefined) {
        expectErrors(c);
        return;
      }
      const split = splitDocuments(c.input);
      expect(split.documents.map((d) => [d.text, d.line])).to.deep.equal(c.documents);
      expect(split.separators.map((s) => [s.text, s.line])).to.deep.equal(c.separators);
      for (const piece of [...split.documents, ...split.separators]) {
        expect(c.input.slice(piece.offset, piece.offset + piece.text.length)).to.equal(piece.text);
      }
      expect(joinDocuments(split)).to.equal(c.input);
    });
  }

  it('names the file, line and offending text in the printed error', () => {
    const error = catchError(() => splitDocuments('a: 1\n--- foo\n', { file: 'out.yaml' }));
    const [diagnostic] = error.diagnostics;
    expect(diagnostic).to.not.equal(undefined);
    expect(formatDiagnostic(diagnostic!)).to.equal(
      [
        'out.yaml:2:5: invalid document separator "--- foo": a line starting with "---" may ' +
          'continue only with spaces, tabs or a "#" comment',
        '  --- foo',
        '      ^',
      ].join('\n'),
    );
  });

  it('quotes only the start of a very long offending line', () => {
    const error = catchError(() => splitDocuments(`---${longValue}\n`));
    expect(error.diagnostics[0]?.message).to.contain(`"---${'x'.repeat(57)}…"`);
    expect(error.message.length).to.be.lessThan(200);
  });
});

describe('hasYamlContent and contentDocuments', () => {
  const table: readonly (readonly [string, boolean])[] = [
    ['', false],
    ['\n\n', false],
    [' \t\r\n', false],
    ['# only a comment\n  # indented comment\n', false],
    ['a: 1\n', true],
    ['# Source: x\nkind: A\n', true],
    ['  - item', true],
    ['null', true],
    ['...\n', true],
  ];
  for (const [text, expected] of table) {
    it(`${JSON.stringify(text)} ${expected ? 'has' : 'has no'} content`, () => {
      expect(hasYamlContent(text)).to.equal(expected);
    });
  }

  it('keeps only the documents with content, in order, with their lines', () => {
    const split = splitDocuments('---\n# Source: a\n---\nkind: A\n---\n\n---\nkind: B\n');
    expect(contentDocuments(split).map((d) => [d.text, d.line])).to.deep.equal([
      ['kind: A\n', 4],
      ['kind: B\n', 8],
    ]);
  });
});

function expectErrors(c: SplitCase): void {
  const error = catchError(() => splitDocuments(c.input, { file: 'rendered.yaml' }));
  const got = error.diagnostics.map((d) => [d.position?.line, d.position?.column, d.sourceLine]);
  expect(got).to.deep.equal(c.errors);
  for (const d of error.diagnostics) {
    expect(d.code).to.equal('yaml-invalid-separator');
    expect(d.file).to.equal('rendered.yaml');
    expect(d.message).to.contain(JSON.stringify(d.sourceLine));
  }
}

function catchError(fn: () => unknown): DiagnosticError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DiagnosticError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a DiagnosticError');
}
