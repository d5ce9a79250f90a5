// `npm run release -- --version X.Y.Z [--dry-run] [--out DIR]`: everything a release publishes,
// in dist/ (or DIR): the packaged chart kelos-X.Y.Z.tgz (the same bytes from the same sources),
// install.yaml and install-crd.yaml rendered from that archive by our renderer, SHA256SUMS, and
// RELEASE_NOTES.md. Refuses to run on a dirty tree or with stale generated files unless --dry-run.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { contentDocuments, splitDocuments } from '../render/index.js';
import { renderInstallManifest } from '../render/chart/index.js';
import { releaseNotes } from './release/notes.js';
import { staleGeneratedFiles } from './release/stale.js';
import { stageChart } from './release/stage-chart.js';
import { reproducibleTarGz } from './release/tar.js';

const root = new URL('..', import.meta.url).pathname;

function fail(message: string): never {
  process.stderr.write(`release: ${message}\n`);
  process.exit(1);
}

const { values } = parseArgs({
  options: { version: { type: 'string' }, 'dry-run': { type: 'boolean' }, out: { type: 'string' } },
  strict: true,
});
const version = values.version ?? fail('--version X.Y.Z is required');
if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) {
  fail(`--version must be a semantic version such as 1.2.3, not ${JSON.stringify(version)}`);
}
const dryRun = values['dry-run'] === true;
const out = resolve(values.out ?? join(root, 'dist'));
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });

if (!dryRun && git('status', '--porcelain') !== '') {
  fail('the working tree has uncommitted changes (commit them, or use --dry-run)');
}
const stale = await staleGeneratedFiles(root);
if (stale.length > 0 && !dryRun) {
  fail(`generated files are stale (run npm run gen): ${stale.join(', ')}`);
}

// The archive's time stamps are the last commit's, so two runs on one commit agree to the byte.
const mtime = Number(process.env['SOURCE_DATE_EPOCH'] ?? git('log', '-1', '--format=%ct').trim());
mkdirSync(out, { recursive: true });
const artifacts = new Map<string, Buffer>();
const chartArchive = `kelos-${version}.tgz`;
artifacts.set(
  chartArchive,
  reproducibleTarGz(stageChart(join(root, 'chart/kelos'), 'kelos', version), mtime),
);
writeFileSync(join(out, chartArchive), artifacts.get(chartArchive)!);

const install = renderInstallManifest({
  chart: join(out, chartArchive),
  releaseName: 'kelos',
  namespace: 'kelos-system',
  helmMajor: 3,
});
artifacts.set('install.yaml', Buffer.from(install));
const crdDocuments = contentDocuments(splitDocuments(install, { file: 'install.yaml' })).filter(
  (d) => (parse(d.text) as { kind?: string } | null)?.kind === 'CustomResourceDefinition',
);
artifacts.set('install-crd.yaml', Buffer.from(crdDocuments.map((d) => `---\n${d.text}`).join('')));
artifacts.set('RELEASE_NOTES.md', Buffer.from(releaseNotes(root, version)));

const sums = [...artifacts]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([name, data]) => `${createHash('sha256').update(data).digest('hex')}  ${name}\n`)
  .join('');
artifacts.set('SHA256SUMS', Buffer.from(sums));
for (const [name, data] of artifacts) {
  writeFileSync(join(out, name), data);
}
process.stderr.write(
  `release v${version}${dryRun ? ' (dry run)' : ''}: ${[...artifacts.keys()].join(', ')} in ${out}\n` +
    (stale.length > 0
      ? `warning: stale generated files (a dry run goes on): ${stale.join(', ')}\n`
      : ''),
);
