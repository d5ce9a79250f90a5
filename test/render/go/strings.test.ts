// Go strings as bytes (render/go/strings.ts): goString keeps every byte that is not part of
// valid UTF-8, utf8Bytes gives exactly the bytes back, and the bytes kept are those Go's
// utf8.DecodeRune calls invalid, one at a time.
import { expect } from 'chai';
import { goString, quote, utf8Bytes } from '../../../render/go/index.js';
import { random } from '../../support/random.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const kept = (b: number): string => String.fromCharCode(0xdc00 + b);

describe('Go strings as bytes', () => {
  // Bytes, and the string goString makes of them.
  const cases: [string, Uint8Array, string][] = [
    ['ASCII', bytes(0x61, 0x62), 'ab'],
    ['valid multi-byte UTF-8', bytes(0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80), 'é😀'],
    ['a lone byte above 0x7f', bytes(0x61, 0xff, 0x62), `a${kept(0xff)}b`],
    ['a stray continuation byte', bytes(0x80), kept(0x80)],
    ['an overlong /', bytes(0xc0, 0xaf), kept(0xc0) + kept(0xaf)],
    ['an encoded surrogate', bytes(0xed, 0xa0, 0x80), kept(0xed) + kept(0xa0) + kept(0x80)],
    ['a cut four-byte sequence', bytes(0xf0, 0x9f, 0x98), kept(0xf0) + kept(0x9f) + kept(0x98)],
    ['a cut sequence before ASCII', bytes(0xe2, 0x82, 0x41), `${kept(0xe2)}${kept(0x82)}A`],
    ['above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), [0xf4, 0x90, 0x80, 0x80].map(kept).join('')],
    ['a cut é between valid text', bytes(0x68, 0xc3, 0x6c), `h${kept(0xc3)}l`],
  ];
  for (const [name, input, text] of cases) {
    it(`${name}: kept as Go keeps it, and given back`, () => {
      expect(goString(input)).to.equal(text);
      expect([...utf8Bytes(text)]).to.deep.equal([...input]);
    });
  }

  it('gives back every byte of random byte strings', () => {
    const next = random(7);
    for (let n = 0; n < 2000; n++) {
      const b = Uint8Array.from({ length: Math.floor(next() * 24) }, () =>
        // Mostly high bytes, so that valid and invalid sequences mix.
        next() < 0.3 ? Math.floor(next() * 0x80) : 0x80 + Math.floor(next() * 0x80),
      );
      expect([...utf8Bytes(goString(b))], `bytes ${[...b]}`).to.deep.equal([...b]);
    }
  });

  it('leaves the low half of a real surrogate pair alone', () => {
    // U+10080 is D800 DC80 in UTF-16: its low half is in the kept-byte range, but paired.
    expect([...utf8Bytes('\u{10080}')]).to.deep.equal([0xf0, 0x90, 0x82, 0x80]);
  });

  it('quotes a kept byte as Go quotes an invalid byte', () => {
    expect(quote(goString(bytes(0x61, 0xff, 0xc3, 0xa9)))).to.equal('"a\\xffé"');
  });
});
