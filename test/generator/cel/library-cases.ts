/** A table runner for the Kubernetes library tests: each rule is type-checked, then evaluated. */
import { expect } from 'chai';
import { checkRule, compileRule, evaluateRule } from '../../../generator/cel/index.js';
import type { JSONSchemaProps } from '../../../generator/schema/json-schema-props.js';

/** `self.v` is a bounded string, so that inputs come as data and need no CEL escaping. */
export const valueSchema: JSONSchemaProps = {
  type: 'object',
  properties: {
    v: { type: 'string', maxLength: 512 },
    w: { type: 'string', maxLength: 512 },
    open: { type: 'string' },
  },
};

/** What a case expects. */
export type Expected =
  /** The rule type-checks and evaluates to this bool. */
  | boolean
  /** The rule type-checks and evaluation fails with exactly this error (before " evaluating rule"). */
  | { readonly error: string }
  /** The rule is false and its messageExpression gives exactly this message. */
  | { readonly failed: string }
  /** checkRule reports one issue: `severity/code` and a fragment of its message. */
  | { readonly rejected: readonly [string, string] };

/** One row: a rule, the data it sees as `self`, and what should happen. */
export interface LibraryCase {
  readonly name: string;
  readonly rule: string;
  readonly messageExpression?: string;
  readonly self?: Readonly<Record<string, string>>;
  readonly expected: Expected;
}

function runCase(c: LibraryCase): void {
  const rule =
    c.messageExpression === undefined
      ? { rule: c.rule }
      : { rule: c.rule, messageExpression: c.messageExpression };
  const issues = checkRule(rule, valueSchema).map((i) => `${i.severity}/${i.code}: ${i.message}`);
  const expected = c.expected;
  if (typeof expected === 'object' && 'rejected' in expected) {
    const [kind, fragment] = expected.rejected;
    expect(issues, issues.join('\n')).to.have.length(1);
    expect(issues[0]).to.satisfy((s: string) => s.startsWith(kind) && s.includes(fragment));
    return;
  }
  expect(issues, issues.join('\n')).to.deep.equal([]);
  const outcome = evaluateRule(compileRule(rule, valueSchema), { self: c.self ?? {} });
  if (typeof expected === 'boolean')
    expect(outcome).to.deep.equal(
      expected ? { status: 'passed' } : { status: 'failed', message: `failed rule: ${c.rule}` },
    );
  else if ('error' in expected)
    expect(outcome).to.deep.equal({
      status: 'error',
      message: `${expected.error} evaluating rule: ${c.rule}`,
    });
  else expect(outcome).to.deep.equal({ status: 'failed', message: expected.failed });
}

/** Registers one mocha test per case. */
export function runLibraryCases(cases: readonly LibraryCase[]): void {
  for (const c of cases) it(c.name, () => runCase(c));
}
