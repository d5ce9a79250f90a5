import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagnosticError } from '../../diagnostics/index.js';
import { generateJsonSchema } from '../../generator/index.js';

const types = new URL('../../generator/types.js', import.meta.url).pathname;

describe('generateJsonSchema', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kelos-schema-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('describes one type as JSON Schema, markers and all, with Kubernetes extensions translated', async () => {
    writeFileSync(
      join(dir, 'values.ts'),
      `import type { int32, IntOrString } from '${types}';
export interface Values {
  /** Replicas. @k8s:minimum 1 */
  replicas?: int32;
  port?: IntOrString;
  service?: { type?: 'ClusterIP' | 'NodePort' };
  /** @k8s:nullable */
  note?: string;
  /** @k8s:preserveUnknownFields */
  extra?: Record<string, unknown>;
  /** @k8s:listType set */
  hosts?: string[];
}
`,
    );
    const schema = await generateJsonSchema({ entry: join(dir, 'values.ts'), type: 'Values' });
    expect(schema).to.deep.equal({
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: {
        replicas: { description: 'Replicas.', type: 'integer', format: 'int32', minimum: 1 },
        port: { anyOf: [{ type: 'integer' }, { type: 'string' }] },
        service: {
          type: 'object',
          properties: { type: { type: 'string', enum: ['ClusterIP', 'NodePort'] } },
        },
        note: { type: ['string', 'null'] },
        extra: { type: 'object', additionalProperties: true },
        hosts: { type: 'array', items: { type: 'string' } },
      },
    });
  });

  it('reports a missing type', async () => {
    writeFileSync(join(dir, 'values.ts'), 'export interface Other { a?: string }\n');
    const error = await generateJsonSchema({ entry: join(dir, 'values.ts'), type: 'Values' }).catch(
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(DiagnosticError);
    expect((error as DiagnosticError).message).to.contain('exports no type named Values');
  });
});
