import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { markerGroups } from '../../generator/markers/registry.js';
import { apiModel } from './api-model.js';

const templates = new URL('templates/', import.meta.url).pathname;

// Markdown table cells: a pipe would end the cell; text stays as written otherwise.
const helpers = Handlebars.create();
helpers.registerHelper(
  'cell',
  (text: unknown) => new Handlebars.SafeString(String(text).replace(/\|/g, '\\|')),
);
helpers.registerHelper(
  'code',
  (text: unknown) => new Handlebars.SafeString(`\`${String(text).replace(/\|/g, '\\|')}\``),
);

function render(name: string, model: object): string {
  const template = helpers.compile(readFileSync(`${templates}${name}.hbs`, 'utf8'), {
    noEscape: true,
    strict: true,
  });
  return template(model);
}

/** Every generated document under docs/, by file name. */
export function renderDocs(root: string): Map<string, string> {
  const groups = markerGroups.map((g) => ({
    title: g.title,
    markers: g.markers.map((m) => ({
      ...m,
      on: m.targets.map((t) => (t === 'type' ? 'type' : 'field')).join(', '),
    })),
  }));
  return new Map([
    ['markers.md', render('markers.md', { groups })],
    ['reference.md', render('reference.md', { kinds: apiModel(`${root}/api/index.ts`, root) })],
  ]);
}
