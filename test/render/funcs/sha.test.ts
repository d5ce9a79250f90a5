// sha1sum and sha256sum hash short inputs in JavaScript (render/funcs/sha.ts) and long ones, or
// any once a budget is spent, with node:crypto: both must give node:crypto's digests, at every
// length around the padding boundaries (55/56 and 63/64 bytes in a block) and beyond.
import { expect } from 'chai';
import { createHash, randomBytes } from 'node:crypto';
import { sha1Hex, sha1Js, sha256Hex, sha256Js, nativeFrom } from '../../../render/funcs/sha.js';

const native = (algo: string, b: Uint8Array): string => createHash(algo).update(b).digest('hex');

describe('SHA-1 and SHA-256 in JavaScript', function () {
  const data = randomBytes(3 * nativeFrom);
  const lengths = [
    ...Array.from({ length: 200 }, (_, i) => i),
    ...[447, 448, 511, 512, 1000, 4095, 4096, 4097, 10_000],
  ];

  it('gives node:crypto’s digests at every length up to 200 bytes and at block edges', function () {
    for (const n of lengths) {
      const b = data.subarray(7, 7 + n);
      expect(sha256Js(b), `sha256, ${n} bytes`).to.equal(native('sha256', b));
      expect(sha1Js(b), `sha1, ${n} bytes`).to.equal(native('sha1', b));
    }
  });

  it('gives them for bytes with the high bit set and for all zeros', function () {
    for (const b of [new Uint8Array(100).fill(0xff), new Uint8Array(64), Uint8Array.of(0x80)]) {
      expect(sha256Js(b)).to.equal(native('sha256', b));
      expect(sha1Js(b)).to.equal(native('sha1', b));
    }
  });

  it('gives the same digests whichever way an input goes', function () {
    // Short inputs until the budget is spent, then node:crypto; long ones always node:crypto.
    for (let i = 0; i < 20; i++) {
      for (const n of [1000, nativeFrom - 1, nativeFrom, 2 * nativeFrom]) {
        const b = data.subarray(i, i + n);
        expect(sha256Hex(b)).to.equal(native('sha256', b));
        expect(sha1Hex(b)).to.equal(native('sha1', b));
      }
    }
  });
});
