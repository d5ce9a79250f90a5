// Which subcharts take part in a render, and the values they export (Helm's
// ProcessDependenciesWithMerge, chartutil/dependencies.go): dependencies of Chart.yaml matched to
// charts/ by name and version range, copied under their alias, enabled by `tags` then by the first
// boolean `condition` path, disabled ones removed (recursively, each level seeing the coalesced
// values), then `import-values` (`exports.X` strings and child/parent maps) merged into each
// parent's values.
import { sprint, type GoMap, type GoValue } from '../go/index.js';
import type { Chart, Dependency } from './chart.js';
import { coalesceTables, coalesceValues, deepCopy, isTable, table } from './coalesce.js';
import { ChartError, type Warn } from './errors.js';
import { isCompatibleRange } from './semver.js';
import { slogLine } from './helm-log.js';

/** Helm's CheckDependencies: every dependency of Chart.yaml must be present under charts/. */
export function checkDependencies(chart: Chart, major: 3 | 4 = 3): void {
  const missing = (chart.metadata.dependencies ?? [])
    .filter((r) => !chart.dependencies.some((d) => d.metadata.name === r.name))
    .map((r) => r.name);
  if (missing.length > 0) {
    throw new ChartError(
      `${major === 3 ? 'An' : 'an'} error occurred while checking for chart dependencies. You may need to run \`helm dependency build\` to fetch missing dependencies: ` +
        `found in Chart.yaml, but missing in charts/ directory: ${missing.join(', ')}`,
    );
  }
}

/** Removes disabled subcharts and applies import-values, as `helm install` does before rendering. */
export function processDependencies(
  chart: Chart,
  values: GoMap,
  warn: Warn,
  major: 3 | 4 = 3,
): void {
  processEnabled(chart, values, '', warn, major);
  processImportValues(chart, warn, major);
}

// Where Helm 3.17's pkg/chartutil/dependencies.go logs each warning (Helm 3 prints the line).
const site = (line: number): string => `dependencies.go:${line}`;

function aliasCopy(chart: Chart, dep: Dependency): Chart | undefined {
  const found = chart.dependencies.find(
    (c) => c.metadata.name === dep.name && isCompatibleRange(dep.version, c.metadata.version),
  );
  if (found === undefined) return undefined;
  const metadata = { ...found.metadata };
  if (dep.alias !== '') metadata.name = dep.alias;
  const copy: Chart = { ...found, metadata, dependencies: [...found.dependencies] };
  copy.dependencies = found.dependencies.map((d) => ({ ...d, parent: copy }));
  return copy;
}

function pathValue(values: GoMap, path: string): GoValue | undefined {
  const parts = path.split('.');
  const key = parts.pop()!;
  const parent = parts.length === 0 ? values : table(values, parts.join('.'));
  return parent?.get(key);
}

function processEnabled(chart: Chart, v: GoMap, path: string, warn: Warn, major: 3 | 4): void {
  const reqs = chart.metadata.dependencies;
  if (reqs === null) return;
  const deps = chart.dependencies.filter(
    (existing) =>
      !reqs.some(
        (r) =>
          existing.metadata.name === r.name &&
          isCompatibleRange(r.version, existing.metadata.version),
      ),
  );
  for (const req of reqs) {
    const copy = aliasCopy(chart, req);
    if (copy !== undefined) deps.push(copy);
    if (req.alias !== '') req.name = req.alias;
  }
  chart.dependencies = deps;
  for (const r of reqs) r.enabled = true;
  // Helm coalesces here too, and logs what it finds on the way (a subchart with dependencies of
  // its own is coalesced with its parent's whole values, so its warnings name odd paths).
  const cvals = coalesceValues(chart, v, warn);
  processTags(reqs, cvals, warn, major);
  processConditions(reqs, cvals, path, warn, major);
  const off = new Set(reqs.filter((r) => !r.enabled).map((r) => r.name));
  chart.dependencies = chart.dependencies.filter((d) => !off.has(d.metadata.name));
  for (const d of chart.dependencies)
    processEnabled(d, cvals, `${path}${d.metadata.name}.`, warn, major);
  chart.metadata.dependencies = reqs.filter((r) => !off.has(r.name));
}

function processTags(reqs: Dependency[], cvals: GoMap, warn: Warn, major: 3 | 4): void {
  const tags = table(cvals, 'tags');
  if (tags === undefined) return;
  for (const r of reqs) {
    let hasTrue = false;
    let hasFalse = false;
    for (const k of r.tags) {
      const b = tags.get(k);
      if (b === undefined) continue;
      if (typeof b === 'boolean') {
        if (b) hasTrue = true;
        else hasFalse = true;
      } else if (major === 3) {
        warn(`Warning: Tag '${k}' for chart ${r.name} returned non-bool value`, site(94));
      } else {
        warn(
          slogLine('WARN', 'returned non-bool value', [
            ['tag', k],
            ['chart', r.name],
          ]),
        );
      }
    }
    r.enabled = hasTrue || !hasFalse;
  }
}

function processConditions(
  reqs: Dependency[],
  cvals: GoMap,
  path: string,
  warn: Warn,
  major: 3 | 4,
): void {
  for (const r of reqs) {
    for (const c of r.condition.trim().split(',')) {
      if (c === '') continue;
      const v = pathValue(cvals, path + c);
      if (v === undefined) continue;
      if (typeof v === 'boolean') {
        r.enabled = v;
        break;
      }
      if (major === 3) {
        warn(
          `Warning: Condition path '${c}' for chart ${r.name} returned non-bool value`,
          site(63),
        );
      } else {
        warn(
          slogLine('WARN', 'returned non-bool value', [
            ['path', c],
            ['chart', r.name],
          ]),
        );
      }
    }
  }
}

function pathToMap(path: string, data: GoMap): GoMap {
  if (path === '.') return data;
  let cur = data;
  for (const part of path.split('.').reverse()) cur = new Map([[part, cur]]);
  return cur;
}

function processImportValues(chart: Chart, warn: Warn, major: 3 | 4): void {
  for (const d of chart.dependencies) processImportValues(d, warn, major);
  const reqs = chart.metadata.dependencies;
  if (reqs === null) return;
  const cvals = coalesceValues(chart, new Map(), warn, true);
  let b: GoMap = new Map();
  for (const r of reqs) {
    for (const iv of r.importValues) {
      let child: string;
      let parent: string;
      if (isTable(iv as GoValue)) {
        const m = iv as GoMap;
        child = sprint([m.get('child') ?? null]);
        parent = sprint([m.get('parent') ?? null]);
      } else if (typeof iv === 'string') {
        child = `exports.${iv}`;
        parent = '.';
      } else continue;
      const vv = table(cvals, `${r.name}.${child}`);
      if (vv === undefined) {
        const why = `no table named "${child}"`;
        if (major === 3) {
          warn(`Warning: ImportValues missing table from chart ${r.name}: ${why}`, site(269));
        } else {
          warn(
            slogLine('WARN', 'ImportValues missing table from chart', [
              ['chart', r.name],
              ['error', why],
            ]),
          );
        }
        continue;
      }
      b = coalesceTables(warn, b, pathToMap(parent, deepCopy(vv)), '', true);
    }
  }
  chart.values = coalesceTables(warn, deepCopy(cvals), b, '', true);
}
