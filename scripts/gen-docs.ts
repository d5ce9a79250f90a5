// `npm run gen:docs`: writes the generated documentation under docs/ from its Handlebars
// templates (scripts/docs/templates). CI fails when the committed files differ (test/docs).
import { writeFileSync } from 'node:fs';
import { renderDocs } from './docs/render-docs.js';

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
for (const [name, text] of renderDocs(root)) {
  writeFileSync(`${root}/docs/${name}`, text);
}
