// `npm run gen:docs`: writes the generated documentation under docs/. CI fails when the committed
// files differ from what this writes (test/docs).
import { writeFileSync } from 'node:fs';
import { markersDocument } from '../generator/markers/document.js';

const root = new URL('..', import.meta.url).pathname;
writeFileSync(`${root}docs/markers.md`, markersDocument());
