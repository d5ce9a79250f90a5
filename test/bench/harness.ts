// The benchmark harness behind `npm run bench`. Each benchmark names a subject (our code) and the
// comparisons it is judged against (the oracle, a baseline); they run interleaved, round by round,
// in the same process, so machine noise falls on all of them alike. Medians are reported, with
// each contender's median as a multiple of the benchmark's reference contender.

/** One way of doing the benchmark's work. */
export interface Contender {
  readonly name: string;
  readonly run: () => unknown;
  /** Timed runs for this contender, when it is too slow for the benchmark's default. */
  readonly runs?: number;
}

/** A claim the benchmark checks and prints (never a test: benchmarks do not fail CI). */
export type Target =
  | { readonly kind: 'throughput'; readonly contender: string; readonly minMBps: number }
  | {
      readonly kind: 'speedup';
      readonly contender: string;
      readonly over: string;
      readonly min: number;
    }
  | {
      readonly kind: 'ratio';
      readonly contender: string;
      readonly over: string;
      readonly max: number;
    }
  | { readonly kind: 'time'; readonly contender: string; readonly maxMs: number };

/** A benchmark: contenders doing the same work, measured side by side. */
export interface Benchmark {
  readonly name: string;
  readonly description: string;
  /** Bytes processed by one run; when set, throughput is reported in MB/s (10^6 bytes). */
  readonly bytes?: number;
  /** Operations done by one run, and their name; when set, they are reported per second. */
  readonly operations?: { readonly count: number; readonly unit: string };
  readonly runs: number;
  readonly warmup: number;
  readonly contenders: readonly Contender[];
  /** The contender the ratio column divides by. */
  readonly reference: string;
  readonly targets?: readonly Target[];
}

/** The measured medians of one benchmark, in milliseconds, by contender name. */
export type Medians = ReadonlyMap<string, number>;

/** Runs a benchmark and returns the median wall time of each contender. */
export async function measure(bench: Benchmark): Promise<Medians> {
  const samples = new Map<string, number[]>(bench.contenders.map((c) => [c.name, []]));
  for (let round = 0; round < bench.warmup; round++) {
    for (const c of bench.contenders) {
      await c.run();
    }
  }
  const rounds = Math.max(...bench.contenders.map((c) => c.runs ?? bench.runs));
  for (let round = 0; round < rounds; round++) {
    for (const c of bench.contenders) {
      if (round >= (c.runs ?? bench.runs)) {
        continue;
      }
      const start = performance.now();
      await c.run();
      samples.get(c.name)!.push(performance.now() - start);
    }
  }
  return new Map([...samples].map(([name, times]) => [name, median(times)]));
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A table of medians, throughputs and ratios, followed by each target and whether it was met. */
export function report(bench: Benchmark, medians: Medians): string {
  const reference = medians.get(bench.reference);
  if (reference === undefined) {
    throw new Error(`${bench.name}: reference contender ${bench.reference} was not measured`);
  }
  const rows = bench.contenders.map((c) => {
    const ms = medians.get(c.name)!;
    return [
      c.name,
      `${ms.toFixed(ms < 10 ? 2 : 1)} ms`,
      bench.bytes === undefined ? '' : `${throughput(bench.bytes, ms).toFixed(0)} MB/s`,
      bench.operations === undefined
        ? ''
        : `${Math.round(bench.operations.count / (ms / 1000)).toLocaleString('en-US')}/s`,
      `${(ms / reference).toFixed(ms / reference < 0.01 ? 4 : 2)}×`,
      `${c.runs ?? bench.runs}`,
    ];
  });
  const header = [
    'contender',
    'median',
    bench.bytes === undefined ? '' : 'throughput',
    bench.operations === undefined ? '' : bench.operations.unit,
    `× ${bench.reference}`,
    'runs',
  ];
  const lines = [`${bench.name}: ${bench.description}`, ...table([header, ...rows])];
  for (const target of bench.targets ?? []) {
    lines.push(describeTarget(bench, medians, target));
  }
  return lines.join('\n');
}

function throughput(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

function describeTarget(bench: Benchmark, medians: Medians, target: Target): string {
  const ms = medians.get(target.contender)!;
  switch (target.kind) {
    case 'throughput': {
      const got = throughput(bench.bytes ?? 0, ms);
      return verdict(
        got >= target.minMBps,
        `${target.contender}: ${got.toFixed(0)} MB/s, target ≥ ${target.minMBps} MB/s`,
      );
    }
    case 'speedup': {
      const got = medians.get(target.over)! / ms;
      return verdict(
        got >= target.min,
        `${target.contender} is ${got.toFixed(1)}× faster than ${target.over}, target ≥ ${target.min}×`,
      );
    }
    case 'time':
      return verdict(
        ms <= target.maxMs,
        `${target.contender}: ${ms.toFixed(0)} ms, target ≤ ${target.maxMs} ms`,
      );
    case 'ratio': {
      const got = ms / medians.get(target.over)!;
      return verdict(
        got <= target.max,
        `${target.contender} takes ${got.toFixed(2)}× the time of ${target.over}, target ≤ ${target.max}×`,
      );
    }
  }
}

function verdict(met: boolean, text: string): string {
  return `  ${met ? 'met' : 'MISSED'}: ${text}`;
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) =>
    `  ${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')}`.trimEnd(),
  );
}
