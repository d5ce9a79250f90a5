// Sprig's conversions: atoi (strconv.Atoi, errors ignored: 0, or the clamped value when out of
// range), int / int64 / float64 (spf13/cast), toString (strval), toDecimal (an octal string).
// Pinned by test/render/funcs/conversion.test.ts and the conversion golden chart.
import { sprint } from '../go/index.js';
import { strval, toFloat64, toInt64 } from './cast.js';
import { def, funcMap, int, int64, t, type FuncMap } from './func.js';
import { parseInt64 } from './strconv.js';

function atoi(s: string): bigint {
  const r = parseInt64(s, 10);
  if (r === 'syntax') return 0n;
  if (r === 'range') return s.startsWith('-') ? -(1n << 63n) : (1n << 63n) - 1n;
  return r;
}

/** The conversion family (toJson, toYaml and the like are in data-formats.ts). */
export function conversionFuncs(): FuncMap {
  const any = t.any;
  return funcMap([
    def('atoi', [t.string], t.int, (s) => int(atoi(s as string))),
    def('int', [any], t.int, (v) => int(toInt64(v!))),
    def('int64', [any], t.int64, (v) => int64(toInt64(v!))),
    def('float64', [any], t.float64, (v) => toFloat64(v!)),
    def('toString', [any], t.string, (v) => strval(v!)),
    def('toDecimal', [any], t.int64, (v) => {
      const r = parseInt64(sprint([v!]), 8);
      return int64(typeof r === 'bigint' ? r : 0n);
    }),
  ]);
}
