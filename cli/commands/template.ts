import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseFlags } from '../flags.js';
import { ChartError, helmTemplate, renderInstallManifest } from '../../render/chart/index.js';
import type { TemplateOptions, TemplateResult } from '../../render/chart/index.js';
import { serveDeepStack, withDeepStack } from '../deep-stack.js';
import { utf8Bytes } from '../../render/go/strings.js';

const list = { type: 'string', multiple: true } as const;

// pflag's StringSlice flags (-f, --api-versions) split each occurrence on commas.
const slice = (values: readonly string[] | undefined): string[] =>
  (values ?? []).flatMap((v) => v.split(','));

interface RenderJob {
  readonly options: TemplateOptions;
  readonly installManifest: boolean;
}

// The render itself: the install manifest's text, or helm template's result.
function render(job: RenderJob): string | TemplateResult {
  return job.installManifest ? renderInstallManifest(job.options) : helmTemplate(job.options);
}

// When this module is loaded by a deep-stack worker, it renders there (cli/deep-stack.ts).
serveDeepStack(render);

/** `kelosctl template [NAME] CHART`: `helm template` of Helm 3 or 4, byte for byte, without Helm. */
export const templateCommand: Command = {
  async run(args, io) {
    const { values, positionals } = parseFlags('template', args, {
      options: {
        values: { ...list, short: 'f' },
        set: list,
        'set-string': list,
        'set-json': list,
        'set-file': list,
        'set-literal': list,
        namespace: { type: 'string', short: 'n' },
        'include-crds': { type: 'boolean' },
        'skip-crds': { type: 'boolean' },
        'show-only': { ...list, short: 's' },
        'kube-version': { type: 'string' },
        'api-versions': { ...list, short: 'a' },
        'is-upgrade': { type: 'boolean' },
        'no-hooks': { type: 'boolean' },
        'skip-tests': { type: 'boolean' },
        'output-dir': { type: 'string' },
        'release-name': { type: 'boolean' },
        'helm-major': { type: 'string' },
        'install-manifest': { type: 'boolean' },
      },
      positionals: { min: 1, max: 2 },
    });
    const major = values['helm-major'] ?? '3';
    if (major !== '3' && major !== '4') {
      throw new UsageError(
        `invalid argument "${major}" for "--helm-major": must be 3 or 4`,
        'template',
      );
    }
    const chart = positionals.length === 2 ? positionals[1]! : positionals[0]!;
    const options: TemplateOptions = {
      chart,
      helmMajor: major === '3' ? 3 : 4,
      ...(positionals.length === 2 ? { releaseName: positionals[0]! } : {}),
      ...(values.namespace === undefined ? {} : { namespace: values.namespace }),
      valueFiles: slice(values.values),
      values: values.set ?? [],
      stringValues: values['set-string'] ?? [],
      jsonValues: values['set-json'] ?? [],
      fileValues: values['set-file'] ?? [],
      literalValues: values['set-literal'] ?? [],
      includeCrds: values['include-crds'] === true,
      noHooks: values['no-hooks'] === true,
      skipTests: values['skip-tests'] === true,
      isUpgrade: values['is-upgrade'] === true,
      ...(values['kube-version'] === undefined ? {} : { kubeVersion: values['kube-version'] }),
      apiVersions: slice(values['api-versions']),
      showOnly: values['show-only'] ?? [],
      ...(values['output-dir'] === undefined ? {} : { outputDir: values['output-dir'] }),
      useReleaseName: values['release-name'] === true,
    };
    try {
      const job: RenderJob = { options, installManifest: values['install-manifest'] === true };
      const done = await withDeepStack(() => import.meta.url, job, render);
      if (typeof done === 'string') {
        io.stdout(done);
        return 0;
      }
      const result = done;
      for (const w of result.warnings) io.stderr(`${w}\n`);
      for (const [path, text] of result.files) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, utf8Bytes(text));
      }
      io.stdout(result.stdout);
      return 0;
    } catch (e) {
      if (!(e instanceof ChartError)) throw e;
      for (const w of e.warnings) io.stderr(`${w}\n`);
      // Helm's template command adds its --debug hint when the failure came after the release.
      const hint = e.debugHint ? '\n\nUse --debug flag to render out invalid YAML' : '';
      io.stderr(`Error: ${e.message}${hint}\n`);
      return 1;
    }
  },
};
