import { expect } from 'chai';
import { sprint, sprintf, sprintln } from '../../../render/go/fmt.js';
import { fmtCases, type FmtCase } from './fmt-cases.js';
import { describeOracle, expectGoldens } from './oracle.js';

function ours(c: FmtCase): string {
  switch (c.func) {
    case 'printf':
      return sprintf(c.format ?? '', c.args);
    case 'print':
      return sprint(c.args);
    case 'println':
      return sprintln(c.args);
  }
}

describe('Go fmt (render/go/fmt.ts)', () => {
  const cases = fmtCases();

  it('has unique case names', () => {
    expect(new Set(cases.map((c) => c.name)).size).to.equal(cases.length);
  });

  it(`prints all ${cases.length} printf/print/println cases as Helm does`, () => {
    expectGoldens('fmt', cases, (k) => ours(cases[k]!));
  });
});

describeOracle('fmt', fmtCases);
