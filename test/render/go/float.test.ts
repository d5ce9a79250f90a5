import { sprintf } from '../../../render/go/fmt.js';

import { describeOracle, expectGoldens, goExpr, type OracleCase } from './oracle.js';

// Random floats printed by Helm in one batch, against our strconv port: shortest %v digits (which
// we take from JS) and fixed precisions (which we round on the exact binary value, half to even).
// The generator is seeded, so the cases, and therefore the goldens, are the same on every run.

interface FloatCase extends OracleCase {
  readonly format: string;
  readonly value: number;
}

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomFloat(next: () => number, kind: number): number {
  const view = new DataView(new ArrayBuffer(8));
  switch (kind) {
    case 0: // any finite bit pattern
      do {
        view.setUint32(0, Math.floor(next() * 2 ** 32));
        view.setUint32(4, Math.floor(next() * 2 ** 32));
      } while (!Number.isFinite(view.getFloat64(0)));
      return view.getFloat64(0);
    case 1: // a short decimal such as values files hold
      return (
        Math.round((next() - 0.5) * 10 ** Math.floor(next() * 12)) / 10 ** Math.floor(next() * 8)
      );
    case 2: // an exact tie at some precision: k / 2^n
      return Math.floor(next() * 2 ** 20) / 2 ** Math.floor(next() * 12);
    default: // an integer around the %v exponent thresholds
      return Math.floor(next() * 10 ** Math.floor(next() * 22));
  }
}

function floatCases(): FloatCase[] {
  const next = prng(20261125);
  const verbs = ['e', 'f', 'g', 'E', 'G', 'x'];
  const cases: FloatCase[] = [];
  for (let k = 0; k < 800; k++) {
    const value = randomFloat(next, k % 4);
    const verb = verbs[Math.floor(next() * verbs.length)]!;
    const format = `%v %.${Math.floor(next() * 20)}${verb} %${verb}`;
    const template = `printf "${format}" ${[1, 2, 3].map(() => goExpr(value)).join(' ')}`;
    cases.push({ name: `r${k}`, template, format, value });
  }
  return cases;
}

describe('Go float formatting on random floats (render/go/format-float.ts)', () => {
  const cases = floatCases();
  it(`prints ${cases.length} random floats with %v, a random precision and default precision as Helm does`, () => {
    expectGoldens('float-random', cases, (k) => {
      const c = cases[k]!;
      return sprintf(c.format, [c.value, c.value, c.value]);
    });
  });
});

describeOracle('float-random', floatCases);
