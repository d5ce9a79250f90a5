import { expect } from 'chai';
import { buildJob, mergeAgentConfigs } from '../../controller/index.js';
import type { AgentConfig } from '../../api/index.js';
import { agent, agentConfig, envMap, initContainer, initNames, podSpec, task } from './fixtures.js';

const withConfigs = (configs: AgentConfig[], refs = configs.map((c) => c.metadata!.name!)) =>
  buildJob({
    task: task(
      refs.length === 1
        ? { agentConfigRef: { name: refs[0]! } }
        : { agentConfigRefs: refs.map((name) => ({ name })) },
    ),
    agentConfigs: configs,
  });

describe('buildJob: AgentConfig', () => {
  it('agentsMD becomes KELOS_AGENTS_MD; no volume without plugins or skills', () => {
    const job = withConfigs([agentConfig({ agentsMD: '# Rules' })]);
    expect(envMap(agent(job))['KELOS_AGENTS_MD']).to.equal('# Rules');
    expect(podSpec(job).volumes).to.equal(undefined);
    expect(initNames(job)).to.deep.equal([]);
  });

  it('plugins: the kelos-plugin volume, KELOS_PLUGIN_DIR, plugin-setup writing each file', () => {
    const job = withConfigs([
      agentConfig({
        plugins: [
          {
            name: 'review',
            skills: [{ name: 'lint', content: 'L' }],
            agents: [{ name: 'critic', content: 'C' }],
          },
        ],
      }),
    ]);
    expect(podSpec(job).volumes).to.deep.equal([{ name: 'kelos-plugin', emptyDir: {} }]);
    expect(agent(job).volumeMounts).to.deep.equal([
      { name: 'kelos-plugin', mountPath: '/kelos/plugin' },
    ]);
    expect(envMap(agent(job))['KELOS_PLUGIN_DIR']).to.equal('/kelos/plugin');
    const setup = initContainer(job, 'plugin-setup')!;
    expect(setup).to.include({ image: 'alpine/git:v2.47.2' });
    expect(setup.securityContext).to.deep.equal({ runAsUser: 61100 });
    expect(setup.command![2]).to.equal(
      [
        'set -eu',
        "mkdir -p '/kelos/plugin/review/skills/lint'",
        "printf '%s' 'TA==' | base64 -d > '/kelos/plugin/review/skills/lint/SKILL.md'",
        "mkdir -p '/kelos/plugin/review/agents'",
        "printf '%s' 'Qw==' | base64 -d > '/kelos/plugin/review/agents/critic.md'",
      ].join('\n'),
    );
  });

  it('skills: skills-install as root in Node Alpine, into the skills-sh plugin', () => {
    const job = withConfigs([
      agentConfig({ skills: [{ source: 'vercel-labs/agent-skills', skill: 'react' }] }),
    ]);
    const install = initContainer(job, 'skills-install')!;
    expect(install).to.include({ image: 'node:22.14.0-alpine' });
    expect(install.securityContext).to.equal(undefined);
    expect(install.env).to.deep.equal([{ name: 'HOME', value: '/kelos/plugin' }]);
    const script = install.command![2]!;
    expect(script).to.include('apk add --no-cache git');
    expect(script).to.include(
      "npx -y skills add 'vercel-labs/agent-skills' -a universal -y -g -s 'react'",
    );
    expect(script).to.include(
      "mv '/kelos/plugin/.agents/skills'/* '/kelos/plugin/skills-sh/skills'/",
    );
    expect(script).to.include("chown -R 61100:61100 '/kelos/plugin'");
  });

  it('plugins then skills: plugin-setup before skills-install, one volume', () => {
    const job = withConfigs([
      agentConfig({ plugins: [{ name: 'p' }], skills: [{ source: 'o/r' }] }),
    ]);
    expect(initNames(job)).to.deep.equal(['plugin-setup', 'skills-install']);
    expect(podSpec(job).volumes).to.have.length(1);
  });

  it('MCP servers as the reference JSON: sorted, empty fields left out, HTML-escaped', () => {
    const job = withConfigs([
      agentConfig({
        mcpServers: [
          {
            name: 'web',
            type: 'http',
            url: 'https://mcp.example/?a=1&b=<2>',
            headers: { b: '2', a: '1' },
          },
          {
            name: 'fs',
            type: 'stdio',
            command: 'npx',
            args: ['-y', 'server'],
            env: { ROOT: '/w' },
          },
        ],
      }),
    ]);
    expect(envMap(agent(job))['KELOS_MCP_SERVERS']).to.equal(
      '{"mcpServers":{"fs":{"type":"stdio","command":"npx","args":["-y","server"],"env":{"ROOT":"/w"}},' +
        '"web":{"type":"http","url":"https://mcp.example/?a=1\\u0026b=\\u003c2\\u003e","headers":{"a":"1","b":"2"}}}}',
    );
  });

  it('MCP headersFrom and envFrom are resolved from the given Secret data, winning over inline', () => {
    const job = buildJob({
      task: task({ agentConfigRef: { name: 'config' } }),
      agentConfigs: [
        agentConfig({
          mcpServers: [
            {
              name: 'a',
              type: 'http',
              url: 'u',
              headers: { X: 'inline', Y: 'y' },
              headersFrom: { secretRef: { name: 'h' } },
            },
            { name: 'b', type: 'stdio', command: 'c', envFrom: { secretRef: { name: 'e' } } },
          ],
        }),
      ],
      secrets: { h: { X: 'secret' }, e: { TOKEN: 't' } },
    });
    const json = JSON.parse(envMap(agent(job))['KELOS_MCP_SERVERS']!);
    expect(json.mcpServers.a.headers).to.deep.equal({ X: 'secret', Y: 'y' });
    expect(json.mcpServers.b.env).to.deep.equal({ TOKEN: 't' });
  });

  const errors: [string, AgentConfig, string][] = [
    [
      'a plugin name with a slash',
      agentConfig({ plugins: [{ name: 'a/b' }] }),
      'spec.plugins[0].name: "a/b" must not contain path separators',
    ],
    [
      'a skill named ..',
      agentConfig({ plugins: [{ name: 'p', skills: [{ name: '..', content: '' }] }] }),
      'spec.plugins[0].skills[0].name: ".." is a path traversal',
    ],
    [
      'an agent with a backslash',
      agentConfig({ plugins: [{ name: 'p', agents: [{ name: 'a\\b', content: '' }] }] }),
      'spec.plugins[0].agents[0].name: "a\\b" must not contain path separators',
    ],
    [
      'an empty skills source',
      agentConfig({ skills: [{ source: '' }] }),
      'spec.skills[0].source: skills.sh source is empty',
    ],
    [
      'an empty MCP name',
      agentConfig({ mcpServers: [{ name: '', type: 'stdio' }] }),
      'spec.mcpServers[0].name: must not be empty',
    ],
    [
      'a repeated MCP name',
      agentConfig({
        mcpServers: [
          { name: 'x', type: 'stdio' },
          { name: 'x', type: 'sse' },
        ],
      }),
      'spec.mcpServers[1].name: duplicate MCP server name "x"',
    ],
    [
      'an MCP secret not given',
      agentConfig({
        mcpServers: [{ name: 'x', type: 'sse', headersFrom: { secretRef: { name: 's' } } }],
      }),
      'spec.mcpServers[0].headersFrom.secretRef.name: Secret "s" was not given',
    ],
    [
      'a plugin named skills-sh beside skills',
      agentConfig({ plugins: [{ name: 'skills-sh' }], skills: [{ source: 'o/r' }] }),
      'spec.plugins[0].name: "skills-sh" is reserved for skills.sh packages when skills are set',
    ],
  ];
  for (const [name, config, message] of errors) {
    it(`refuses ${name}`, () => {
      expect(() => withConfigs([config])).to.throw(`AgentConfig/config: ${message}`);
    });
  }

  it('refuses an AgentConfig not given, and one not named', () => {
    expect(() => withConfigs([], ['missing'])).to.throw(
      /spec\.agentConfigRef\.name: AgentConfig "missing" was not given/,
    );
    expect(() => buildJob({ task: task(), agentConfigs: [agentConfig({})] })).to.throw(
      /AgentConfig\/config: metadata\.name: is not named by the Task/,
    );
  });
});

describe('mergeAgentConfigs (agentConfigRefs)', () => {
  it('joins agentsMD, appends plugins and skills, later MCP servers replace earlier in place', () => {
    const merged = mergeAgentConfigs([
      {
        agentsMD: 'one',
        plugins: [{ name: 'a' }],
        mcpServers: [
          { name: 'x', type: 'stdio', command: '1' },
          { name: 'y', type: 'sse' },
        ],
      },
      { plugins: [{ name: 'b' }], skills: [{ source: 's' }] },
      { agentsMD: 'three', mcpServers: [{ name: 'x', type: 'stdio', command: '3' }] },
    ]);
    expect(merged).to.deep.equal({
      agentsMD: 'one\n\nthree',
      plugins: [{ name: 'a' }, { name: 'b' }],
      skills: [{ source: 's' }],
      mcpServers: [
        { name: 'x', type: 'stdio', command: '3' },
        { name: 'y', type: 'sse' },
      ],
    });
    expect(mergeAgentConfigs([])).to.equal(undefined);
  });

  it('applies the merge to the Job, in the order of agentConfigRefs', () => {
    const job = withConfigs(
      [agentConfig({ agentsMD: 'second' }, 'b'), agentConfig({ agentsMD: 'first' }, 'a')],
      ['a', 'b'],
    );
    expect(envMap(agent(job))['KELOS_AGENTS_MD']).to.equal('first\n\nsecond');
  });
});
