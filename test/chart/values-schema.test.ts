// values.schema.json in real Helm: a mistyped value, an unknown service type or a misspelt key
// fails before any template runs, with the field's path in the message; what Helm itself passes
// to a chart (`global`, a parent's `enabled` condition) is accepted.
import { expect } from 'chai';
import type { HelmMajor } from '../support/helm.js';
import { helmTemplate, majors, referenceCases } from './chart-helm.js';

// How each major prints a field path: Helm 3 (gojsonschema) with dots, Helm 4
// (santhosh-tekuri/jsonschema) as a JSON pointer.
const path = (major: HelmMajor, dotted: string) =>
  major === 3 ? dotted : `/${dotted.replaceAll('.', '/')}`;

const schemaFailure = "values don't meet the specifications of the schema(s)";

describe('chart/kelos values.schema.json', function () {
  this.timeout(60_000);
  for (const major of majors) {
    describe(`Helm ${major}`, () => {
      it('rejects a mistyped replicas with its path, before any template runs', async () => {
        const result = await helmTemplate(
          [
            '--set',
            'webhookServer.sources.github.enabled=true',
            '--set',
            'webhookServer.sources.github.replicas=two',
          ],
          major,
        );
        expect(result.status).to.equal(1);
        expect(result.stdout).to.equal('');
        expect(result.stderr).to.contain(schemaFailure);
        expect(result.stderr).to.contain(path(major, 'webhookServer.sources.github.replicas'));
        expect(result.stderr).to.match(/integer/);
      });

      it('rejects an unknown service type with its path and the allowed types', async () => {
        const result = await helmTemplate(
          ['--set', 'webhookServer.sources.linear.service.type=ExternalName'],
          major,
        );
        expect(result.status).to.equal(1);
        expect(result.stderr).to.contain(schemaFailure);
        expect(result.stderr).to.contain(path(major, 'webhookServer.sources.linear.service.type'));
        for (const type of ['ClusterIP', 'LoadBalancer', 'NodePort']) {
          expect(result.stderr).to.contain(type);
        }
      });

      it('rejects a misspelt key, naming it and where it is', async () => {
        const result = await helmTemplate(
          ['--set', 'webhookServer.sorces.github.enabled=true'],
          major,
        );
        expect(result.status).to.equal(1);
        expect(result.stderr).to.contain(schemaFailure);
        expect(result.stderr).to.contain('sorces');
        expect(result.stderr).to.contain(path(major, 'webhookServer'));
      });

      it('accepts global values and a parent chart condition', async () => {
        const result = await helmTemplate(
          [
            '--set',
            'global.imageRegistry=example.com',
            '--set',
            'enabled=true',
            '--set',
            'crds.install=false',
          ],
          major,
        );
        expect(result.stderr).to.equal('');
        expect(result.status).to.equal(0);
      });
    });
  }

  const bad = referenceCases().find((c) => c.name === 'bad-service-type')!;

  for (const major of majors) {
    it(`bad-service-type fails, naming the field and the allowed values (Helm ${major})`, async () => {
      const result = await helmTemplate(['-f', bad.valuesFile], major);
      expect(result.status).to.equal(1);
      expect(result.stdout).to.equal('');
      expect(result.stderr).to.contain(path(major, 'webhookServer.sources.github.service.type'));
      for (const type of ['ClusterIP', 'LoadBalancer', 'NodePort']) {
        expect(result.stderr).to.contain(type);
      }
    });

    it(`bad-service-type without schema validation fails in the template as the reference does (Helm ${major})`, async () => {
      const result = await helmTemplate(['-f', bad.valuesFile, '--skip-schema-validation'], major);
      expect(result.status).to.equal(1);
      // The same message as the reference chart's `fail`; only the template position differs.
      expect(failMessage(result.stderr)).to.equal(failMessage(bad.error!));
      expect(result.stderr).to.contain('execution error at (kelos/templates/webhook-server.yaml:');
    });
  }
});

// The message of a template `fail`, without the position Helm puts in front of it.
function failMessage(stderr: string): string {
  const match = /execution error at \([^)]*\): (.*)/.exec(stderr);
  expect(match, stderr).to.not.equal(null);
  return match![1]!;
}
