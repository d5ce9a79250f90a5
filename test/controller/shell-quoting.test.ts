// Every user string that reaches a shell script is quoted so that it cannot break out. Each
// property feeds quotes, $(), backticks, newlines and backslashes into the builder, checks the
// script with `sh -n`, then runs it in a sandbox folder: git, npx, apk and chown are stubs that
// record their arguments (nothing can reach the network), /workspace and /kelos/plugin are
// folders of the sandbox, and a canary file must never appear.
import { expect } from 'chai';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IContainer } from 'kubernetes-models/v1/Container';
import { buildJob, sanitizeFilePath, shellQuote } from '../../controller/index.js';
import { agentConfig, initContainer, restrictedOverrides, task, workspace } from './fixtures.js';

const canary = 'PWNED';
const attacks = [
  `$(touch ${canary})`,
  `\`touch ${canary}\``,
  `'; touch ${canary}; '`,
  `"; touch ${canary}; "`,
  `\n touch ${canary}\n`,
  `\\'$(touch ${canary})\\'`,
  `'"'"'; touch ${canary} #`,
];

/** Strings rich in shell syntax, never holding the sandbox's path prefixes. */
const hostile = fc
  .oneof(
    fc.constantFrom(...attacks),
    fc.string({
      unit: fc.constantFrom(...`'"$()\`\\\n\t ;&|*?{}[]!#~<>%=-ab.:${canary}`.split('')),
      maxLength: 24,
    }),
    fc.string({ maxLength: 12 }),
  )
  .filter((s) => !s.includes('/workspace') && !s.includes('/kelos') && !s.includes('\0'));

const nonEmpty = hostile.filter((s) => s !== '');
/** A name that may be a folder or file name (what the builder accepts for plugins and skills). */
const componentName = nonEmpty.filter((s) => !/[/\\]/.test(s) && s !== '.' && s !== '..');

interface Sandbox {
  readonly root: string;
  /** Runs an init container's `sh -c` script with its args; returns the recorded stub calls. */
  run(container: IContainer, env?: Record<string, string>): string[][];
  path(absolute: string): string;
  /** Empties /workspace/repo and /kelos/plugin, between runs of a property. */
  reset(): void;
  dispose(): void;
}

function sandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'kelos-sh-'));
  const bin = join(root, 'bin');
  mkdirSync(bin);
  const reset = () => {
    for (const dir of ['workspace', 'kelos'])
      rmSync(join(root, dir), { recursive: true, force: true });
    mkdirSync(join(root, 'workspace/repo'), { recursive: true });
    mkdirSync(join(root, 'kelos/plugin'), { recursive: true });
  };
  reset();
  const record = `printf '%s\\0' "$(basename "$0")" "$@" >> "$SANDBOX/calls"; printf '\\036\\0' >> "$SANDBOX/calls"`;
  const stubs: Record<string, string> = {
    // `remote get-url` and `rev-parse` fail, so the scripts take their add / create branches.
    git: `${record}\ncase "$1 $2" in "remote get-url"|"rev-parse --verify") exit 1;; esac\nexit 0`,
    npx: `${record}\nmkdir -p "$HOME/.agents/skills/installed" && echo skill > "$HOME/.agents/skills/installed/SKILL.md"`,
    apk: record,
    chown: record,
  };
  for (const [name, body] of Object.entries(stubs)) {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  }
  const path = (absolute: string) =>
    absolute
      .replaceAll('/workspace', `${root}/workspace`)
      .replaceAll('/kelos/plugin', `${root}/kelos/plugin`);
  return {
    root,
    path,
    reset,
    run(container, env = {}) {
      reset();
      writeFileSync(join(root, 'calls'), '');
      const [sh, flag, script] = container.command ?? ['git'];
      expect([sh, flag]).to.deep.equal(['sh', '-c']);
      const text = path(script!);
      const syntax = spawnSync('sh', ['-n', '-c', text]);
      expect(syntax.status, `sh -n: ${syntax.stderr.toString()}`).to.equal(0);
      const containerEnv = Object.fromEntries(
        (container.env ?? []).map((e) => [e.name, path(e.value ?? 'secret')]),
      );
      const result = spawnSync('sh', ['-c', text, ...(container.args ?? []).map(path)], {
        cwd: root,
        env: { PATH: `${bin}:/usr/bin:/bin`, SANDBOX: root, HOME: root, ...containerEnv, ...env },
      });
      expect(result.status, `script failed: ${result.stderr.toString()}`).to.equal(0);
      expect(existsSync(join(root, canary)), 'the canary file was created').to.equal(false);
      const raw = readFileSync(join(root, 'calls'), 'utf8');
      return raw
        .split('\x1e\0')
        .filter((c) => c !== '')
        .map((c) => c.split('\0').slice(0, -1));
    },
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

const runs = { numRuns: 60 };

describe('shell quoting', function () {
  this.timeout(120_000);
  let box: Sandbox;
  beforeEach(() => (box = sandbox()));
  afterEach(() => box.dispose());

  it('shellQuote gives the shell back exactly the string', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = spawnSync('sh', ['-c', `printf '%s' ${shellQuote(s)}`]);
        expect(out.stdout.toString()).to.equal(s);
      }),
      runs,
    );
  });

  it('remote-setup adds each remote with its exact name and URL', () => {
    fc.assert(
      fc.property(componentName, nonEmpty, (name, url) => {
        fc.pre(name !== 'origin');
        const job = buildJob({
          task: task({ workspaceRef: { name: 'repo' } }),
          workspace: workspace({ remotes: [{ name, url }] }),
        });
        const calls = box.run(initContainer(job, 'remote-setup')!);
        expect(calls).to.deep.include(['git', 'remote', 'add', name, url]);
      }),
      runs,
    );
  });

  it('branch-setup checks out exactly the branch (a variable, never script text)', () => {
    fc.assert(
      fc.property(nonEmpty, fc.boolean(), (branch, secret) => {
        const job = buildJob({
          task: task({ workspaceRef: { name: 'repo' }, branch }),
          workspace: workspace(secret ? { secretRef: { name: 'gh' } } : {}),
        });
        const calls = box.run(initContainer(job, 'branch-setup')!);
        expect(calls.at(-1)).to.deep.equal(['git', 'checkout', '-b', branch]);
        expect(calls[0]!.slice(-2)).to.deep.equal(['origin', `${branch}:${branch}`]);
      }),
      runs,
    );
  });

  it('git-clone with a secret passes the URL and ref through as arguments', () => {
    fc.assert(
      fc.property(nonEmpty, nonEmpty, (repo, ref) => {
        const job = buildJob({
          task: task({ workspaceRef: { name: 'repo' } }),
          workspace: workspace({ repo, ref, secretRef: { name: 'gh' } }),
        });
        const calls = box.run(initContainer(job, 'git-clone')!);
        expect(calls[0]!.slice(5)).to.deep.equal([
          'clone',
          '--branch',
          ref,
          '--no-single-branch',
          '--depth',
          '1',
          '--',
          repo,
          `${box.root}/workspace/repo`,
        ]);
      }),
      runs,
    );
  });

  it('workspace-files writes each file at its clean path with its exact content', () => {
    const segment = componentName.filter((s) => s.length < 40);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 3 }), hostile, (parts, content) => {
        const path = parts.join('/');
        const clean = sanitizeFilePath(path);
        fc.pre('path' in clean);
        const job = buildJob({
          task: task({ workspaceRef: { name: 'repo' } }),
          workspace: workspace({ files: [{ path, content }] }),
        });
        box.run(initContainer(job, 'workspace-files')!);
        if ('path' in clean) {
          expect(readFileSync(join(box.root, 'workspace/repo', clean.path), 'utf8')).to.equal(
            content,
          );
        }
      }),
      runs,
    );
  });

  it('plugin-setup writes skills and agents under their exact names', () => {
    fc.assert(
      fc.property(
        componentName,
        componentName,
        componentName,
        hostile,
        hostile,
        (plugin, skill, agentName, a, b) => {
          const job = buildJob({
            task: task({ agentConfigRef: { name: 'config' } }),
            agentConfigs: [
              agentConfig({
                plugins: [
                  {
                    name: plugin,
                    skills: [{ name: skill, content: a }],
                    agents: [{ name: agentName, content: b }],
                  },
                ],
              }),
            ],
          });
          box.run(initContainer(job, 'plugin-setup')!);
          const root = join(box.root, 'kelos/plugin', plugin);
          expect(readFileSync(join(root, 'skills', skill, 'SKILL.md'), 'utf8')).to.equal(a);
          expect(readFileSync(join(root, 'agents', `${agentName}.md`), 'utf8')).to.equal(b);
        },
      ),
      runs,
    );
  });

  for (const restricted of [false, true]) {
    it(`skills-install passes source and skill exactly (${restricted ? 'restricted' : 'reference'})`, () => {
      fc.assert(
        fc.property(nonEmpty, hostile, (source, skill) => {
          const job = buildJob({
            task: task({
              agentConfigRef: { name: 'config' },
              ...(restricted ? { podOverrides: restrictedOverrides } : {}),
            }),
            agentConfigs: [agentConfig({ skills: [{ source, skill }] })],
          });
          const container = initContainer(job, 'skills-install')!;
          const calls = box.run(container, { HOME: `${box.root}/kelos/plugin` });
          const npx = calls.find((c) => c[0] === 'npx')!;
          expect(npx.slice(1)).to.deep.equal([
            '-y',
            'skills',
            'add',
            source,
            '-a',
            'universal',
            '-y',
            '-g',
            ...(skill ? ['-s', skill] : []),
          ]);
          expect(calls.some((c) => c[0] === 'apk' || c[0] === 'chown')).to.equal(!restricted);
          expect(
            existsSync(join(box.root, 'kelos/plugin/skills-sh/skills/installed/SKILL.md')),
          ).to.equal(true);
          rmSync(join(box.root, 'kelos/plugin/skills-sh'), { recursive: true });
        }),
        runs,
      );
    });
  }
});
