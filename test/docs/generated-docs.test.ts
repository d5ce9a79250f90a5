import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { markerRegistry } from '../../generator/markers/registry.js';
import { renderDocs } from '../../scripts/docs/render-docs.js';

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

describe('generated docs', function () {
  this.timeout(60_000);
  let docs: Map<string, string>;
  before(() => {
    docs = renderDocs(root);
  });

  it('docs/ holds what npm run gen:docs writes now', () => {
    for (const [name, text] of docs) {
      expect(
        readFileSync(`${root}/docs/${name}`, 'utf8'),
        `docs/${name} is stale: run npm run gen:docs`,
      ).to.equal(text);
    }
  });

  it('documents every marker with its kubebuilder counterpart', () => {
    const doc = docs.get('markers.md')!;
    for (const marker of markerRegistry.values()) {
      expect(doc).to.contain(`\`@k8s:${marker.name}`);
      expect(marker.kubebuilder).to.not.equal('');
    }
  });

  it('documents every kind and field of the API, with validation in words', () => {
    const doc = docs.get('reference.md')!;
    for (const kind of ['AgentConfig', 'Task', 'TaskSpawner', 'Workspace']) {
      expect(doc).to.contain(`\n## ${kind}\n`);
    }
    expect(doc).to.match(
      /^\| `spec\.podOverrides\.volumes` \| array of object \(core\/v1\.Volume\) \| no \| at most 64 items; a list map keyed by name; rule `self\.all/m,
    );
    expect(doc).to.match(
      /^\| `spec\.credentials\.type` \| string \| yes \| one of "api-key", "oauth", "none" \|/m,
    );
    expect(doc).to.match(/^\| `spec\.pollInterval` \| string \| no \| default "5m" \|/m);
  });
});
