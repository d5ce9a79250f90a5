import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { markersDocument } from '../../generator/markers/document.js';
import { markerRegistry } from '../../generator/markers/registry.js';

const root = new URL('../..', import.meta.url).pathname;

describe('generated docs', () => {
  it('docs/markers.md is up to date (npm run gen:docs rewrites it)', () => {
    expect(readFileSync(`${root}docs/markers.md`, 'utf8')).to.equal(markersDocument());
  });

  it('documents every marker with its kubebuilder counterpart', () => {
    const doc = markersDocument();
    for (const marker of markerRegistry.values()) {
      expect(doc).to.contain(`\`@k8s:${marker.name}`);
      expect(marker.kubebuilder).to.not.equal('');
    }
  });
});
