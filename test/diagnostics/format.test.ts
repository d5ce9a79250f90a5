import { expect } from 'chai';
import { DiagnosticError, formatDiagnostic, type Diagnostic } from '../../diagnostics/index.js';

describe('formatDiagnostic', () => {
  const table: readonly {
    name: string;
    diagnostic: Diagnostic;
    caret?: boolean;
    expected: string;
  }[] = [
    {
      name: 'file, line and column',
      diagnostic: { code: 'c', message: 'bad', file: 'a.yaml', position: { line: 3, column: 7 } },
      expected: 'a.yaml:3:7: bad',
    },
    {
      name: 'a position without a file',
      diagnostic: { code: 'c', message: 'bad', position: { line: 1, column: 1 } },
      expected: '<input>:1:1: bad',
    },
    {
      name: 'a field path',
      diagnostic: { code: 'c', message: 'Duplicate value: "x"', path: 'spec.volumes[2].name' },
      expected: 'spec.volumes[2].name: Duplicate value: "x"',
    },
    {
      name: 'a file and a field path',
      diagnostic: { code: 'c', message: 'Required value', file: 'task.yaml', path: 'spec.type' },
      expected: 'task.yaml: spec.type: Required value',
    },
    {
      name: 'only a message',
      diagnostic: { code: 'c', message: 'bad' },
      expected: 'bad',
    },
    {
      name: 'the source line with a caret, keeping tabs',
      diagnostic: {
        code: 'c',
        message: 'bad',
        file: 'f',
        position: { line: 2, column: 4 },
        sourceLine: '\tab-x',
      },
      expected: 'f:2:4: bad\n  \tab-x\n  \t  ^',
    },
    {
      name: 'no caret when asked not to',
      diagnostic: {
        code: 'c',
        message: 'bad',
        position: { line: 2, column: 4 },
        sourceLine: 'abc',
      },
      caret: false,
      expected: '<input>:2:4: bad',
    },
    {
      name: 'a long source line is cut around the column',
      diagnostic: {
        code: 'c',
        message: 'bad',
        position: { line: 1, column: 200 },
        sourceLine: `${'a'.repeat(199)}X${'b'.repeat(199)}`,
      },
      expected: `<input>:1:200: bad\n  …${'a'.repeat(60)}X${'b'.repeat(59)}…\n  ${' '.repeat(61)}^`,
    },
  ];
  for (const c of table) {
    it(c.name, () => {
      expect(
        formatDiagnostic(c.diagnostic, c.caret === undefined ? {} : { caret: c.caret }),
      ).to.equal(c.expected);
    });
  }

  it('DiagnosticError carries every diagnostic and says them all in its message', () => {
    const error = new DiagnosticError([
      { code: 'a', message: 'first', file: 'x', position: { line: 1, column: 2 } },
      { code: 'b', message: 'second', path: 'spec' },
    ]);
    expect(error.diagnostics).to.have.length(2);
    expect(error.message).to.equal('x:1:2: first\nspec: second');
  });

  it('DiagnosticError refuses to be empty', () => {
    expect(() => new DiagnosticError([])).to.throw(RangeError);
  });
});
