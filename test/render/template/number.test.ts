// Numeric literals as Go's parse.NumberNode types them: small decimals take a fast path, the rest
// Go's general rules; both must agree with what strconv would give for the same text.
import { expect } from 'chai';
import fc from 'fast-check';
import { newNumber } from '../../../render/template/number.js';

type Typed = {
  isInt: boolean;
  isUint: boolean;
  isFloat: boolean;
  int64: bigint;
  uint64: bigint;
  float64: number;
};

const typed = (text: string): Typed => {
  const n = newNumber(0, text, false);
  if (typeof n === 'string') throw new Error(n);
  const { isInt, isUint, isFloat, int64, uint64, float64 } = n;
  return { isInt, isUint, isFloat, int64, uint64, float64 };
};

// What Go's rules give for a decimal integer literal that fits in int64.
const decimal = (text: string): Typed => {
  const v = BigInt(text);
  return {
    isInt: true,
    isUint: v >= 0n,
    isFloat: true,
    int64: v,
    uint64: v >= 0n ? v : 0n,
    float64: Number(v),
  };
};

describe('number literals', () => {
  const cases = [
    '0',
    '-0',
    '4',
    '-4',
    '10',
    '999999999999999',
    '-999999999999999',
    '1000000000000000',
  ];
  for (const text of cases) {
    it(`types ${text} as Go does`, () => {
      expect(typed(text)).to.deep.equal(decimal(text));
      expect(Object.is(typed(text).float64, -0)).to.equal(false);
    });
  }

  it('keeps integers beyond 2^53 exact', () => {
    expect(typed('9007199254740993').int64).to.equal(9007199254740993n);
    expect(typed('18446744073709551615')).to.include({ isInt: false, isUint: true, isFloat: true });
  });

  it('reads octal, hex and separators by Go rules, not as decimals', () => {
    expect(typed('010').int64).to.equal(8n);
    expect(typed('0x1F').int64).to.equal(31n);
    expect(typed('1_000').int64).to.equal(1000n);
  });

  it('agrees with the general rules on every int64 decimal', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }), (v) => {
        expect(typed(v.toString())).to.deep.equal(decimal(v.toString()));
      }),
      { numRuns: 500 },
    );
  });
});
