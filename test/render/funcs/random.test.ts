// The random source of the rand… functions, uuidv4, randInt and shuffle (render/funcs/random.ts):
// bytes from /dev/urandom, uniform integers below a bound, version 4 UUIDs; and none of them, nor
// a short sha256sum, loads node:crypto (checked in a process of its own, as kelosctl runs).
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { randomBelow, randomBytes, randomInt, randomUUID } from '../../../render/funcs/random.js';

describe('random values without node:crypto', function () {
  it('gives as many bytes as asked, from the pool and straight from the device', function () {
    for (const n of [0, 1, 255, 256, 257, 1000, 5000]) expect(randomBytes(n)).to.have.length(n);
    expect(Buffer.from(randomBytes(32)).equals(Buffer.from(randomBytes(32)))).to.equal(false);
  });

  it('gives every byte value about equally often', function () {
    const counts = new Array<number>(256).fill(0);
    for (const b of randomBytes(256 * 400)) counts[b]!++;
    // 400 expected each; a count outside 250–550 has a probability below 1e-12.
    expect(Math.min(...counts)).to.be.above(250);
    expect(Math.max(...counts)).to.be.below(550);
  });

  it('draws integers below the bound, all of them, about equally often', function () {
    expect(randomInt(1)).to.equal(0);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[randomInt(3)]!++;
    for (const c of counts) expect(c).to.be.within(9_000, 11_000);
    for (const bound of [2, 62, 2 ** 32 + 1, 2 ** 48]) {
      for (let i = 0; i < 200; i++) expect(randomInt(bound)).to.be.within(0, bound - 1);
    }
    // The top half of a large bound is reached (probability 2^-200 of missing it).
    expect([...Array(200)].some(() => randomInt(2 ** 48) >= 2 ** 47)).to.equal(true);
  });

  it('refuses bounds it cannot draw below', function () {
    for (const bad of [0, -1, 1.5, 2 ** 48 + 1, Number.NaN]) {
      expect(() => randomInt(bad), String(bad)).to.throw(RangeError);
    }
    for (const bad of [0n, -1n, (1n << 64n) + 1n]) {
      expect(() => randomBelow(bad), String(bad)).to.throw(RangeError);
    }
  });

  it('draws big integers below bounds up to 2^64', function () {
    expect(randomBelow(1n)).to.equal(0n);
    for (const bound of [10n ** 15n, 1n << 63n, 1n << 64n]) {
      const draws = Array.from({ length: 100 }, () => randomBelow(bound));
      for (const x of draws) expect(x >= 0n && x < bound, `${x} < ${bound}`).to.equal(true);
      expect(draws.some((x) => x >= bound / 2n)).to.equal(true);
    }
  });

  it('makes version 4 UUIDs, each different', function () {
    const ids = Array.from({ length: 100 }, randomUUID);
    for (const id of ids) {
      expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(ids).size).to.equal(100);
  });

  it('leaves node:crypto unloaded for random values and short hashes', function () {
    this.timeout(60_000);
    const funcs = new URL('../../../render/funcs/index.ts', import.meta.url).pathname;
    const template = new URL('../../../render/template/index.ts', import.meta.url).pathname;
    const crypto = new URL('../../../render/funcs/node-crypto.ts', import.meta.url).pathname;
    const text = [
      '{{ randAlphaNum 16 }} {{ randAlpha 3 }} {{ randNumeric 4 }} {{ randAscii 5 }}',
      '{{ uuidv4 }} {{ randBytes 300 }} {{ randInt 0 1000000000000000 }} {{ shuffle "abc" }}',
      '{{ sha256sum "config" }} {{ sha1sum "config" }}',
    ].join('\n');
    const script = `import { helmFuncMap } from ${JSON.stringify(funcs)};
import { TemplateSet } from ${JSON.stringify(template)};
import { nodeCryptoLoaded } from ${JSON.stringify(crypto)};
const set = new TemplateSet({ funcs: helmFuncMap(4) });
set.parse('t', ${JSON.stringify(text)});
const out = set.execute('t', null);
process.stdout.write(JSON.stringify({ lines: out.split('\\n').length, loaded: nodeCryptoLoaded() }));`;
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stderr).to.equal('');
    expect(JSON.parse(r.stdout)).to.deep.equal({ lines: 3, loaded: false });
  });
});
