// Reading a chart folder: files are read as text when they are valid UTF-8, and as bytes when
// they are not, and either way a file's bytes and text are exactly what is on disk, less one
// leading byte order mark (Helm's loader drops it).
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileText, loadChart } from '../../../render/chart/index.js';
import { goString } from '../../../render/go/index.js';

const bom = [0xef, 0xbb, 0xbf];
const utf8 = (s: string): number[] => [...Buffer.from(s, 'utf8')];

// File contents on disk, and the bytes the chart must hold for them.
const cases: [string, number[], number[]][] = [
  ['plain text', utf8('a: 1\n'), utf8('a: 1\n')],
  ['text with a byte order mark', [...bom, ...utf8('é\n')], utf8('é\n')],
  ['two byte order marks', [...bom, ...bom, 0x41], [...bom, 0x41]],
  ['a literal U+FFFD', utf8('x\uFFFDy'), utf8('x\uFFFDy')],
  ['invalid UTF-8', [0x41, 0xff, 0xc3, 0x42], [0x41, 0xff, 0xc3, 0x42]],
  ['invalid UTF-8 after a byte order mark', [...bom, 0x80], [0x80]],
  ['empty', [], []],
];

describe('loading a chart folder', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'kelos-load-'));
    mkdirSync(join(dir, 'templates'));
    mkdirSync(join(dir, 'files'));
    writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: files\nversion: 0.1.0\n');
    cases.forEach(([, onDisk], i) => {
      writeFileSync(join(dir, 'files', `f${i}`), Uint8Array.from(onDisk));
      writeFileSync(join(dir, 'templates', `t${i}.yaml`), Uint8Array.from(onDisk));
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  cases.forEach(([name, , held], i) => {
    it(`${name}: the bytes and the text are what is on disk`, () => {
      const chart = loadChart(dir);
      const file = chart.files.find((f) => f.name === `files/f${i}`)!;
      const template = chart.templates.find((f) => f.name === `templates/t${i}.yaml`)!;
      for (const f of [file, template]) {
        expect([...f.data]).to.deep.equal(held);
        expect(fileText(f)).to.equal(goString(Uint8Array.from(held)));
      }
    });
  });
});
